// SPDX-License-Identifier: GPL-3.0-or-later
// BashExporter: the same Plan as a standalone bash script: `set -euo pipefail`, one
// function per stage, a stage selector (CFG_STAGE=all|id,id; CFG_SKIP=id,id) and, as each
// stage completes, <prefix>/.dlstack/bash/uninstall-<id>.sh that undoes it. Every word is
// single-quoted, so no value from the plan is ever parsed by the shell; a word holding a URL
// with user-info or a query is read from DLSTACK_URL_<n> instead of being written into the
// script (a comment shows it redacted, support::redactUrls). TORCH_CUDA_ARCH_LIST,
// MAX_JOBS and DLSTACK_PYTHON (the interpreter creating the env) can be overridden from
// the environment. Pure function.
#pragma once

#include "core/plan/plan.h"

#include <QByteArray>

namespace dlstack::plan {

QByteArray exportBash(const Plan &plan);

// "stage_pytorch_source": a shell function name for a stage id.
QString bashFunctionName(const QString &stageId);

} // namespace dlstack::plan
