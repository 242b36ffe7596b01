// SPDX-License-Identifier: GPL-3.0-or-later
// Sha256 against the FIPS 180-4 example digests and against QCryptographicHash for every
// length around the block and padding boundaries, fed whole and in uneven pieces, so the
// SHA-extension path (taken on CPUs that have it) and the fallback give the same digests.
#include "core/support/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using dlstack::support::Sha256;

class TestSha256 : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qInfo("SHA extensions used: %s", Sha256::hardwareAccelerated() ? "yes" : "no (QCryptographicHash)");
    }

    void knownDigests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("million a") << QByteArray(1000000, 'a')
                                   << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void knownDigests()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        QCOMPARE(Sha256::hash(input).toHex(), hex);
    }

    void matchesQtForEveryLength()
    {
        QByteArray data(70000, Qt::Uninitialized);
        QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        for (int length = 0; length <= 300; ++length) {
            const QByteArrayView piece(data.constData(), length);
            QCOMPARE(Sha256::hash(piece), QCryptographicHash::hash(piece, QCryptographicHash::Sha256));
        }
        QCOMPARE(Sha256::hash(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    }

    void unevenPiecesAndReset()
    {
        QByteArray data(1 << 20, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        Sha256 h;
        h.addData(QByteArrayView("garbage before reset"));
        h.reset();
        QRandomGenerator sizes(3);
        qsizetype at = 0;
        while (at < data.size()) {
            const qsizetype n = qMin<qsizetype>(data.size() - at, sizes.bounded(1, 200));
            h.addData(QByteArrayView(data.constData() + at, n));
            at += n;
        }
        QCOMPARE(h.result(), expected);
        QCOMPARE(h.result(), expected); // result() does not disturb the running state
        h.addData(QByteArrayView("more"));
        QCOMPARE(h.result(), QCryptographicHash::hash(data + "more", QCryptographicHash::Sha256));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
