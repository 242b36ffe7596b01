// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/failurereport.h"

#include "core/log/diagnoser.h"
#include "core/log/logreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

void reportFailedStage(CliContext &cli, const plan::Plan &plan, EngineRecorder &recorder)
{
    const QString stage = recorder.failedStage();
    if (stage.isEmpty())
        return;
    const QString logPath = recorder.stageLogPath(stage);
    std::optional<probe::SystemProfile> machine;
    if (!plan.machine.isEmpty())
        if (auto parsed = probe::SystemProfile::fromJson(plan.machine))
            machine = parsed.value();
    QList<support::Error> problems;
    const auto rules = log::RuleSet::withUserRules({}, &problems);
    QTextStream &err = cli.err();
    err << Tr::tr("The log of stage %1 is %2").arg(stage, logPath) << '\n';
    if (!rules)
        return;
    log::Diagnoser diagnoser(rules.value(), machine);
    const auto error = log::LogReader::read(logPath, [&](QByteArrayView bytes) {
        diagnoser.addText(bytes);
        return true;
    });
    diagnoser.finish();
    const QList<log::Diagnosis> found = diagnoser.results();
    if (found.isEmpty())
        return;
    const log::Diagnosis &top = found.first();
    err << (top.id == u"unrecognised" ? Tr::tr("No known cause: %1") : Tr::tr("Diagnosis: %1")).arg(top.title)
        << " [" << top.id << "], " << Tr::tr("line %1").arg(top.line) << '\n';
    if (!top.excerpt.isEmpty())
        err << "  > " << top.excerpt.value(int(top.line - top.excerptFirstLine)).left(300) << '\n';
    err << "  " << Tr::tr("Why: ") << top.explanation << '\n';
    err << "  " << Tr::tr("What to do: ") << top.remedy << '\n';
    if (found.size() > 1)
        err << "  " << Tr::tr("Also found: %1 (dlstack diagnose %2)").arg(found.at(1).id, logPath) << '\n';
    err.flush();
    QJsonObject event = top.toJson();
    event.insert(QStringLiteral("event"), QStringLiteral("diagnosed"));
    event.insert(QStringLiteral("stage"), stage);
    event.insert(QStringLiteral("log"), logPath);
    event.insert(QStringLiteral("machine_facts"), machine.has_value());
    recorder.record(event);
}

} // namespace dlstack::cli
