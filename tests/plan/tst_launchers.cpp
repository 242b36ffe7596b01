// SPDX-License-Identifier: GPL-3.0-or-later
// Compiler launchers for real: the planner's build environment for --launcher distcc and
// --launcher ccache, put on a run step that builds a small CMake project through the
// engine. distcc sends every compile to a real distccd listening on 127.0.0.1 (local
// fallback disabled, the daemon's job log proves where each file compiled); ccache's second
// build of the same tree is served from the cache, as `ccache -s` shows.
#include "core/engine/engine.h"
#include "core/matrix/matrix.h"
#include "core/plan/planner.h"
#include "tests/engine/enginetestutil.h"
#include "tests/plan/plannerprofiles.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// The launcher part of the environment the planner gives the PyTorch build step.
QMap<QString, QString> plannedLauncherEnv(const matrix::Selection &selection)
{
    const auto &m = matrix::Matrix::builtin();
    test::MachineSpec spec;
    spec.memoryGib = 8;
    const plan::PlanOutcome outcome =
        plan::Planner(m.value()).plan(test::machine(spec), selection, {QStringLiteral("/opt/dl"), {}});
    QMap<QString, QString> env;
    if (!outcome.plan)
        return env;
    for (const plan::Stage &stage : outcome.plan->stages)
        for (const plan::Step &step : stage.steps)
            for (auto it = step.env.cbegin(); it != step.env.cend(); ++it)
                if (it.key().endsWith(QStringLiteral("_COMPILER_LAUNCHER")) ||
                    it.key().startsWith(QStringLiteral("DISTCC_")) || it.key() == u"MAX_JOBS")
                    env.insert(it.key(), it.value());
    return env;
}

matrix::Selection sourceCpu(const QString &launcher)
{
    matrix::Selection s;
    s.torch = QStringLiteral("2.4.1");
    s.backend = matrix::Backend::Cpu;
    s.route = matrix::Route::Source;
    s.python = QStringLiteral("3.11");
    s.launcher = *matrix::launcherFromName(launcher);
    return s;
}

} // namespace

