// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack plan` as a process: bad flags exit 2; a blocked selection, a missing mirror
// directory or an unwritable prefix exit 1 with a clear message; a good selection writes a
// plan the loader accepts, or a bash script.
#include "core/plan/planloader.h"
#include "tests/plan/plannerprofiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

class TestPlanCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exits_data();
    void exits();
    void writesLoadablePlan();
    void installsAndRollsBackCpuPlan();

private:
    QTemporaryDir m_dir;
    QString m_profile;
};

static QString dlstackBinary()
{
    return QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");
}

void TestPlanCli::initTestCase()
{
    if (!QFile::exists(dlstackBinary()))
        QSKIP("the dlstack binary is not built");
    test::MachineSpec old;
    old.gpu = QStringLiteral("NVIDIA GeForce GTX 1080 Ti");
    old.cc = QStringLiteral("6.1");
    old.driver = QStringLiteral("470.256.02");
    old.driverCuda = QStringLiteral("11.4");
    m_profile = m_dir.filePath(QStringLiteral("profile.json"));
    QFile file(m_profile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(test::machine(old).toJson()).toJson());
}

void TestPlanCli::exits_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString prefix = m_dir.filePath(QStringLiteral("prefix"));
    const QStringList base{QStringLiteral("--profile"), m_profile, QStringLiteral("--prefix"), prefix};
    QTest::newRow("no torch") << (base + QStringList{QStringLiteral("--cpu")}) << 2 << QStringLiteral("--torch");
    QTest::newRow("two backends") << (base + QStringList{QStringLiteral("--torch"), QStringLiteral("2.4.1"),
                                                         QStringLiteral("--cpu"), QStringLiteral("--cuda"),
                                                         QStringLiteral("12.1")})
                                  << 2 << QStringLiteral("exactly one");
    QTest::newRow("bad format") << (base + QStringList{QStringLiteral("--torch"), QStringLiteral("2.4.1"),
                                                       QStringLiteral("--cpu"), QStringLiteral("--format"),
                                                       QStringLiteral("yaml")})
                                << 2 << QStringLiteral("--format");
    QTest::newRow("bad max-jobs") << (base + QStringList{QStringLiteral("--torch"), QStringLiteral("2.4.1"),
                                                         QStringLiteral("--cpu"), QStringLiteral("--max-jobs"),
                                                         QStringLiteral("0")})
                                  << 2 << QStringLiteral("--max-jobs");
    QTest::newRow("--develop on the prebuilt route")
        << (base + QStringList{QStringLiteral("--torch"), QStringLiteral("2.4.1"), QStringLiteral("--cpu"),
                               QStringLiteral("--develop")})
        << 2 << QStringLiteral("Add --route source");
    QTest::newRow("blocked: driver 470 and CUDA 12.4")
        << (base + QStringList{QStringLiteral("--torch"), QStringLiteral("2.4.1"), QStringLiteral("--cuda"),
                               QStringLiteral("12.4")})
        << 1 << QStringLiteral("blocks");
    QTest::newRow("missing mirror directory")
        << (base + QStringList{QStringLiteral("--torch"), QStringLiteral("2.4.1"), QStringLiteral("--cpu"),
                               QStringLiteral("--mirror"), m_dir.filePath(QStringLiteral("nowhere"))})
        << 1 << QStringLiteral("mirror directory");
    QTest::newRow("prefix below a file: a file, not a folder")
        << QStringList{QStringLiteral("--profile"), m_profile,
                       QStringLiteral("--prefix"),  m_profile + QStringLiteral("/below-a-file"),
                       QStringLiteral("--torch"),   QStringLiteral("2.4.1"),
                       QStringLiteral("--cpu")}
        << 1 << QStringLiteral("is a file, not a folder");
}

void TestPlanCli::exits()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcess p;
    p.start(dlstackBinary(), QStringList{QStringLiteral("plan")} + args);
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), exitCode);
    QVERIFY2(err.contains(message), qPrintable(err));
}

