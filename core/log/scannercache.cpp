// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/scannercache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>

#include <hs/hs.h>

#include <cstdlib>

namespace dlstack::log::scannercache {

namespace {

constexpr char kMagic[] = "dlstack-scanner-1\n";
constexpr int kKeep = 16;

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/dlstack/scanner");
}

QString fileFor(const QByteArray &key)
{
    hs_platform_info_t platform{};
    hs_populate_platform(&platform);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(hs_version()));
    hash.addData(QByteArray::number(platform.tune) + ' ' + QByteArray::number(qulonglong(platform.cpu_features)) +
                 '\n');
    hash.addData(key);
    return folder() + u'/' + QString::fromLatin1(hash.result().toHex()) + QStringLiteral(".hsdb");
}

} // namespace

bool load(const QByteArray &key, hs_database **database, std::vector<char> &prefilter)
{
    QFile file(fileFor(key));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024)
        return false;
    const QByteArray content = file.readAll();
    const qsizetype header = qsizetype(sizeof(kMagic) - 1);
    if (content.size() < header + 32 + 4 || !content.startsWith(kMagic))
        return false;
    const QByteArrayView payload = QByteArrayView(content).sliced(header + 32);
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha256) != content.mid(header, 32))
        return false;
    const quint32 count = qFromLittleEndian<quint32>(payload.data());
    if (qsizetype(count) > payload.size() - 4)
        return false;
    prefilter.assign(payload.data() + 4, payload.data() + 4 + count);
    const QByteArrayView serialized = payload.sliced(4 + count);
    hs_database_t *loaded = nullptr;
    if (hs_deserialize_database(serialized.data(), std::size_t(serialized.size()), &loaded) != HS_SUCCESS)
        return false;
    *database = loaded;
    return true;
}

void store(const QByteArray &key, const hs_database *database, const std::vector<char> &prefilter)
{
    char *bytes = nullptr;
    std::size_t length = 0;
    if (hs_serialize_database(database, &bytes, &length) != HS_SUCCESS)
        return;
    QByteArray payload(4, '\0');
    qToLittleEndian<quint32>(quint32(prefilter.size()), payload.data());
    payload.append(prefilter.data(), qsizetype(prefilter.size()));
    payload.append(bytes, qsizetype(length));
    std::free(bytes); // hs_serialize_database allocates with the default allocator (malloc)
    if (!QDir().mkpath(folder()))
        return;
    QSaveFile file(fileFor(key));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(kMagic, qsizetype(sizeof(kMagic) - 1));
    file.write(QCryptographicHash::hash(payload, QCryptographicHash::Sha256));
    file.write(payload);
    if (!file.commit())
        return;
    // Keep the newest few: every distinct rule set (user rule folders) has a file of its own.
    const QFileInfoList files = QDir(folder()).entryInfoList({QStringLiteral("*.hsdb")}, QDir::Files, QDir::Time);
    for (qsizetype i = kKeep; i < files.size(); ++i)
        QFile::remove(files.at(i).filePath());
}

} // namespace dlstack::log::scannercache
