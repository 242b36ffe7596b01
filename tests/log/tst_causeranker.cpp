// SPDX-License-Identifier: GPL-3.0-or-later
// CauseRanker and the built-in anchors: a cause inside the failure region outranks a heavier
// one outside it; without a matching cause the first failure line comes back as
// "unrecognised", naming the tool; a log without any error stays undiagnosed.
#include "core/log/causeranker.h"

#include <QFile>
#include <QTest>

using namespace dlstack;
using namespace dlstack::log;

namespace {

QList<Diagnosis> diagnose(const QByteArray &text)
{
    Diagnoser diagnoser(RuleSet::builtin().value());
    diagnoser.addText(text);
    diagnoser.finish();
    return diagnoser.results();
}

Diagnosis cause(const char *id, int weight, qint64 line)
{
    Diagnosis d;
    d.id = QString::fromLatin1(id);
    d.weight = weight;
    d.line = line;
    return d;
}

} // namespace

class TstCauseRanker : public QObject
{
    Q_OBJECT

private slots:
    void regionBeatsWeight()
    {
        DiagnosisRule ninja;
        ninja.id = QStringLiteral("anchor_ninja_failed");
        ninja.role = DiagnosisRule::Role::Anchor;
        ninja.windowAfter = 10;
        const QList<AnchorHit> anchors{AnchorHit{&ninja, 100, 0, 100, {}}};
        const QList<Diagnosis> ranked = CauseRanker::rank(
            {cause("early_warning", 95, 3), cause("real", 70, 104), cause("later", 80, 400)}, anchors);
        QCOMPARE(ranked.at(0).id, QStringLiteral("real"));
        QVERIFY(ranked.at(0).inFailureRegion);
        QCOMPARE(ranked.at(1).id, QStringLiteral("early_warning"));
        QVERIFY(!ranked.at(1).inFailureRegion);
        // No anchors: weight order, as before.
        QCOMPARE(CauseRanker::rank({cause("a", 60, 1), cause("b", 90, 9)}, {}).first().id, QStringLiteral("b"));
    }

