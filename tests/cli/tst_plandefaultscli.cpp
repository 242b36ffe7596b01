// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack plan` and `recommend` as a new user runs them: plan without options plans the
// recommended stack for the machine into ~/dlstack/<stack> and says so; recommend prints,
// for each proposal, the `dlstack plan` command that makes it, and that command works;
// relative paths are resolved and said; --install-folder (the wizard's word) is --prefix.
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

const QString kProfile = QStringLiteral(DLSTACK_FIXTURES "/device-h100/profile.json");

test::ProgramRun dlstackRun(const QStringList &args, const QString &home)
{
    return test::runProgram(QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack"), args, {}, 120000,
                            {{QStringLiteral("HOME"), home}});
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TstPlanDefaultsCli : public QObject
{
    Q_OBJECT

private slots:
    void planWithoutOptions()
    {
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("plan.json"));
        const auto run = dlstackRun(
            {QStringLiteral("plan"), QStringLiteral("--profile"), kProfile, QStringLiteral("-o"), out}, home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("note: no stack named, so the recommended one"), run.err.constData());
        const QString prefix = readJson(out).value(QStringLiteral("prefix")).toString();
        QVERIFY2(prefix.startsWith(home.filePath(QStringLiteral("dlstack/torch-"))), qPrintable(prefix));
        QVERIFY2(run.err.contains("prefix: " + prefix.toUtf8() + " (the default"), run.err.constData());
        QVERIFY2(run.err.contains("needs: internet (") && run.err.contains("downloads about"), run.err.constData());
        QVERIFY2(run.err.contains("of disk in " + prefix.toUtf8()), run.err.constData());
        // On the machine itself too (whatever it has, the CPU stack at least).
        const auto here = dlstackRun(
            {QStringLiteral("plan"), QStringLiteral("-o"), home.filePath(QStringLiteral("here.json"))}, home.path());
        QVERIFY2(here.exitCode == 0, here.err.constData());
        QVERIFY(here.err.contains("prefix: " + home.path().toUtf8() + "/dlstack/torch-"));
    }

    void recommendPrintsThePlanCommand()
    {
        QTemporaryDir home;
        const auto rec = dlstackRun({QStringLiteral("recommend"), QStringLiteral("--profile"), kProfile,
                                     QStringLiteral("--limit"), QStringLiteral("3")},
                                    home.path());
        QVERIFY2(rec.exitCode == 0, rec.err.constData());
        QList<QByteArray> commands;
        for (const QByteArray &line : rec.out.split('\n'))
            if (line.trimmed().startsWith("dlstack plan "))
                commands << line.trimmed();
        QCOMPARE(commands.size(), 3);
        QVERIFY2(commands.first().contains("--torch ") && commands.first().contains("--cuda "), rec.out.constData());
        // The printed command makes a plan, with the same torch.
        const QString out = home.filePath(QStringLiteral("p.json"));
        QStringList args = QProcess::splitCommand(QString::fromUtf8(commands.first())).mid(1);
        args << QStringLiteral("--profile") << kProfile << QStringLiteral("-o") << out;
        const auto planned = dlstackRun(args, home.path());
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const QString torch =
            QString::fromUtf8(commands.first()).section(QStringLiteral("--torch "), 1).section(u' ', 0, 0);
        QVERIFY2(readJson(out).value(QStringLiteral("name")).toString().contains(torch), qPrintable(torch));
        QVERIFY(!planned.err.contains("no stack named"));
    }

    void relativePathsAreResolvedAndSaid()
    {
        QTemporaryDir home;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(home.path()));
        const auto run = dlstackRun({QStringLiteral("plan"), QStringLiteral("--profile"), kProfile,
                                     QStringLiteral("--install-folder"), QStringLiteral("./stack one"),
                                     QStringLiteral("-o"), QStringLiteral("plan.json")},
                                    home.path());
        QVERIFY(QDir::setCurrent(before));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString abs = QDir(home.path()).filePath(QStringLiteral("stack one"));
        QVERIFY2(run.err.contains("prefix: " + abs.toUtf8() + " (from ./stack one)"), run.err.constData());
        QVERIFY2(
            run.err.contains("output: " + home.filePath(QStringLiteral("plan.json")).toUtf8() + " (from plan.json)"),
            run.err.constData());
        QCOMPARE(readJson(home.filePath(QStringLiteral("plan.json"))).value(QStringLiteral("prefix")).toString(), abs);
    }

    // The wizard's labels work as flags: --offline-folder is --mirror DIR, --compiler-cache is
    // --launcher; the plans they make are the same file.
    void wizardLabelsAreFlags()
    {
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("bundle")));
        const QString bundle = home.filePath(QStringLiteral("bundle"));
        const QStringList common{
            QStringLiteral("plan"),     QStringLiteral("--profile"),       kProfile,
            QStringLiteral("--torch"),  QStringLiteral("2.9.0"),           QStringLiteral("--cuda"),
            QStringLiteral("12.8"),     QStringLiteral("--route"),         QStringLiteral("source"),
            QStringLiteral("--prefix"), home.filePath(QStringLiteral("p"))};
        const auto words =
            dlstackRun(common + QStringList{QStringLiteral("--offline-folder"), bundle,
                                            QStringLiteral("--compiler-cache"), QStringLiteral("ccache"),
                                            QStringLiteral("-o"), home.filePath(QStringLiteral("a.json"))},
                       home.path());
        QVERIFY2(words.exitCode == 0, words.err.constData());
        const auto flags =
            dlstackRun(common + QStringList{QStringLiteral("--mirror"), bundle, QStringLiteral("--launcher"),
                                            QStringLiteral("ccache"), QStringLiteral("-o"),
                                            home.filePath(QStringLiteral("b.json"))},
                       home.path());
        QVERIFY2(flags.exitCode == 0, flags.err.constData());
        const QJsonObject a = readJson(home.filePath(QStringLiteral("a.json")));
        QCOMPARE(a, readJson(home.filePath(QStringLiteral("b.json"))));
        QCOMPARE(a.value(QStringLiteral("mirror_dir")).toString(), bundle);
        QVERIFY2(QJsonDocument(a).toJson().contains("ccache"), "the compiler cache is not in the plan");
        const auto help = dlstackRun({QStringLiteral("plan"), QStringLiteral("--help")}, home.path());
        QVERIFY(help.out.contains("--offline-folder"));
        QVERIFY(help.out.contains("--compiler-cache"));
    }
};

QTEST_GUILESS_MAIN(TstPlanDefaultsCli)
#include "tst_plandefaultscli.moc"
