// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingsdialog.h"

#include "ui/style/accessiblelook.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace dlstack::ui {
namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

QStringList SettingsDialog::tokenKeys()
{
    return {QStringLiteral("index-token"), QStringLiteral("nvidia-developer-password"), QStringLiteral("github-token")};
}

SettingsDialog::SettingsDialog(QWidget *parent, secrets::SecretStore store)
    : QDialog(parent), m_store(std::move(store)), m_mirror(new QLineEdit), m_extraIndex(new QLineEdit),
      m_proxy(new QLineEdit), m_nvidiaUser(new QLineEdit), m_keyring(new QLabel)
{
    setWindowTitle(tr("dlstack settings"));
    m_mirror->setAccessibleName(tr("Package index mirror"));
    m_extraIndex->setAccessibleName(tr("Private package index"));
    m_proxy->setAccessibleName(tr("Proxy"));
    m_nvidiaUser->setAccessibleName(tr("NVIDIA developer account e-mail"));
    m_mirror->setPlaceholderText(tr("e.g. https://mirror.example.org/pypi/simple"));
    m_extraIndex->setPlaceholderText(tr("e.g. https://pypi.example.org/simple"));
    m_proxy->setPlaceholderText(tr("e.g. http://proxy.example.org:3128"));
    m_keyring->setWordWrap(true);
    m_keyring->setAccessibleName(tr("Keyring status"));

    auto *network = new QGroupBox(tr("Network"));
    auto *netForm = new QFormLayout(network);
    netForm->addRow(buddyLabel(tr("&Mirror:"), m_mirror), m_mirror);
    netForm->addRow(buddyLabel(tr("Private &index:"), m_extraIndex), m_extraIndex);
    netForm->addRow(buddyLabel(tr("&Proxy:"), m_proxy), m_proxy);

    auto *tokens = new QGroupBox(tr("Tokens (kept in the system keyring)"));
    auto *tokenForm = new QFormLayout(tokens);
    tokenForm->addRow(buddyLabel(tr("NVIDIA account &e-mail:"), m_nvidiaUser), m_nvidiaUser);
    const QStringList labels = {tr("Private index &token:"), tr("NVIDIA account pass&word:"), tr("&GitHub token:")};
    const QStringList names = {tr("Private index token"), tr("NVIDIA developer account password"), tr("GitHub token")};
    for (int i = 0; i < tokenKeys().size(); ++i) {
        const QString key = tokenKeys().at(i);
        auto *field = new QLineEdit;
        field->setEchoMode(QLineEdit::Password);
        field->setAccessibleName(names.at(i));
        auto *forgetButton = new QPushButton(tr("Forget"));
        forgetButton->setAccessibleName(tr("Forget the %1").arg(names.at(i)));
        connect(forgetButton, &QPushButton::clicked, this, [this, key] { forget(key); });
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(forgetButton);
        tokenForm->addRow(buddyLabel(labels.at(i), field), row);
        m_tokens.append({key, field});
    }
    tokenForm->addRow(m_keyring);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(network);
    layout->addWidget(tokens);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(640, 460);
    load();
}

QLineEdit *SettingsDialog::tokenField(const QString &key) const
{
    for (const auto &[k, field] : m_tokens)
        if (k == key)
            return field;
    return nullptr;
}

QString SettingsDialog::keyringStatus() const
{
    return m_keyring->text();
}

void SettingsDialog::load()
{
    QSettings settings;
    m_mirror->setText(settings.value(QStringLiteral("network/mirror")).toString());
    m_extraIndex->setText(settings.value(QStringLiteral("network/privateIndex")).toString());
    m_proxy->setText(settings.value(QStringLiteral("network/proxy")).toString());
    m_nvidiaUser->setText(settings.value(QStringLiteral("accounts/nvidiaUser")).toString());
    // Ask the keyring which tokens exist; the values stay in the keyring, the fields empty.
    bool available = true;
    QString unavailable;
    for (const auto &[key, field] : m_tokens) {
        const auto stored = m_store.read(key);
        if (stored.ok() && !stored.value().isEmpty()) {
            field->setPlaceholderText(tr("stored in the keyring; leave empty to keep"));
        } else if (!stored.ok() && !stored.error().summary.contains(u'"' + key + u'"')) {
            available = false;
            unavailable = stored.error().summary + u' ' + stored.error().remedy;
        } else {
            field->setPlaceholderText(tr("not set"));
        }
    }
    if (available) {
        m_keyring->setText(tr("Tokens are stored in the system keyring, never in settings files or logs."));
        showAsError(m_keyring, false);
    } else {
        m_keyring->setText(tr("No system keyring is available, so tokens cannot be saved: %1").arg(unavailable));
        showAsError(m_keyring);
    }
}

void SettingsDialog::forget(const QString &key)
{
    if (const auto error = m_store.remove(key)) {
        m_keyring->setText(error->summary + u' ' + error->remedy);
        showAsError(m_keyring);
        return;
    }
    if (QLineEdit *field = tokenField(key)) {
        field->clear();
        field->setPlaceholderText(tr("not set"));
    }
}

bool SettingsDialog::save()
{
    QSettings settings;
    settings.setValue(QStringLiteral("network/mirror"), m_mirror->text().trimmed());
    settings.setValue(QStringLiteral("network/privateIndex"), m_extraIndex->text().trimmed());
    settings.setValue(QStringLiteral("network/proxy"), m_proxy->text().trimmed());
    settings.setValue(QStringLiteral("accounts/nvidiaUser"), m_nvidiaUser->text().trimmed());
    settings.sync();
    for (const auto &[key, field] : m_tokens) {
        if (field->text().isEmpty())
            continue;
        if (const auto error = m_store.write(key, field->text())) {
            m_keyring->setText(tr("The token was not saved. %1 %2").arg(error->summary, error->remedy));
            showAsError(m_keyring);
            return false;
        }
        field->clear();
        field->setPlaceholderText(tr("stored in the keyring; leave empty to keep"));
    }
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace dlstack::ui
