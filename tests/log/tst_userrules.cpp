// SPDX-License-Identifier: GPL-3.0-or-later
// User rule files: $XDG_CONFIG_HOME/dlstack/diagnosis and --rules folders are merged with the
// built-in rules; a user rule with a built-in id replaces it; a bad file is reported with
// its name, rule and field, and everything else still loads.
#include "core/log/diagnoser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;
using namespace dlstack::log;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const QByteArray kGood = R"({"schema": 1, "rules": [{"id": "frob_missing", "title": "frob missing",
    "patterns": ["'frobnicate' was not declared"], "weight": 80, "explanation": "e", "remedy": "Install libfrob-dev."}]})";
const QByteArray kOverride = R"({"schema": 1, "rules": [{"id": "disk_full", "title": "Our own disk rule",
    "patterns": ["No space left on device"], "weight": 94, "explanation": "e", "remedy": "Ask the admins for quota."}]})";
const QByteArray kBad = R"({"schema": 1, "rules": [{"id": "broken", "title": "t", "patterns": ["("], "weight": 5,
    "explanation": "e", "remedy": "r"}]})";

} // namespace

class TstUserRules : public QObject
{
    Q_OBJECT

private slots:
    void mergedOverriddenAndBadFileReported()
    {
        QTemporaryDir config;
        QTemporaryDir extra;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        write(config.path() + QStringLiteral("/dlstack/diagnosis/site.json"), kOverride);
        write(extra.filePath(QStringLiteral("good.json")), kGood);
        write(extra.filePath(QStringLiteral("bad.json")), kBad);
        QList<support::Error> problems;
        const auto rules = RuleSet::withUserRules({extra.path()}, &problems);
        QVERIFY(rules.ok());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().toText().contains(QStringLiteral("bad.json")), qPrintable(problems.first().toText()));
        QVERIFY2(problems.first().toText().contains(QStringLiteral("broken")), qPrintable(problems.first().toText()));
        QVERIFY(rules.value().find(QStringLiteral("frob_missing")));
        QVERIFY(!rules.value().find(QStringLiteral("broken")));
        QCOMPARE(rules.value().find(QStringLiteral("disk_full"))->title, QStringLiteral("Our own disk rule"));
        QCOMPARE(rules.value().rules().size(), RuleSet::builtin().value().rules().size() + 1);

        Diagnoser diagnoser(rules.value());
        diagnoser.addText("FAILED: a.o\na.cpp:3:5: error: 'frobnicate' was not declared in this scope\n");
        diagnoser.finish();
        QCOMPARE(diagnoser.results().first().id, QStringLiteral("frob_missing"));

        // A folder that is not there is named; the user's own folder may simply not exist.
        problems.clear();
        qputenv("XDG_CONFIG_HOME", extra.filePath(QStringLiteral("nowhere")).toUtf8());
        QVERIFY(RuleSet::withUserRules({extra.filePath(QStringLiteral("missing"))}, &problems).ok());
        QCOMPARE(problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstUserRules)
#include "tst_userrules.moc"
