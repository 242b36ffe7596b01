// SPDX-License-Identifier: GPL-3.0-or-later
// RuleSet validation: a malformed rule file is an Error naming the file and the position.
#include "core/log/diagnosisrule.h"
#include "core/log/missingtool.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack::log;

namespace {

QByteArray ruleFile(const QByteArray &rule)
{
    return "{\n  \"schema\": 1,\n  \"rules\": [\n    " + rule + "\n  ]\n}\n";
}

const QByteArray kGood = R"~({"id": "disk_full", "title": "t", "patterns": ["no space (left)"], "weight": 90,
      "explanation": "e {memory_gib}", "remedy": "r {1} {what}", "captures": {"what": 1}})~";

} // namespace

class TestRuleSet : public QObject
{
    Q_OBJECT

private slots:
    void good()
    {
        const auto set = RuleSet::parse(ruleFile(kGood), QStringLiteral("good.json"));
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().toText()));
        QCOMPARE(set.value().rules().size(), 1);
        QCOMPARE(set.value().rules().first().captures.value(QStringLiteral("what")), 1);
    }

    void missingToolsStandInForPatterns()
    {
        const QByteArray rule = R"~({"id": "nvcc_missing", "title": "t", "missing_tools": ["nvcc", "g++"],
      "weight": 80, "explanation": "e", "remedy": "r"})~";
        const auto set = RuleSet::parse(ruleFile(rule), QStringLiteral("tools.json"));
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().toText()));
        const QStringList patterns = set.value().rules().first().patterns;
        QCOMPARE(patterns, missingToolPatterns(QStringLiteral("nvcc")) + missingToolPatterns(QStringLiteral("g++")));

        // Beside patterns of its own, the tools' come after them.
        const QByteArray both = R"~({"id": "nvcc_missing", "title": "t", "patterns": ["nvcc fatal"],
      "missing_tools": ["nvcc"], "weight": 80, "explanation": "e", "remedy": "r"})~";
        const auto withOwn = RuleSet::parse(ruleFile(both), QStringLiteral("tools.json"));
        QVERIFY(withOwn.ok());
        QCOMPARE(withOwn.value().rules().first().patterns.first(), QStringLiteral("nvcc fatal"));
        QCOMPARE(withOwn.value().rules().first().patterns.size(),
                 1 + missingToolPatterns(QStringLiteral("nvcc")).size());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where"); // must appear in the error
        QTest::newRow("syntax") << QByteArray("{\n  \"schema\": 1,\n  \"rules\": [ , ]\n}")
                                << QStringLiteral("bad.json:3:");
        QTest::newRow("schema") << QByteArray(R"~({"schema": 2, "rules": []})~") << QStringLiteral("schema");
        QTest::newRow("no rules") << QByteArray(R"~({"schema": 1})~") << QStringLiteral("rules");
        QTest::newRow("bad id") << ruleFile(QByteArray(kGood).replace("disk_full", "Disk Full"))
                                << QStringLiteral("bad.json:4:");
        QTest::newRow("weight") << ruleFile(QByteArray(kGood).replace("90", "190")) << QStringLiteral("bad.json:4:");
        QTest::newRow("regex") << ruleFile(QByteArray(kGood).replace("no space (left)", "no space (left"))
                               << QStringLiteral("character");
        QTest::newRow("empty patterns") << ruleFile(QByteArray(kGood).replace("[\"no space (left)\"]", "[]"))
                                        << QStringLiteral("patterns");
        QTest::newRow("capture group") << ruleFile(QByteArray(kGood).replace("\"what\": 1", "\"what\": 3"))
                                       << QStringLiteral("group 3");
        QTest::newRow("placeholder") << ruleFile(QByteArray(kGood).replace("{memory_gib}", "{memory}"))
                                     << QStringLiteral("{memory}");
        const QByteArray toolsOnly = R"~({"id": "nvcc_missing", "title": "t", "missing_tools": TOOLS,
      "weight": 80, "explanation": "e", "remedy": "r"})~";
        QTest::newRow("tool name") << ruleFile(QByteArray(toolsOnly).replace("TOOLS", "[\"nvcc|.*\"]"))
                                   << QStringLiteral("missing_tools");
        QTest::newRow("no tools") << ruleFile(QByteArray(toolsOnly).replace("TOOLS", "[]"))
                                  << QStringLiteral("missing_tools");
        QTest::newRow("tools not a list")
            << ruleFile(QByteArray(toolsOnly).replace("TOOLS", "\"nvcc\"")) << QStringLiteral("missing_tools");
        QTest::newRow("neither") << ruleFile(QByteArray(toolsOnly).replace("\"missing_tools\": TOOLS,", ""))
                                 << QStringLiteral("patterns");
        QTest::newRow("progress without clears")
            << ruleFile(QByteArray(kGood).replace("\"weight\"", "\"role\": \"progress\", \"weight\""))
            << QStringLiteral("clears");
        QTest::newRow("unknown role") << ruleFile(
                                             QByteArray(kGood).replace("\"weight\"", "\"role\": \"hint\", \"weight\""))
                                      << QStringLiteral("progress");
        QTest::newRow("not object") << QByteArray("[1,2]") << QStringLiteral("object");
        QTest::newRow("binary") << QByteArray("\x00\xff\x01", 3) << QStringLiteral("bad.json:1:");
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        const auto set = RuleSet::parse(json, QStringLiteral("bad.json"));
        QVERIFY(!set.ok());
        const QString text = set.error().summary + set.error().details;
        QVERIFY2(text.contains(where), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("bad.json")));
        QVERIFY(!set.error().remedy.isEmpty());
    }

    void duplicateIdsAcrossFiles()
    {
        QTemporaryDir dir;
        for (const QString &name : {QStringLiteral("a.json"), QStringLiteral("b.json")}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(ruleFile(kGood));
        }
        const auto set = RuleSet::loadDirectory(dir.path());
        QVERIFY(!set.ok());
        QVERIFY(set.error().summary.contains(QStringLiteral("twice")));
    }
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "tst_ruleset.moc"
