// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/activation.h"

#include "core/plan/recipes/recipecontext.h"

#include <QDir>
#include <QFileInfo>

namespace dlstack::plan {

namespace {

// "activate" as the activation recipe writes it, or "activate.sh" in a plan file.
bool isActivationScript(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name == u"activate" || name == u"activate.sh";
}

} // namespace

QString activationScript(const Plan &plan)
{
    // The activation stage writes it; a plan file may also carry its own under another stage.
    QString found;
    for (const Stage &stage : plan.stages)
        for (const Step &step : stage.steps)
            if (step.kind == Step::Kind::WriteFile && isActivationScript(step.path))
                found = QDir::cleanPath(QDir(plan.prefix).filePath(step.path)); // relative paths are under the prefix
    return found;
}

QString activationCommand(const Plan &plan)
{
    const QString script = activationScript(plan);
    return script.isEmpty() ? QString() : QStringLiteral("source ") + shellQuote(script);
}

} // namespace dlstack::plan
