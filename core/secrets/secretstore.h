// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore: tokens (private index, proxy, NVIDIA developer account, GitHub) in the
// system keyring through QtKeychain, under the service "dlstack". Calls block the calling
// thread (a local event loop runs the keychain job). With no keyring available, every
// call returns an Error saying so; nothing crashes. Values are never logged.
#pragma once

#include "core/support/error.h"

#include <QString>

#include <optional>

namespace dlstack::secrets {

class SecretStore
{
public:
    explicit SecretStore(QString service = QStringLiteral("dlstack")) : m_service(std::move(service)) {}
    virtual ~SecretStore() = default;

    virtual support::Result<QString> read(const QString &key) const;
    virtual std::optional<support::Error> write(const QString &key, const QString &value) const;
    virtual std::optional<support::Error> remove(const QString &key) const;

private:
    QString m_service;
};

} // namespace dlstack::secrets
