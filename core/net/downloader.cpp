// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/downloader.h"

#include "core/support/sha256.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <memory>

namespace dlstack::net {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Downloader)
};

enum class Outcome { Complete, Retry, GiveUp, Cancelled, Paused };

struct Attempt
{
    Outcome outcome = Outcome::Retry;
    QString why;
    bool localWrite = false; // the part file could not be written (a full disk): no other source helps
};

Attempt writeFailure()
{
    return {Outcome::GiveUp, qt_error_string(errno), true};
}

// Hashes what is already in the part file so a resumed download still checks every byte.
bool hashExisting(QFile &file, support::Sha256 &hash)
{
    return file.seek(0) && hash.addData(file);
}

bool set(const std::atomic_bool *flag)
{
    return flag && flag->load();
}

Attempt fromFile(const QUrl &url, QFile &part, support::Sha256 &hash, const Downloader::Progress &progress,
                 const std::atomic_bool *cancel, const std::atomic_bool *pause)
{
    QFile source(url.toLocalFile());
    if (!source.open(QIODevice::ReadOnly))
        return {Outcome::GiveUp, source.errorString()};
    const qint64 total = source.size();
    if (part.size() > total || !source.seek(part.size())) {
        part.resize(0);
        hash.reset();
        source.seek(0);
    }
    part.seek(part.size());
    QByteArray buffer;
    for (;;) {
        while (set(pause) && !set(cancel))
            QThread::msleep(50);
        if (set(cancel))
            return {Outcome::Cancelled, QString()};
        buffer = source.read(1 << 20);
        if (buffer.isEmpty())
            break;
        if (part.write(buffer) != buffer.size() || !part.flush())
            return writeFailure();
        hash.addData(buffer);
        if (progress)
            progress(part.pos(), total);
    }
    return {Outcome::Complete, QString()};
}

Attempt fromNetwork(const QUrl &url, const DownloadRequest &request, QFile &part, support::Sha256 &hash,
                    const Downloader::Progress &progress, const std::atomic_bool *cancel, const std::atomic_bool *pause)
{
    QNetworkAccessManager manager;
    if (!request.proxy.isEmpty()) {
        const QUrl proxy(request.proxy);
        manager.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host(), quint16(proxy.port(3128))));
    }
    QNetworkRequest get(url);
    get.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    get.setRawHeader("Accept-Encoding", "identity");
    if (!request.authorization.isEmpty())
        get.setRawHeader("Authorization", request.authorization);
    const qint64 offset = part.size();
    if (offset > 0)
        get.setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-');
    std::unique_ptr<QNetworkReply> reply(manager.get(get));
    reply->setReadBufferSize(8 << 20);

    QEventLoop loop;
    QTimer stall;
    stall.setSingleShot(true);
    stall.setInterval(request.stallTimeoutMs);
    QTimer cancelPoll;
    cancelPoll.setInterval(100);
    bool stalled = false;
    bool paused = false;
    bool started = false;
    bool writeFailed = false;
    int writeErrno = 0;
    qint64 total = -1;
    QObject::connect(&stall, &QTimer::timeout, &loop, [&] {
        stalled = true;
        reply->abort();
    });
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (set(cancel)) {
            reply->abort();
        } else if (set(pause)) {
            paused = true;
            reply->abort();
        }
    });
    auto drain = [&] {
        if (!started) {
            started = true;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200 && offset > 0) { // the server ignored Range: start over
                part.resize(0);
                hash.reset();
            }
            const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (length > 0)
                total = part.size() + length;
            part.seek(part.size());
        }
        const QByteArray chunk = reply->readAll();
        if (chunk.isEmpty())
            return;
        if (part.write(chunk) != chunk.size() || !part.flush()) {
            writeFailed = true;
            writeErrno = errno;
            reply->abort();
            return;
        }
        hash.addData(chunk);
        stall.start();
        if (progress)
            progress(part.pos(), total);
    };
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        if (set(pause)) { // what is buffered is left unread; the continuation asks for it again
            paused = true;
            reply->abort();
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 || status == 206)
            drain();
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    stall.start();
    cancelPoll.start();
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!paused && reply->error() == QNetworkReply::NoError && (status == 200 || status == 206))
        drain();
    if (!writeFailed && !part.flush()) {
        writeFailed = true;
        writeErrno = errno;
    }
    if (set(cancel))
        return {Outcome::Cancelled, QString()};
    if (writeFailed)
        return {Outcome::GiveUp, qt_error_string(writeErrno), true};
    if (paused)
        return {Outcome::Paused, QString()};
    if (stalled)
        return {Outcome::Retry, Tr::tr("no data for %1 s").arg(request.stallTimeoutMs / 1000)};
    if (status == 416 && offset > 0) { // already complete, or the file changed: start over next time
        part.resize(0);
        hash.reset();
        return {Outcome::Retry, Tr::tr("HTTP 416 for a resumed download")};
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429)
        return {Outcome::GiveUp, Tr::tr("HTTP %1 %2").arg(status).arg(
                                     reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())};
    if (reply->error() != QNetworkReply::NoError)
        return {Outcome::Retry, reply->errorString()};
    if (total >= 0 && part.size() < total)
        return {Outcome::Retry, Tr::tr("connection closed after %1 of %2 bytes").arg(part.size()).arg(total)};
    return {Outcome::Complete, QString()};
}

} // namespace