    // A rule that outranks another moves before it when its evidence comes first in the log,
    // whatever the weights and the region say; evidence after the other's line moves nothing.
    void outranksWhenItsEvidenceComesFirst()
    {
        const auto rules = RuleSet::parse(R"({"schema": 1, "rules": [
            {"id": "net", "title": "t", "explanation": "e", "remedy": "r", "weight": 50,
             "patterns": ["Retrying"], "outranks": ["nowheel"]},
            {"id": "nowheel", "title": "t", "explanation": "e", "remedy": "r", "weight": 90,
             "patterns": ["Could not find a version"]}]})",
                                          QStringLiteral("test.json"));
        QVERIFY2(rules.ok(), rules.ok() ? "" : qPrintable(rules.error().toText()));
        const QList<Diagnosis> first =
            CauseRanker::rank({cause("nowheel", 90, 5), cause("net", 50, 2)}, {}, &rules.value());
        QCOMPARE(first.at(0).id, QStringLiteral("net"));
        const QList<Diagnosis> after =
            CauseRanker::rank({cause("nowheel", 90, 5), cause("net", 50, 9)}, {}, &rules.value());
        QCOMPARE(after.at(0).id, QStringLiteral("nowheel"));
        // Not an id list, or the rule itself: a malformed file.
        QVERIFY(!RuleSet::parse(R"({"schema": 1, "rules": [{"id": "net", "title": "t", "explanation": "e",
            "remedy": "r", "weight": 50, "patterns": ["x"], "outranks": ["net"]}]})",
                                QStringLiteral("bad.json"))
                     .ok());
    }

    // A rule that refines another moves before it wherever its line is, unless only the other
    // lies in the failure region.
    void refinesWhereverItsEvidenceIs()
    {
        const auto rules = RuleSet::parse(R"({"schema": 1, "rules": [
            {"id": "python", "title": "t", "explanation": "e", "remedy": "r", "weight": 50,
             "patterns": ["only has wheels with the following Python ABI tag"], "refines": ["platform"]},
            {"id": "platform", "title": "t", "explanation": "e", "remedy": "r", "weight": 90,
             "patterns": ["wheel for the current platform"]}]})",
                                          QStringLiteral("test.json"));
        QVERIFY2(rules.ok(), rules.ok() ? "" : qPrintable(rules.error().toText()));
        const QList<Diagnosis> later =
            CauseRanker::rank({cause("platform", 90, 5), cause("python", 50, 7)}, {}, &rules.value());
        QCOMPARE(later.at(0).id, QStringLiteral("python"));
        QCOMPARE(later.at(1).id, QStringLiteral("platform"));
        // Only the refined cause in the failure region: it stays first.
        DiagnosisRule pip;
        pip.id = QStringLiteral("anchor_tool_error");
        pip.role = DiagnosisRule::Role::Anchor;
        pip.windowAfter = 3;
        const QList<AnchorHit> anchors{AnchorHit{&pip, 5, 0, 5, {}}};
        const QList<Diagnosis> outside =
            CauseRanker::rank({cause("platform", 90, 5), cause("python", 50, 40)}, anchors, &rules.value());
        QCOMPARE(outside.at(0).id, QStringLiteral("platform"));
        QVERIFY(!RuleSet::parse(R"({"schema": 1, "rules": [{"id": "python", "title": "t", "explanation": "e",
            "remedy": "r", "weight": 50, "patterns": ["x"], "refines": "platform"}]})",
                                QStringLiteral("bad.json"))
                     .ok());
    }

    // uv's "no wheel for the current platform" with its hint that the wheels carry another
    // Python ABI tag (pytorch/pytorch#172993): the Python version, though the platform line
    // comes first and weighs more.
    void uvPythonAbiHintRefinesThePlatform()
    {
        const QList<Diagnosis> found =
            diagnose("error: Distribution `torchvision==0.25.0 @ registry+https://pypi.org/simple` can't be installed "
                     "because it doesn't have a source distribution or wheel for the current platform\n"
                     "\n"
                     "hint: You're using CPython 3.14 (`cp314`), but `torchvision` (v0.25.0) only has wheels with the "
                     "following Python ABI tag: `cp314t`\n");
        QVERIFY(found.size() >= 2);
        QCOMPARE(found.at(0).id, QStringLiteral("python_version_unsupported"));
        QCOMPARE(found.at(0).captures.value(QStringLiteral("package")), QStringLiteral("torchvision"));
        QCOMPARE(found.at(1).id, QStringLiteral("wheel_platform_unsupported"));
    }

    // pip's connection warnings, then "Could not find a version ... (from versions: none)":
    // the built-in rules call it a network problem (pytorch/pytorch#51723, a real log).
    void pipWithoutIndexIsANetworkProblem()
    {
        QFile file(QStringLiteral(DLSTACK_SOURCE_DIR
                                  "/tests/fixtures/diagnosis/network_error/"
                                  "pytorch-pip-torch-stable-name-resolution-no-matching-distribution.log"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<Diagnosis> found = diagnose(file.readAll());
        QVERIFY(found.size() >= 2);
        QCOMPARE(found.at(0).id, QStringLiteral("network_error"));
        QCOMPARE(found.at(1).id, QStringLiteral("python_version_unsupported"));
    }

    void unrecognisedNamesTheFirstFailure()
    {
        const QList<Diagnosis> found = diagnose("[1/3] Building CXX object a.o\n"
                                                "FAILED: a.o\n"
                                                "/usr/bin/c++ -c a.cpp -o a.o\n"
                                                "a.cpp:3:5: error: 'frobnicate' was not declared in this scope\n"
                                                "ninja: build stopped: subcommand failed.\n");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, QStringLiteral("unrecognised"));
        QCOMPARE(found.first().line, 2);
        QVERIFY2(found.first().title.contains(QStringLiteral("ninja")), qPrintable(found.first().title));
        QVERIFY(!found.first().excerpt.isEmpty());
        QVERIFY(!found.first().remedy.isEmpty());
    }

    void cleanLogStaysUndiagnosed()
    {
        QVERIFY(diagnose("[1/2] Building CXX object a.o\n[2/2] Linking CXX executable app\n").isEmpty());
        // A cascade line alone names no failure of its own.
        QVERIFY(diagnose("ninja: build stopped: subcommand failed.\n").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCauseRanker)
#include "tst_causeranker.moc"
