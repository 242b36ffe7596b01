// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/detectcommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/verb.h"

#include <QCoreApplication>

namespace dlstack::cli {

QList<Verb> probeVerbs()
{
    return {
        {"detect", QT_TRANSLATE_NOOP("Cli", "Detect GPUs, drivers, CUDA, compilers and Python environments"),
         runDetect},
        {"import", QT_TRANSLATE_NOOP("Cli", "Build a profile of another machine from pasted tool output"), runImport},
    };
}

} // namespace dlstack::cli
