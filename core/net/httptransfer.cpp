// SPDX-License-Identifier: GPL-3.0-or-later
// http(s):// sources. Qt's redirect policies keep every header on every hop, so redirects
// are followed here: each hop is a new request that carries the Authorization stored for
// its own origin only (DownloadRequest::credentials), and https never leads to http.
#include "core/net/transfer.h"

#include "core/support/urlorigin.h"
#include "core/support/urlredaction.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

#include <cerrno>
#include <memory>

namespace dlstack::net {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Downloader)
};

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// One request and its answer. A redirect comes back as Outcome::Retry with `next` set.
struct Exchange
{
    Attempt attempt;
    QUrl next;
};

// Qt's error strings quote the URL; show it redacted. Qt's name of the error follows in
// parentheses ("Host example.org not found (HostNotFoundError)"): the message itself is in the
// user's language, the name is the same everywhere, and the log's diagnosis reads it.
QString redactedError(const QNetworkReply &reply)
{
    QString text = reply.errorString();
    const QString shown = support::redactedUrl(reply.url());
    for (const auto form : {QUrl::PrettyDecoded, QUrl::FullyEncoded})
        text.replace(reply.url().toString(form), shown);
    const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply.error());
    return support::redactUrls(text) + (name ? QStringLiteral(" (%1)").arg(QLatin1String(name)) : QString());
}

bool isProxyError(QNetworkReply::NetworkError error)
{
    return error >= QNetworkReply::ProxyConnectionRefusedError && error <= QNetworkReply::UnknownProxyError;
}

// `proxy`: the proxy this request goes through (redacted), empty: direct.
Exchange exchange(QNetworkAccessManager &manager, const QUrl &url, const QString &proxy, const DownloadRequest &request,
                  QFile &part, support::Sha256 &hash, const Downloader::Progress &progress,
                  const std::atomic_bool *cancel, const std::atomic_bool *pause)
{
    QNetworkRequest get(url);
    get.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    get.setRawHeader("Accept-Encoding", "identity");
    const QByteArray authorization = request.credentials.value(support::originOf(url));
    if (!authorization.isEmpty())
        get.setRawHeader("Authorization", authorization);
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
        if (isSet(cancel)) {
            reply->abort();
        } else if (isSet(pause)) {
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
        if (isSet(pause)) { // what is buffered is left unread; the continuation asks for it again
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
    if (isSet(cancel))
        return {{Outcome::Cancelled, QString()}, {}};
    if (writeFailed)
        return {{Outcome::GiveUp, qt_error_string(writeErrno), true}, {}};
    if (paused)
        return {{Outcome::Paused, QString()}, {}};
    if (stalled)
        return {{Outcome::Retry, Tr::tr("no data for %1 s").arg(request.stallTimeoutMs / 1000)}, {}};
    if (isRedirect(status)) {
        const QByteArray location = reply->rawHeader("Location");
        if (location.isEmpty())
            return {{Outcome::GiveUp, Tr::tr("HTTP %1 without a Location header").arg(status)}, {}};
        return {{Outcome::Retry, QString()}, url.resolved(QUrl::fromEncoded(location))};
    }
    if (status == 416 && offset > 0) { // already complete, or the file changed: start over next time
        part.resize(0);
        hash.reset();
        return {{Outcome::Retry, Tr::tr("HTTP 416 for a resumed download")}, {}};
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
        const QString answer =
            Tr::tr("HTTP %1 %2")
                .arg(status)
                .arg(support::redactUrls(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        // Through a proxy the answer may be the proxy's own refusal (403, 407): say which way it went.
        return {{Outcome::GiveUp, proxy.isEmpty() ? answer : Tr::tr("%1 through the proxy %2").arg(answer, proxy)}, {}};
    }
    if (reply->error() != QNetworkReply::NoError) {
        // Through a proxy every failure names it: the user then knows which setting to check.
        // A refused connection is the proxy's (every request goes to it first).
        const QString why = redactedError(*reply);
        QString text = why;
        if (!proxy.isEmpty() && reply->error() == QNetworkReply::ConnectionRefusedError)
            text = Tr::tr("the proxy %1 refused the connection: %2").arg(proxy, why);
        else if (!proxy.isEmpty() && isProxyError(reply->error()))
            text = Tr::tr("the proxy %1 did not let the request through: %2").arg(proxy, why);
        else if (!proxy.isEmpty())
            text = Tr::tr("%1 through the proxy %2").arg(why, proxy);
        return {{Outcome::Retry, text}, {}};
    }
    if (total >= 0 && part.size() < total)
        return {{Outcome::Retry, Tr::tr("connection closed after %1 of %2 bytes").arg(part.size()).arg(total)}, {}};
    return {{Outcome::Complete, QString()}, {}};
}

// Why a redirect from `from` to `to` is not followed; empty when it may be.
QString refusedRedirect(const QUrl &from, const QUrl &to)
{
    const QString scheme = to.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return Tr::tr("redirected to %1, which is not an http(s) URL").arg(support::redactedUrl(to));
    if (from.scheme().toLower() == u"https" && scheme == u"http")
        return Tr::tr("redirected from https to plain http (%1); not followed").arg(support::redactedUrl(to));
    return QString();
}

} // namespace

Attempt fetchHttp(const QUrl &url, const DownloadRequest &request, QFile &part, support::Sha256 &hash,
                  const Downloader::Progress &progress, const std::atomic_bool *cancel, const std::atomic_bool *pause)
{
    QNetworkAccessManager manager;
    ProxySettings proxies = request.environment ? *request.environment : ProxySettings::fromEnvironment();
    proxies.setPlanProxy(request.proxy);
    QUrl current = url;
    for (int hop = 0;; ++hop) {
        manager.setProxy(proxies.proxyFor(current)); // each hop: a redirect may lead into no_proxy
        const QString proxyUrl = proxies.proxyUrlFor(current);
        const QString shownProxy = proxyUrl.isEmpty() ? QString() : support::redactedUrl(QUrl(proxyUrl));
        Exchange result = exchange(manager, current, shownProxy, request, part, hash, progress, cancel, pause);
        if (result.next.isEmpty())
            return result.attempt;
        if (hop >= request.maxRedirects)
            return {Outcome::GiveUp, Tr::tr("more than %1 redirects").arg(request.maxRedirects)};
        QUrl next = result.next;
        if (const QString why = refusedRedirect(current, next); !why.isEmpty())
            return {Outcome::GiveUp, why};
        next.setUserInfo(QString()); // a Location's user-info is not a credential the plan gave
        const QString from = support::originOf(current);
        const QString to = support::originOf(next);
        if (from != to && request.credentials.contains(from) && request.notice)
            request.notice(request.credentials.contains(to)
                               ? Tr::tr("Redirected from %1 to %2; the credential for %1 is not sent there (the "
                                        "plan's credential for %2 is).")
                                     .arg(from, to)
                               : Tr::tr("Redirected from %1 to %2; the credential for %1 is not sent to another "
                                        "origin.")
                                     .arg(from, to));
        current = next;
    }
}

} // namespace dlstack::net
