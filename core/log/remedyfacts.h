// SPDX-License-Identifier: GPL-3.0-or-later
// RemedyFacts: placeholder values a remedy computes from the machine's facts together with
// what the log said, so the advice points the right way for this machine:
//  {gcc_fitting}  the newest installed gcc not newer than the log's {gcc_max} ("gcc-11 at
//                 /usr/bin/gcc-11"), or which gcc-N to install when none fits;
//  {torch_cuda}   the CUDA the environment's torch was built with ("12.1"; "none (a CPU build)");
//  {gpu_arch}     the GPUs' compute capabilities as sm_XY ("sm_70, sm_86").
// A rule's own lookups (a capture mapped through a table in the rule file) are applied by
// apply(). Pure functions; thread-safe.
#pragma once

#include "core/log/diagnosisrule.h"
#include "core/probe/systemprofile.h"

#include <QMap>
#include <QString>

#include <optional>

namespace dlstack::log {

class RemedyFacts
{
public:
    static const QStringList &names();
    // The value, or an empty string when the facts to compute it are missing.
    static QString value(const QString &name, const std::optional<probe::SystemProfile> &profile,
                         const QMap<QString, QString> &captures);
    // Adds the rule's lookup values to `captures` (a lookup whose capture is absent or
    // matches no row adds nothing).
    static void applyLookups(const DiagnosisRule &rule, QMap<QString, QString> &captures);
};

} // namespace dlstack::log
