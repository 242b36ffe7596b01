// SPDX-License-Identifier: GPL-3.0-or-later
// planProxyUrl: the plan's proxy as one install uses it, with its password when the plan
// names one ("proxy_credential"). The password comes from DLSTACK_PROXY_PASSWORD (how the
// wizard hands it to the install it starts, and how a script can) or else from the keyring
// entry of that name; it is added to the redactor before anything runs, so no line, journal
// record or error shows it. Empty for a plan without a proxy. Blocks while the keyring answers.
#pragma once

#include "core/plan/plan.h"
#include "core/support/error.h"

#include <QProcessEnvironment>

namespace dlstack::secrets {
class SecretStore;
class Redactor;
} // namespace dlstack::secrets

namespace dlstack::engine {

support::Result<QString> planProxyUrl(const plan::Plan &plan, const secrets::SecretStore *secrets,
                                      const QProcessEnvironment &env, secrets::Redactor *redactor);

} // namespace dlstack::engine
