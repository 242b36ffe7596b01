// SPDX-License-Identifier: GPL-3.0-or-later
// DownloadStep: fetches a file into the prefix or cache through net::Downloader; resumable
// (keeps <to>.part). The step's credential is read from the SecretStore before anything
// changes and bound to the origin of the step's url, a mirror's to that mirror's origin
// (docs/plan-format.md, "Credentials"); URLs in its lines are redacted.
#pragma once

#include "core/engine/step.h"

#include <QByteArray>
#include <QMap>

namespace dlstack::engine {

class DownloadStep final : public Step
{
public:
    explicit DownloadStep(plan::Step step) : m_step(std::move(step)) {}
    bool resumable() const override;
    std::optional<support::Error> perform(StepContext &context) override;

    // Origin -> Authorization value for a download step's named credentials; an Error when
    // the keyring is locked or missing or a secret is not stored. Each value read is given
    // to `redactor` when there is one.
    static support::Result<QMap<QString, QByteArray>>
    readCredentials(const plan::Step &step, const secrets::SecretStore *secrets, secrets::Redactor *redactor = nullptr);
    // Before an install starts (the CLI): every credential the downloads of the stages that
    // will run name can be read, and one that goes over plain http was confirmed by the user
    // (insecureAuthConfirmed, `--allow-insecure-auth`). `only`/`from` as in InstallOptions.
    static std::optional<support::Error> checkBeforeInstall(const plan::Plan &plan, const QString &only,
                                                            const QString &from, const secrets::SecretStore *secrets,
                                                            bool insecureAuthConfirmed);

private:
    plan::Step m_step;
};

} // namespace dlstack::engine
