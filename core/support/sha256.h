// SPDX-License-Identifier: GPL-3.0-or-later
// Sha256: an incremental SHA-256 for checking downloads while they arrive. On x86-64 CPUs
// with the SHA extensions it hashes with those instructions (about 1.5 GB/s instead of the
// 140 MiB/s of Qt 6.4's QCryptographicHash, which made hashing the bottleneck of every
// download); elsewhere it hands the data to QCryptographicHash.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QIODevice>
#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>

namespace dlstack::support {

class Sha256
{
public:
    Sha256();

    void addData(QByteArrayView data);
    bool addData(QIODevice &device); // reads to the end; false on a read error
    void reset();
    QByteArray result() const; // 32 raw bytes; the object can keep receiving data

    static QByteArray hash(QByteArrayView data);
    static bool isHex(QStringView digest);
    static QString hexOfFile(const QString &path); // lower-case hex; empty when it cannot be read // 64 lower-case hex
                                                   // digits, as plans and the matrix write them
    static bool hardwareAccelerated();             // whether this CPU takes the SHA-extension path

private:
    bool m_accelerated;
    std::array<std::uint32_t, 8> m_state{};
    std::array<unsigned char, 64> m_pending{};
    int m_pendingSize = 0;
    std::uint64_t m_length = 0; // bytes hashed so far
    QCryptographicHash m_fallback;
};

} // namespace dlstack::support