void TestPlanCli::writesLoadablePlan()
{
    const QString out = m_dir.filePath(QStringLiteral("plan.json"));
    QProcess p;
    p.start(dlstackBinary(),
            {QStringLiteral("plan"), QStringLiteral("--profile"), m_profile, QStringLiteral("--prefix"),
             m_dir.filePath(QStringLiteral("prefix")), QStringLiteral("--torch"), QStringLiteral("1.12.1"),
             QStringLiteral("--cuda"), QStringLiteral("11.3"), QStringLiteral("--python"), QStringLiteral("3.10"),
             QStringLiteral("-o"), out});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    auto loaded = plan::loadPlanFile(out);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toText()));
    QVERIFY(loaded.value().stageIndex(QStringLiteral("pytorch")) >= 0);
    QVERIFY(QFile(out).open(QIODevice::ReadOnly));
}

// The engine runs a planned CPU install against a local mirror directory holding a wheel
// built here (a stand-in named torch): environment, wheels, constraints and activation
// succeed, the verify stage fails with its clear message, and rollback removes it all.
void TestPlanCli::installsAndRollsBackCpuPlan()
{
    const QString mirror = m_dir.filePath(QStringLiteral("mirror"));
    const QString prefix = m_dir.filePath(QStringLiteral("e2e"));
    QVERIFY(QDir().mkpath(mirror));
    QProcess wheel;
    wheel.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import sys, zipfile\n"
             "w = zipfile.ZipFile(sys.argv[1] + '/torch-2.4.1-py3-none-any.whl', 'w')\n"
             "w.writestr('torch/__init__.py', '__version__ = \"2.4.1\"\\n')\n"
             "w.writestr('torch-2.4.1.dist-info/METADATA', 'Metadata-Version: 2.1\\nName: torch\\nVersion: 2.4.1\\n')\n"
             "w.writestr('torch-2.4.1.dist-info/WHEEL', 'Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: "
             "true\\nTag: py3-none-any\\n')\n"
             "w.writestr('torch-2.4.1.dist-info/RECORD', '')\n"
             "w.close()\n"),
         mirror});
    QVERIFY(wheel.waitForFinished(30000));
    QCOMPARE(wheel.exitCode(), 0);
    auto dlstack = [](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(dlstackBinary(), args);
        p.waitForFinished(240000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const QString planFile = m_dir.filePath(QStringLiteral("cpu.json"));
    // Planned for this machine (no --profile): the venv comes from a detected Python.
    // torch alone: the mirror holds only the stand-in wheel, not torchvision/torchaudio.
    auto planned = dlstack({QStringLiteral("plan"), QStringLiteral("--torch"), QStringLiteral("2.4.1"),
                            QStringLiteral("--cpu"), QStringLiteral("--no-companions"), QStringLiteral("--prefix"),
                            prefix, QStringLiteral("--mirror"), mirror, QStringLiteral("-o"), planFile});
    if (planned.first != 0 && planned.second.contains(QStringLiteral("Python")))
        QSKIP("no Python this torch release supports on this machine");
    QVERIFY2(planned.first == 0, qPrintable(planned.second));
    auto installed = dlstack(
        {QStringLiteral("install"), planFile, QStringLiteral("--yes")}); // no terminal here: --yes, or it refuses
    QCOMPARE(installed.first, 1);
    QVERIFY2(installed.second.contains(QStringLiteral("verify: this torch has no usable torch.cuda/torch.version")),
             qPrintable(installed.second));
    QFile constraints(prefix + QStringLiteral("/constraints.txt"));
    QVERIFY(constraints.open(QIODevice::ReadOnly));
    QCOMPARE(constraints.readAll().trimmed(), QByteArray("torch==2.4.1"));
    QVERIFY(QFile::exists(prefix + QStringLiteral("/activate")));
    auto rolledBack = dlstack({QStringLiteral("rollback"), QStringLiteral("--prefix"), prefix, QStringLiteral("--all"),
                               QStringLiteral("--yes")});
    QVERIFY2(rolledBack.first == 0, qPrintable(rolledBack.second));
    QVERIFY(!QFile::exists(prefix + QStringLiteral("/venv")));
    QVERIFY(!QFile::exists(prefix + QStringLiteral("/constraints.txt")));
    QVERIFY(!QFile::exists(prefix + QStringLiteral("/activate")));
}

QTEST_GUILESS_MAIN(TestPlanCli)
#include "tst_plancli.moc"
