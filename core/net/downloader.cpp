// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/downloader.h"

#include "core/net/transfer.h"
#include "core/support/urlorigin.h"
#include "core/support/urlredaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QThread>

namespace dlstack::net {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Downloader)
};

// Hashes what is already in the part file so a resumed download still checks every byte.
bool hashExisting(QFile &file, support::Sha256 &hash)
{
    return file.seek(0) && hash.addData(file);
}

// A URL's user-info turned into a Basic credential for its own origin (a credential the
// request names for that origin wins); the URLs come back without user-info.
QList<QUrl> withoutUserInfo(const QList<QUrl> &sources, QMap<QString, QByteArray> &credentials)
{
    QList<QUrl> out;
    for (QUrl url : sources) {
        if (!url.userInfo().isEmpty() && !url.isLocalFile()) {
            const QByteArray pair =
                url.userName(QUrl::FullyDecoded).toUtf8() + ':' + url.password(QUrl::FullyDecoded).toUtf8();
            if (!credentials.contains(support::originOf(url)))
                credentials.insert(support::originOf(url), "Basic " + pair.toBase64());
        }
        url.setUserInfo(QString());
        out.append(url);
    }
    return out;
}

std::optional<support::Error> insecureCredential(const QMap<QString, QByteArray> &credentials)
{
    for (auto it = credentials.cbegin(); it != credentials.cend(); ++it)
        if (it.key().startsWith(u"http://") && !it.value().isEmpty())
            return support::Error{
                Tr::tr("Refusing to send a credential over plain http to %1.").arg(it.key()),
                Tr::tr("Anyone on the network path can read an http:// request, and the token or password with it. "
                       "Nothing was downloaded."),
                Tr::tr("Use an https:// URL. If this server has no https, set \"allow_insecure_auth\": true on the "
                       "download step and run `dlstack install --allow-insecure-auth`.")};
    return std::nullopt;
}

} // namespace

support::Result<QString> Downloader::fetch(const DownloadRequest &request, const Progress &progress,
                                           const std::atomic_bool *cancel, const std::atomic_bool *pause) const
{
    DownloadRequest bound = request;
    bound.sources = withoutUserInfo(request.sources, bound.credentials);
    if (!bound.allowInsecureAuth)
        if (auto error = insecureCredential(bound.credentials))
            return *error;
    QStringList tried;
    for (const QUrl &url : bound.sources) {
        const QString shown = support::redactedUrl(url);
        int delay = bound.backoffMs;
        for (int attempt = 1; attempt <= bound.attempts; ++attempt) {
            QFile part(bound.partPath);
            if (!part.open(QIODevice::ReadWrite))
                return support::Error{Tr::tr("Could not write the download %1.").arg(bound.partPath),
                                      part.errorString(), Tr::tr("Check that the prefix is writable.")};
            support::Sha256 hash;
            if (!hashExisting(part, hash))
                part.resize(0);
            Attempt result;
            do { // a pause is not a failed attempt: wait, then go on with the same part file and hash
                result = url.isLocalFile() ? readLocalFile(url, part, hash, progress, cancel, pause)
                                           : fetchHttp(url, bound, part, hash, progress, cancel, pause);
                while (result.outcome == Outcome::Paused && isSet(pause) && !isSet(cancel))
                    QThread::msleep(50);
            } while (result.outcome == Outcome::Paused && !isSet(cancel));
            if (result.outcome == Outcome::Cancelled || isSet(cancel))
                return support::Error{Tr::tr("The download of %1 was cancelled.").arg(shown), QString(), QString()};
            if (result.outcome == Outcome::Complete) {
                const QString got = QString::fromLatin1(hash.result().toHex());
                if (bound.sha256.isEmpty() || got == bound.sha256)
                    return got;
                part.close();
                QFile::remove(bound.partPath);
                tried << Tr::tr("%1: checksum mismatch (expected %2, got %3)").arg(shown, bound.sha256, got);
                break;
            }
            if (result.localWrite)
                return support::Error{Tr::tr("Could not write the download %1.").arg(bound.partPath), result.why,
                                      Tr::tr("Free some disk space (or check the prefix's permissions) and run the "
                                             "install again; the download continues where it stopped.")};
            tried << QStringLiteral("%1: %2").arg(shown, result.why);
            // Each failed attempt goes to the log as it happens: a stalled or unreachable
            // source shows while it is retried, and the log holds the reason for the diagnosis.
            if (bound.notice && !result.why.isEmpty())
                bound.notice(result.outcome == Outcome::GiveUp || attempt == bound.attempts
                                 ? Tr::tr("%1: %2").arg(shown, result.why)
                                 : Tr::tr("%1: %2; trying again in %3 s (attempt %4 of %5)")
                                       .arg(shown, result.why, QLocale().toString(delay / 1000.0, 'g', 2))
                                       .arg(attempt + 1)
                                       .arg(bound.attempts));
            if (result.outcome == Outcome::GiveUp)
                break;
            if (attempt < bound.attempts) {
                for (int waited = 0; waited < delay && !isSet(cancel); waited += 50)
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
