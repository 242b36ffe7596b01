// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog against a real Secret Service (gnome-keyring in a private D-Bus
// session, see wizard.cmake): a token typed in the dialog is stored in the keyring and read
// back, never written to the QSettings file; with no D-Bus session the dialog says that no
// keyring is available.
#include "core/secrets/secretstore.h"
#include "ui/settings/settingsdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace dlstack;

class TestWizardSettings : public QObject
{
    Q_OBJECT
private:
    QString m_service = QStringLiteral("dlstack-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dlstack-test"));
        // The keyring and no-keyring runs are separate ctest entries that may run at the
        // same time: each gets its own settings file so one's clear() cannot race the other.
        QCoreApplication::setApplicationName(qEnvironmentVariableIsSet("DLSTACK_EXPECT_NO_KEYRING")
                                                 ? QStringLiteral("tst_wizard_settings_nokeyring")
                                                 : QStringLiteral("tst_wizard_settings"));
        QSettings().clear();
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("secret");
        for (const QString &key : ui::SettingsDialog::tokenKeys())
            QTest::newRow(qPrintable(key))
                << key << (QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral("-ü€"));
    }

    void roundTrip()
    {
        if (!qEnvironmentVariableIsSet("DLSTACK_EXPECT_KEYRING"))
            QSKIP("needs gnome-keyring in a private D-Bus session (ctest -R tst_wizard_settings)");
        QFETCH(QString, key);
        QFETCH(QString, secret);
        const secrets::SecretStore store(m_service);
        {
            ui::SettingsDialog dialog(nullptr, store);
            QVERIFY2(dialog.keyringStatus().contains(QStringLiteral("stored in the system keyring")),
                     qPrintable(dialog.keyringStatus()));
            dialog.proxyField()->setText(QStringLiteral("http://proxy.example.org:3128"));
            dialog.tokenField(key)->setText(secret);
            QVERIFY2(dialog.save(), qPrintable(dialog.keyringStatus()));
            QVERIFY(dialog.tokenField(key)->text().isEmpty()); // not kept in the widget either
        }
        const auto back = store.read(key);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().summary + u' ' + back.error().details));
        QCOMPARE(back.value(), secret);

        // The settings file holds the proxy but not the token.
        QSettings settings;
        settings.sync();
        QCOMPARE(settings.value(QStringLiteral("network/proxy")).toString(),
                 QStringLiteral("http://proxy.example.org:3128"));
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("proxy.example.org"));
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains(secret.left(12).toUtf8()));

        // A second dialog knows it is stored without showing it; Forget removes it.
        ui::SettingsDialog again(nullptr, store);
        QVERIFY(again.tokenField(key)->text().isEmpty());
        QVERIFY(again.tokenField(key)->placeholderText().contains(QStringLiteral("stored")));
        int clicked = 0;
        for (QAbstractButton *b : again.findChildren<QAbstractButton *>())
            if (b->accessibleName() == QStringLiteral("Forget the ") + again.tokenField(key)->accessibleName()) {
                b->click();
                ++clicked;
            }
        QCOMPARE(clicked, 1);
        QVERIFY(!store.read(key).ok());
    }

    void noKeyring()
    {
        if (!qEnvironmentVariableIsSet("DLSTACK_EXPECT_NO_KEYRING"))
            QSKIP("runs as tst_wizard_settings_nokeyring, without a D-Bus session");
        ui::SettingsDialog dialog(nullptr, secrets::SecretStore(m_service));
        QVERIFY2(dialog.keyringStatus().contains(QStringLiteral("No system keyring")),
                 qPrintable(dialog.keyringStatus()));
        dialog.tokenField(ui::SettingsDialog::tokenKeys().first())->setText(QStringLiteral("never-stored-token"));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.keyringStatus().contains(QStringLiteral("not saved")));
        QFile file(QSettings().fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("never-stored-token"));
    }
};

QTEST_MAIN(TestWizardSettings)
#include "tst_wizard_settings.moc"
