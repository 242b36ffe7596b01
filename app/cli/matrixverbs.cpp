// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/checkcommand.h"
#include "app/cli/matrixcommand.h"
#include "app/cli/recommendcommand.h"
#include "app/cli/verb.h"

#include <QCoreApplication>

namespace dlstack::cli {

QList<Verb> matrixVerbs()
{
    return {
        {"matrix", QT_TRANSLATE_NOOP("Cli", "List the tested PyTorch, CUDA, ROCm and Python combinations"), runMatrix},
        {"check", QT_TRANSLATE_NOOP("Cli", "Check one PyTorch selection against a machine and say what blocks it"),
         runCheck},
        {"recommend", QT_TRANSLATE_NOOP("Cli", "Propose the PyTorch selections that will work on a machine"),
         runRecommend},
    };
}

} // namespace dlstack::cli
