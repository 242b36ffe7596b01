// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/failurereport.h"

#include "core/engine/runrecorder.h"
#include "core/log/diagnosistext.h"

#include <QCoreApplication>

namespace dlstack::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

void reportFailedStage(CliContext &cli, const engine::RunRecorder &recorder)
{
    const QString stage = recorder.failedStage();
    if (stage.isEmpty())
        return;
    const QString logPath = recorder.layout().stageLog(stage);
    QTextStream &err = cli.err();
    err << Tr::tr("The log of stage %1 is %2").arg(stage, logPath) << '\n';
    const auto &top = recorder.diagnosis();
    if (!top)
        return;
    const log::DiagnosisText text = log::DiagnosisText::of(*top);
    err << (top->id == u"unrecognised" ? Tr::tr("No known cause: %1") : Tr::tr("Diagnosis: %1")).arg(text.title) << " ["
        << top->id << "], " << Tr::tr("line %1").arg(top->line) << '\n';
    if (!top->excerpt.isEmpty())
        err << "  > " << top->excerpt.value(int(top->line - top->excerptFirstLine)).left(300) << '\n';
    err << "  " << Tr::tr("Why: ") << text.explanation << '\n';
    err << "  " << Tr::tr("What to do: ") << text.remedy << '\n';
    err << "  " << Tr::tr("Every cause found: dlstack diagnose %1").arg(logPath) << '\n';
    err.flush();
}

} // namespace dlstack::cli
