// SPDX-License-Identifier: GPL-3.0-or-later
// PlanLoader: valid plans load with paths resolved; each kind of bad plan is rejected
// with the field, line and column named.
#include "core/plan/planloader.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace dlstack::plan;

class TstPlanLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadsFullExample()
    {
        const QByteArray json = dlstack::test::readFixture(QStringLiteral("plan/full-example.json"));
        const auto plan = loadPlan(json, QStringLiteral("plan.json"));
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().summary));
        const Plan &p = plan.value();
        QCOMPARE(p.stages.size(), 1);
        QCOMPARE(p.stages[0].steps.size(), 6);
        QCOMPARE(p.stages[0].steps[0].to, QStringLiteral("/opt/dl/downloads/a.tar.xz"));
        QCOMPARE(p.stages[0].steps[0].sha256.left(6), QStringLiteral("abcdef"));
        QCOMPARE(p.stages[0].steps[1].strip, 1);
        QCOMPARE(p.stages[0].steps[3].creates, QStringList{QStringLiteral("/opt/dl/src/pytorch/build")});
        QCOMPARE(p.stages[0].steps[4].mode, 0755);
        QCOMPARE(p.stages[0].steps[5].to, QStringLiteral("/opt/dl/.dlstack/cache/y"));
        // Round trip through toJson keeps the meaning.
        const auto again = loadPlan(QJsonDocument(p.toJson()).toJson(), QStringLiteral("again"));
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().summary));
        QCOMPARE(again.value().stages[0].steps[3].argv, p.stages[0].steps[3].argv);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // substring of the summary
        const QByteArray head =
            "{\"schema\": 1, \"name\": \"n\", \"prefix\": \"/opt/p\",\n \"stages\": [{\"id\": \"s\", \"steps\": [\n";
        QTest::newRow("syntax") << QByteArray("{\"schema\": 1,\n  \"name\": }")
                                << QStringLiteral("p.json:2:11: not valid JSON");
        QTest::newRow("truncated") << QByteArray("{\"schema\": 1, \"na") << QStringLiteral("p.json:1:");
        QTest::newRow("schema 2") << QByteArray("{\"schema\": 2, \"name\": \"n\", \"prefix\": \"/p\", \"stages\": []}")
                                  << QStringLiteral("p.json:1:12: schema:");
        QTest::newRow("relative prefix") << QByteArray(
                                                "{\"schema\": 1, \"name\": \"n\", \"prefix\": \"p\", \"stages\": []}")
                                         << QStringLiteral("prefix: must be an absolute path");
        QTest::newRow("unknown kind") << head + "{\"kind\": \"copy\"}]}]}"
                                      << QStringLiteral(
                                             "p.json:3:10: stages[0].steps[0].kind: unknown step kind \"copy\"");
        QTest::newRow("escape dotdot") << head + "{\"kind\": \"write_file\", \"path\": \"../etc/x\"}]}]}"
                                       << QStringLiteral("stages[0].steps[0].path: path \"../etc/x\" leaves");
        QTest::newRow("escape absolute")
            << head + "{\"kind\": \"extract\", \"archive\": \"a.tar\", \"to\": \"/usr/lib\"}]}]}"
            << QStringLiteral("stages[0].steps[0].to: path");
        QTest::newRow("prefix sibling") << head + "{\"kind\": \"write_file\", \"path\": \"/opt/pp/x\"}]}]}"
                                        << QStringLiteral("stages[0].steps[0].path: path");
        QTest::newRow("no sha256") << head + "{\"kind\": \"download\", \"url\": \"https://a/b\", \"to\": \"b\"}]}]}"
                                   << QStringLiteral("stages[0].steps[0].sha256: required field is missing");
        QTest::newRow("bad sha256")
            << head + "{\"kind\": \"download\", \"url\": \"https://a/b\", \"sha256\": \"xyz\", \"to\": \"b\"}]}]}"
            << QStringLiteral("sha256: must be 64 hexadecimal digits");
        QTest::newRow("ftp url")
            << head + "{\"kind\": \"download\", \"url\": \"ftp://a/b\", \"insecure\": true, \"to\": \"b\"}]}]}"
            << QStringLiteral("stages[0].steps[0].url: must start with");
        QTest::newRow("shell string")
            << head + "{\"kind\": \"run\", \"argv\": \"make -j8\"}]}]}"
            << QStringLiteral("stages[0].steps[0].argv: must be a list of arguments, not a shell string");
        QTest::newRow("argv number") << head + "{\"kind\": \"run\", \"argv\": [\"make\", 8]}]}]}"
                                     << QStringLiteral("stages[0].steps[0].argv[1]: must be a string");
        QTest::newRow("creates escapes") << head +
                                                "{\"kind\": \"run\", \"argv\": [\"true\"], \"creates\": [\"/tmp\"]}]}]}"
                                         << QStringLiteral("stages[0].steps[0].creates[0]: path");
        QTest::newRow("unknown field") << head + "{\"kind\": \"run\", \"argv\": [\"true\"], \"shell\": true}]}]}"
                                       << QStringLiteral("stages[0].steps[0].shell: unknown field");
        QTest::newRow("duplicate stage")
            << QByteArray(
                   "{\"schema\": 1, \"name\": \"n\", \"prefix\": \"/p\", \"stages\": [{\"id\": \"a\", \"steps\": []},"
                   "{\"id\": \"a\", \"steps\": []}]}")
            << QStringLiteral("stages[1].id: stage id \"a\" is used twice");
        QTest::newRow("bad mode") << head + "{\"kind\": \"write_file\", \"path\": \"x\", \"mode\": \"rwx\"}]}]}"
                                  << QStringLiteral("mode: must be an octal mode");
        QTest::newRow("git option injection")
            << head + "{\"kind\": \"git\", \"url\": \"--upload-pack=x\", \"to\": \"s\"}]}]}"
            << QStringLiteral("url: a URL cannot start with '-'");
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00{", 4) << QStringLiteral("not valid JSON");
    }

    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto plan = loadPlan(json, QStringLiteral("p.json"));
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().summary.contains(expected), qPrintable(plan.error().summary));
        QVERIFY(!plan.error().remedy.isEmpty());
    }

    void resolvesPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("resolved");
        QTest::newRow("relative") << QStringLiteral("a/b") << QStringLiteral("/p/a/b");
        QTest::newRow("dot dot inside") << QStringLiteral("a/../b") << QStringLiteral("/p/b");
        QTest::newRow("dot dot out") << QStringLiteral("a/../../b") << QString();
        QTest::newRow("cache") << QStringLiteral("$cache/x") << QStringLiteral("/c/x");
        QTest::newRow("cache escape") << QStringLiteral("$cache/../x") << QString();
        QTest::newRow("absolute inside") << QStringLiteral("/p/x") << QStringLiteral("/p/x");
        QTest::newRow("absolute outside") << QStringLiteral("/px") << QString();
    }

    void resolvesPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, resolved);
        QCOMPARE(resolvePlanPath(path, QStringLiteral("/p"), QStringLiteral("/c")), resolved);
    }
};

QTEST_GUILESS_MAIN(TstPlanLoader)
#include "tst_planloader.moc"
