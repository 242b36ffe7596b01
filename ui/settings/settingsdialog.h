// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsDialog: package mirrors and proxy (kept in QSettings) and tokens: private package
// index, NVIDIA developer account, GitHub (kept only in the system keyring through
// secrets::SecretStore, never in QSettings or logs). Says plainly when no keyring is
// available. Token fields start empty: leaving one empty keeps what is stored.
#pragma once

#include "core/secrets/secretstore.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace dlstack::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // The keys the tokens are stored under in the keyring.
    static QStringList tokenKeys();

    explicit SettingsDialog(QWidget *parent = nullptr, secrets::SecretStore store = secrets::SecretStore());

    // Saves everything; false (and the reason shown in the dialog) when a token could not be stored.
    bool save();
    QString keyringStatus() const;
    QLineEdit *tokenField(const QString &key) const;
    QLineEdit *mirrorField() const { return m_mirror; }
    QLineEdit *proxyField() const { return m_proxy; }

public slots:
    void accept() override;

private:
    void load();
    void forget(const QString &key);

    secrets::SecretStore m_store;
    QLineEdit *m_mirror;
    QLineEdit *m_extraIndex;
    QLineEdit *m_proxy;
    QLineEdit *m_nvidiaUser;
    QList<QPair<QString, QLineEdit *>> m_tokens;
    QLabel *m_keyring;
};

} // namespace dlstack::ui
