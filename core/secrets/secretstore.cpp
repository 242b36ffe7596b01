// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace dlstack::secrets {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

support::Error keyringError(const QString &key, QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return support::Error{Tr::tr("No secret named \"%1\" is stored.").arg(key), job.errorString(),
                              Tr::tr("Store it first, for example with the wizard's Options page.")};
    return support::Error{Tr::tr("The system keyring is not available."), job.errorString(),
                          Tr::tr("Start a Secret Service (gnome-keyring or KWallet) and unlock it, then try again.")};
}

void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

support::Result<QString> SecretStore::read(const QString &key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keyringError(key, job);
    return job.textData();
}

std::optional<support::Error> SecretStore::write(const QString &key, const QString &value) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(value);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keyringError(key, job);
    return std::nullopt;
}

std::optional<support::Error> SecretStore::remove(const QString &key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keyringError(key, job);
    return std::nullopt;
}

} // namespace dlstack::secrets
