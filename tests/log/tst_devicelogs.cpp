// SPDX-License-Identifier: GPL-3.0-or-later
// Stage logs of a real Apex 25.09 build on the H200 device machine (CUDA 13.0, torch 2.11.0,
// tests/fixtures/device-h100/apex-2026-12-02): the run cut off by a time limit and the
// resumed run that finished. Hundreds of compiler warnings (-Wsign-compare, deprecated
// Tensor.type()) and "error" in source names are noise: neither log names a cause of
// failure, and the finished one is not even "unrecognised".
#include "core/log/diagnoser.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace dlstack;
using namespace dlstack::log;

namespace {

RuleSet sourceRules()
{
    auto rules = RuleSet::loadDirectory(QStringLiteral(DLSTACK_SOURCE_DIR "/resources/diagnosis"));
    if (!rules)
        qFatal("%s", qPrintable(rules.error().toText()));
    return rules.value();
}

QList<Diagnosis> diagnose(const QString &fixture)
{
    const QByteArray bytes = test::readFixture(QStringLiteral("device-h100/apex-2026-12-02/") + fixture);
    if (bytes.isEmpty())
        qFatal("fixture %s missing", qPrintable(fixture));
    Diagnoser diagnoser(sourceRules());
    diagnoser.addText(bytes);
    diagnoser.finish();
    return diagnoser.results();
}

} // namespace

class TestDeviceLogs : public QObject
{
    Q_OBJECT

private slots:
    void finishedBuildNamesNothing()
    {
        const QList<Diagnosis> found = diagnose(QStringLiteral("install-apex-resumed.log"));
        QVERIFY2(found.isEmpty(), found.isEmpty() ? "" : qPrintable(found.first().id));
    }

    void cutOffBuildNamesNoCause()
    {
        // Cancelled by the time limit in the middle of the build: no tool failed, so no
        // cause of failure may be named (an "unrecognised" pointer is allowed).
        const QList<Diagnosis> found = diagnose(QStringLiteral("install-apex-cancelled.log"));
        for (const Diagnosis &d : found)
            QVERIFY2(d.id == u"unrecognised", qPrintable(d.id));
    }
};

QTEST_GUILESS_MAIN(TestDeviceLogs)
#include "tst_devicelogs.moc"
