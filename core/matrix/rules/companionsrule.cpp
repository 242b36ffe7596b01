// SPDX-License-Identifier: GPL-3.0-or-later
// Companions rule: torchvision/torchaudio/torchtext must be the versions paired with the
// release (torch.json); pairings the data marks unverified are warnings.
#include "core/matrix/rules/rule.h"

#include <QCoreApplication>

namespace dlstack::matrix::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompanionsRule)
};
} // namespace

void checkCompanions(const RuleInput &in, Findings &out)
{
    const TorchRelease &r = *in.release;
    for (const QString &extra : in.selection.extras) {
        const QString name = extra.section(QStringLiteral("=="), 0, 0).trimmed().toLower();
        const QString asked = extra.section(QStringLiteral("=="), 1).trimmed();
        QString paired;
        if (name == u"torchvision")
            paired = r.torchvision;
        else if (name == u"torchaudio")
            paired = r.torchaudio;
        else if (name == u"torchtext")
            paired = r.torchtext;
        else
            continue;
        const Facts facts{{QStringLiteral("package"), name},
                          {QStringLiteral("paired"), paired},
                          {QStringLiteral("torch"), r.version},
                          {QStringLiteral("source"), r.source}};
        if (paired.isEmpty()) {
            out.append(
                makeFinding("companion_unavailable", Severity::Blocker,
                            Tr::tr("%1 has no release for PyTorch %2 (its development stopped).").arg(name, r.version),
                            Tr::tr("Drop %1, or pick torch 2.3 or older.").arg(name), facts));
            continue;
        }
        if (!asked.isEmpty() && compareVersion(asked, paired) != 0) {
            out.append(makeFinding(
                "companion_mismatch", Severity::Blocker,
                Tr::tr("%1 %2 does not go with PyTorch %3; its partner is %1 %4.").arg(name, asked, r.version, paired),
                Tr::tr("Install %1==%2.").arg(name, paired), facts));
            continue;
        }
        if (r.isUnverified(name)) {
            out.append(makeFinding("companion_unverified", Severity::Warning,
                                   Tr::tr("The pairing of %1 %2 with PyTorch %3 is not confirmed by a primary source.")
                                       .arg(name, paired, r.version),
                                   Tr::tr("Check the release notes before relying on it."), facts));
        }
        if (in.env) {
            const QString installed = in.env->packages.value(name);
            if (!installed.isEmpty() && compareVersion(installed, paired) != 0) {
                out.append(
                    makeFinding("companion_will_change", Severity::Info,
                                Tr::tr("The environment has %1 %2; PyTorch %3 needs %1 %4, which will replace it.")
                                    .arg(name, installed, r.version, paired),
                                {}, facts));
            }
        }
    }
}

} // namespace dlstack::matrix::rules
