// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/planproxy.h"

#include "core/net/proxyvariables.h"
#include "core/secrets/redactor.h"
#include "core/secrets/secretstore.h"
#include "core/support/urlredaction.h"

#include <QCoreApplication>

namespace dlstack::engine {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanProxy)
};
} // namespace

support::Result<QString> planProxyUrl(const plan::Plan &plan, const secrets::SecretStore *secrets,
                                      const QProcessEnvironment &env, secrets::Redactor *redactor)
{
    if (plan.proxy.isEmpty() || plan.proxyCredential.isEmpty())
        return plan.proxy;
    QString password = env.value(QStringLiteral("DLSTACK_PROXY_PASSWORD"));
    if (password.isEmpty()) {
        const QString shown = support::redactedUrl(plan.proxy);
        if (!secrets)
            return support::Error{
                Tr::tr("The proxy %1 needs the password \"%2\", but no keyring is available.")
                    .arg(shown, plan.proxyCredential),
                Tr::tr("Nothing was changed."),
                Tr::tr("Set DLSTACK_PROXY_PASSWORD for the install, or start a Secret Service (gnome-keyring or "
                       "KWallet) and store the password there as \"%1\".")
                    .arg(plan.proxyCredential)};
        const auto stored = secrets->read(plan.proxyCredential);
        if (!stored.ok() || stored.value().isEmpty()) {
            support::Error error = stored.ok()
                                       ? support::Error{Tr::tr("The keyring has no password \"%1\" for the proxy %2.")
                                                            .arg(plan.proxyCredential, shown),
                                                        {},
                                                        {}}
                                       : stored.error();
            error.details = Tr::tr("Nothing was changed. %1").arg(error.details).trimmed();
            error.remedy = Tr::tr("Set DLSTACK_PROXY_PASSWORD for the install, or store the proxy's password in "
                                  "the keyring as \"%1\".")
                               .arg(plan.proxyCredential);
            return error;
        }
        password = stored.value();
    }
    const QString url = net::ProxyPassword::join(plan.proxy, password);
    if (redactor) {
        redactor->add(password);
        redactor->addUrl(url);
    }
    return url;
}

} // namespace dlstack::engine
