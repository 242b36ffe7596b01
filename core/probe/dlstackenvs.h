// SPDX-License-Identifier: GPL-3.0-or-later
// dlstackEnvs: the Python environments dlstack itself made, so detection offers them again
// as existing environments. Looked at: the default install folders (~/dlstack, the wizard's,
// with its environments in envs/<name>; ~/dlstack/<stack>, the CLI's, with venv/ or
// conda-env/), every prefix a journal there names (its "plan" and "anchor" records), and
// in each such prefix every path an install created that is a venv or a conda environment
// (the "creates" of the journal's intents, docs/journal-format.md), wherever it lies. The
// journal is <prefix>/.dlstack/journal.jsonl (plan::PrefixLayout; the probe sits below plan,
// so tst_envprobes checks the two agree). Reads files only, never more than 16 MiB of a
// journal. Reentrant.
#pragma once

#include "core/probe/probecontext.h"

#include <QList>
#include <QString>

namespace dlstack::probe {

struct DlstackEnv
{
    QString path;   // the environment's root
    QString source; // the journal that names it, or the install folder it was found in
};

QList<DlstackEnv> dlstackEnvs(const ProbeContext &context);

// <prefix>/.dlstack/journal.jsonl, as plan::PrefixLayout::journal() names it.
QString dlstackJournalPath(const QString &prefix);

} // namespace dlstack::probe
