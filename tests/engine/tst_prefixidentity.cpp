// SPDX-License-Identifier: GPL-3.0-or-later
// A prefix knows where it is: `rollback` or `install` on a `cp -a` copy of a prefix refuses
// and leaves both directories as they were (before, the copy's journal made rollback delete
// the original's files); on a moved prefix it refuses until --reanchor, and then acts on the
// moved directory only. Runs the real `dlstack` binary on plans the test writes.
#include "tests/engine/enginetestutil.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    return test::runProgram(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}).exitCode == 0;
}

QByteArray planFor(const QString &prefix)
{
    return "{\"schema\": 1, \"name\": \"anchor\", \"prefix\": \"" + prefix.toUtf8() +
           "\", \"stages\": ["
           "{\"id\": \"files\", \"steps\": ["
           "{\"kind\": \"write_file\", \"path\": \"etc/activate.sh\", \"content\": \"export X=1\\n\"},"
           "{\"kind\": \"run\", \"argv\": [\"sh\", \"-c\", \"mkdir -p opt/tool && echo built > opt/tool/bin\"], "
           "\"creates\": [\"opt\"]}]}]}";
}

} // namespace

class TstPrefixIdentity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_binary = QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");

    test::ProgramRun dlstack(const QStringList &args) { return test::runProgram(m_binary, args); }

    QString writePlan(const QString &name, const QString &prefix)
    {
        const QString path = m_dir.filePath(name);
        test::writeTree(m_dir.path(), {{name, planFor(prefix)}});
        return path;
    }

    // A prefix with one pre-existing file, installed by the plan.
    QString installed(const QString &name, QByteArray *before)
    {
        const QString prefix = m_dir.filePath(name);
        test::writeTree(prefix, {{QStringLiteral("keep.txt"), "mine\n"}});
        *before = test::treeHash(prefix);
        const auto run = dlstack(
            {QStringLiteral("install"), writePlan(name + QStringLiteral(".json"), prefix), QStringLiteral("--yes")});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.exitCode == 0 ? prefix : QString();
    }

    QStringList rollback(const QString &prefix) const
    {
        return {QStringLiteral("rollback"), QStringLiteral("--prefix"), prefix, QStringLiteral("--all"),
                QStringLiteral("--yes")};
    }

private slots:
    void initTestCase() { QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary)); }

    void rollbackOfACopyTouchesNeither()
    {
        QByteArray before;
        const QString original = installed(QStringLiteral("orig"), &before);
        QVERIFY(!original.isEmpty());
        const QString copy = m_dir.filePath(QStringLiteral("copy"));
        QVERIFY(copyTree(original, copy));
        const QByteArray originalHash = test::treeHash(original);
        const QByteArray copyHash = test::treeHash(copy);

        const auto run = dlstack(rollback(copy));
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("is a copy of the install prefix"), run.err.constData());
        QCOMPARE(test::treeHash(original), originalHash);
        QCOMPARE(test::treeHash(copy), copyHash);
        QVERIFY(QFileInfo::exists(original + QStringLiteral("/opt/tool/bin")));

        // A plan that points at the copy is refused the same way, before any stage runs.
        const auto install =
            dlstack({QStringLiteral("install"), writePlan(QStringLiteral("copy.json"), copy), QStringLiteral("--yes")});
        QVERIFY(install.exitCode != 0);
        QVERIFY2(install.err.contains("is a copy of the install prefix"), install.err.constData());
        QCOMPARE(test::treeHash(original), originalHash);
        QCOMPARE(test::treeHash(copy), copyHash);

        // Re-anchoring is for moves only: a copy stays refused.
        auto withReanchor = rollback(copy);
        withReanchor << QStringLiteral("--reanchor");
        QVERIFY(dlstack(withReanchor).exitCode != 0);
        QCOMPARE(test::treeHash(original), originalHash);

        // The original itself still rolls back to what it was.
        const auto own = dlstack(rollback(original));
        QVERIFY2(own.exitCode == 0, own.err.constData());
        QCOMPARE(test::treeHash(original), before);
    }

    void movedPrefixNeedsReanchor()
    {
        QByteArray before;
        const QString original = installed(QStringLiteral("tomove"), &before);
        QVERIFY(!original.isEmpty());
        const QString moved = m_dir.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().rename(original, moved));
        const QByteArray movedHash = test::treeHash(moved);

        const auto refused = dlstack(rollback(moved));
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("was moved from"), refused.err.constData());
        QVERIFY2(refused.err.contains("--reanchor"), refused.err.constData());
        QCOMPARE(test::treeHash(moved), movedHash);
        QVERIFY(!QFileInfo::exists(original));

        auto args = rollback(moved);
        args << QStringLiteral("--reanchor");
        const auto run = dlstack(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(test::treeHash(moved), before);
        QVERIFY(!QFileInfo::exists(original));

        // Installing the moved prefix again works from then on, without the flag.
        const auto again = dlstack(
            {QStringLiteral("install"), writePlan(QStringLiteral("moved.json"), moved), QStringLiteral("--yes")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(QFileInfo::exists(moved + QStringLiteral("/opt/tool/bin")));
    }

    void prefixReachedThroughASymlinkIsTheSame()
    {
        QByteArray before;
        const QString real = installed(QStringLiteral("real"), &before);
        QVERIFY(!real.isEmpty());
        const QString link = m_dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(real, link));
        const auto run = dlstack(rollback(link));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(test::treeHash(real), before);
    }
};

QTEST_GUILESS_MAIN(TstPrefixIdentity)
#include "tst_prefixidentity.moc"