support::Result<QString> Downloader::fetch(const DownloadRequest &request, const Progress &progress,
                                           const std::atomic_bool *cancel, const std::atomic_bool *pause) const
{
    QStringList tried;
    for (const QUrl &url : request.sources) {
        const QString shown = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        int delay = request.backoffMs;
        for (int attempt = 1; attempt <= request.attempts; ++attempt) {
            QFile part(request.partPath);
            if (!part.open(QIODevice::ReadWrite))
                return support::Error{Tr::tr("Could not write the download %1.").arg(request.partPath),
                                      part.errorString(), Tr::tr("Check that the prefix is writable.")};
            support::Sha256 hash;
            if (!hashExisting(part, hash))
                part.resize(0);
            Attempt result;
            do { // a pause is not a failed attempt: wait, then go on with the same part file and hash
                result = url.isLocalFile() ? fromFile(url, part, hash, progress, cancel, pause)
                                           : fromNetwork(url, request, part, hash, progress, cancel, pause);
                while (result.outcome == Outcome::Paused && set(pause) && !set(cancel))
                    QThread::msleep(50);
            } while (result.outcome == Outcome::Paused && !set(cancel));
            if (result.outcome == Outcome::Cancelled || set(cancel))
                return support::Error{Tr::tr("The download of %1 was cancelled.").arg(shown), QString(), QString()};
            if (result.outcome == Outcome::Complete) {
                const QString got = QString::fromLatin1(hash.result().toHex());
                if (request.sha256.isEmpty() || got == request.sha256)
                    return got;
                part.close();
                QFile::remove(request.partPath);
                tried << Tr::tr("%1: checksum mismatch (expected %2, got %3)").arg(shown, request.sha256, got);
                break;
            }
            if (result.localWrite)
                return support::Error{Tr::tr("Could not write the download %1.").arg(request.partPath), result.why,
                                      Tr::tr("Free some disk space (or check the prefix's permissions) and run the "
                                             "install again; the download continues where it stopped.")};
            tried << QStringLiteral("%1: %2").arg(shown, result.why);
            if (result.outcome == Outcome::GiveUp)
                break;
            if (attempt < request.attempts) {
                for (int waited = 0; waited < delay && !set(cancel); waited += 50)
                    QThread::msleep(50);
                delay *= 2;
            }
        }
    }
    const bool checksum = !tried.isEmpty() && tried.last().contains(QStringLiteral("checksum"));
    return support::Error{checksum ? Tr::tr("The downloaded file does not match its sha256 checksum.")
                                   : Tr::tr("The download failed from every source."),
                          tried.join(u'\n'),
                          checksum ? Tr::tr("The file was deleted. Check the plan's sha256 or the mirror.")
                                   : Tr::tr("Check the network or proxy, or put the file into the mirror directory.")};
}

} // namespace dlstack::net