class TestLaunchers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    // Configures and builds m_project into build/ through one engine stage with env; a
    // second build step (--clean-first) when twice is set.
    bool build(const QString &prefix, const QMap<QString, QString> &env, bool twice, QString *why)
    {
        plan::Plan plan;
        plan.name = QStringLiteral("launcher");
        plan.prefix = prefix;
        plan::Stage stage;
        stage.id = QStringLiteral("build");
        stage.title = QStringLiteral("small CMake project");
        auto run = [&](const QStringList &argv) {
            plan::Step step;
            step.kind = plan::Step::Kind::Run;
            step.argv = argv;
            step.cwd = prefix;
            step.env = env;
            step.progress = QStringLiteral("ninja");
            return step;
        };
        const QString out = prefix + QStringLiteral("/build");
        stage.steps << run({QStringLiteral("cmake"), QStringLiteral("-S"), m_project, QStringLiteral("-B"), out,
                            QStringLiteral("-G"), QStringLiteral("Ninja")});
        stage.steps.last().creates = {out};
        stage.steps << run({QStringLiteral("cmake"), QStringLiteral("--build"), out});
        if (twice)
            stage.steps << run(
                {QStringLiteral("cmake"), QStringLiteral("--build"), out, QStringLiteral("--clean-first")});
        plan.stages << stage;
        engine::Engine engine;
        QStringList failures;
        const bool ok = test::runToEnd(
            engine, [&] { engine.install(plan, {}); }, &failures);
        *why = failures.join(u'\n');
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *tool : {"distcc", "distccd", "ccache", "cmake", "ninja", "cc", "c++"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: scripts/setup installs it").arg(QLatin1String(tool))));
        m_project = m_dir.filePath(QStringLiteral("project"));
        write(m_project + QStringLiteral("/CMakeLists.txt"),
              "cmake_minimum_required(VERSION 3.16)\nproject(tiny C CXX)\nadd_executable(tiny main.cpp a.cpp b.c)\n");
        write(m_project + QStringLiteral("/main.cpp"),
              "int a();\nextern \"C\" int b();\nint main() { return a() + b() - 3; }\n");
        write(m_project + QStringLiteral("/a.cpp"), "int a() { return 1; }\n");
        write(m_project + QStringLiteral("/b.c"), "int b(void) { return 2; }\n");
    }

    void distccCompilesOnTheDaemon()
    {
        QTcpServer probe; // a free port for the daemon
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();

        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::SeparateChannels);
        daemon.start(QStringLiteral("distccd"),
                     {QStringLiteral("--no-detach"), QStringLiteral("--daemon"), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                      QStringLiteral("--allow"), QStringLiteral("127.0.0.1"), QStringLiteral("--log-stderr"),
                      QStringLiteral("--log-level"), QStringLiteral("info"), QStringLiteral("--jobs"),
                      QStringLiteral("2")});
        QVERIFY2(daemon.waitForStarted(5000), qPrintable(daemon.errorString()));
        bool listening = false;
        for (int i = 0; i < 100 && !listening; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            listening = s.waitForConnected(100);
            if (!listening)
                QTest::qWait(50);
        }
        QVERIFY2(listening, daemon.readAllStandardError().constData());

        matrix::Selection selection = sourceCpu(QStringLiteral("distcc"));
        selection.distccHosts = QStringLiteral("127.0.0.1:%1/2").arg(port);
        QMap<QString, QString> env = plannedLauncherEnv(selection);
        QCOMPARE(env.value(QStringLiteral("CMAKE_C_COMPILER_LAUNCHER")), QStringLiteral("distcc"));
        QCOMPARE(env.value(QStringLiteral("CMAKE_CXX_COMPILER_LAUNCHER")), QStringLiteral("distcc"));
        QCOMPARE(env.value(QStringLiteral("DISTCC_HOSTS")), selection.distccHosts);
        QCOMPARE(env.value(QStringLiteral("MAX_JOBS")), QStringLiteral("2"));
        env.insert(QStringLiteral("DISTCC_FALLBACK"), QStringLiteral("0")); // a local compile would hide a failure
        env.insert(QStringLiteral("DISTCC_DIR"), m_dir.filePath(QStringLiteral("distcc-state")));
        QDir().mkpath(env.value(QStringLiteral("DISTCC_DIR")));

        const QString prefix = m_dir.filePath(QStringLiteral("distcc-prefix"));
        QString why;
        const bool ok = build(prefix, env, false, &why);
        daemon.terminate();
        daemon.waitForFinished(5000);
        const QString log = QString::fromUtf8(daemon.readAllStandardError());
        QVERIFY2(ok, qPrintable(why + u'\n' + log));
        QCOMPARE(test::runProgram(prefix + QStringLiteral("/build/tiny"), {}).exitCode, 0);
        for (const char *source : {"main.cpp", "a.cpp", "b.c"}) {
            const QRegularExpression done(QStringLiteral("COMPILE_OK .*/project/") +
                                          QRegularExpression::escape(QLatin1String(source)));
            QVERIFY2(done.match(log).hasMatch(),
                     qPrintable(QStringLiteral("%1 was not compiled by distccd:\n%2").arg(QLatin1String(source), log)));
        }
    }

    void ccacheSecondBuildHits()
    {
        QMap<QString, QString> env = plannedLauncherEnv(sourceCpu(QStringLiteral("ccache")));
        QCOMPARE(env.value(QStringLiteral("CMAKE_C_COMPILER_LAUNCHER")), QStringLiteral("ccache"));
        QCOMPARE(env.value(QStringLiteral("CMAKE_CXX_COMPILER_LAUNCHER")), QStringLiteral("ccache"));
        env.insert(QStringLiteral("CCACHE_DIR"), m_dir.filePath(QStringLiteral("ccache")));
        const QString prefix = m_dir.filePath(QStringLiteral("ccache-prefix"));
        QString why;
        QVERIFY2(build(prefix, env, true, &why), qPrintable(why));

        const QString text = QString::fromUtf8(
            test::runProgram(QStringLiteral("ccache"), {QStringLiteral("-s")}, {}, 10000,
                             {{QStringLiteral("CCACHE_DIR"), env.value(QStringLiteral("CCACHE_DIR"))}})
                .out);
        const auto hits = QRegularExpression(QStringLiteral("Hits:\\s+(\\d+)")).match(text);
        QVERIFY2(hits.hasMatch(), qPrintable(text));
        QVERIFY2(hits.captured(1).toInt() >= 3, qPrintable(text)); // the three sources, rebuilt from the cache
    }
};

QTEST_GUILESS_MAIN(TestLaunchers)
#include "tst_launchers.moc"
