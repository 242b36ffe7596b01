// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore against a real gnome-keyring in a private D-Bus session (CTest starts it,
// see CMakeLists.txt): store, read back, overwrite, delete, a missing key. With
// DLSTACK_TEST_NO_KEYRING set, the session bus points nowhere and every call must come
// back as a clear error without crashing.
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QTest>

using namespace dlstack;

class TstSecretStore : public QObject
{
    Q_OBJECT

private:
    bool noKeyring() const { return qEnvironmentVariableIsSet("DLSTACK_TEST_NO_KEYRING"); }
    secrets::SecretStore m_store{QStringLiteral("dlstack-test")};

private slots:
    void initTestCase()
    {
        if (noKeyring())
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/dlstack-test-bus");
        else if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no session bus: run this through ctest, which starts dbus-run-session and gnome-keyring");
    }

    void roundTrip()
    {
        if (noKeyring())
            QSKIP("this run checks the no-keyring errors");
        const QString key = QStringLiteral("token-") + QString::number(QCoreApplication::applicationPid());
        QVERIFY(!m_store.write(key, QStringLiteral("first-value")));
        auto got = m_store.read(key);
        QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().summary + got.error().details));
        QCOMPARE(got.value(), QStringLiteral("first-value"));

        QVERIFY(!m_store.write(key, QStringLiteral("second välue ✓")));
        got = m_store.read(key);
        QVERIFY(got.ok());
        QCOMPARE(got.value(), QStringLiteral("second välue ✓"));

        QVERIFY(!m_store.remove(key));
        got = m_store.read(key);
        QVERIFY(!got.ok());
        QVERIFY2(got.error().summary.contains(key), qPrintable(got.error().summary));
        QVERIFY(!m_store.remove(key)); // removing what is not there is fine
    }

    void otherServiceIsSeparate()
    {
        if (noKeyring())
            QSKIP("this run checks the no-keyring errors");
        QVERIFY(!m_store.write(QStringLiteral("shared"), QStringLiteral("mine")));
        QVERIFY(!secrets::SecretStore(QStringLiteral("dlstack-other")).read(QStringLiteral("shared")).ok());
        QVERIFY(!m_store.remove(QStringLiteral("shared")));
    }

    void noKeyringIsAClearError()
    {
        if (!noKeyring())
            QSKIP("needs DLSTACK_TEST_NO_KEYRING (the tst_secretstore_nokeyring test)");
        const auto got = m_store.read(QStringLiteral("anything"));
        QVERIFY(!got.ok());
        QVERIFY2(got.error().summary.contains(QStringLiteral("keyring")), qPrintable(got.error().summary));
        QVERIFY(!got.error().remedy.isEmpty());
        const auto written = m_store.write(QStringLiteral("anything"), QStringLiteral("value-not-shown"));
        QVERIFY(written.has_value());
        QVERIFY(!(written->summary + written->details + written->remedy).contains(QStringLiteral("value-not-shown")));
        QVERIFY(m_store.remove(QStringLiteral("anything")).has_value());
    }
};

QTEST_GUILESS_MAIN(TstSecretStore)
#include "tst_secretstore.moc"
