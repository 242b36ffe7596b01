// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/bundler.h"

#include "core/engine/planproxy.h"
#include "core/net/downloader.h"
#include "core/net/proxyvariables.h"
#include "core/secrets/redactor.h"
#include "core/support/sha256.h"
#include "core/support/urlredaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QUrl>

namespace dlstack::engine {

// Messages use QCoreApplication::translate with the context spelled out: lupdate files a
// Tr helper's tr() inside member functions of a class without Q_OBJECT under "Tr".

support::Result<BundleReport> Bundler::bundle(const plan::Plan &plan, const BundleOptions &options,
                                              const Say &say) const
{
    const QString dir = QDir(options.dir).absolutePath();
    if (!QDir().mkpath(dir) || !QFileInfo(dir).isWritable())
        return support::Error{
            QCoreApplication::translate("Bundler", "The folder %1 cannot be written.").arg(dir),
            {},
            QCoreApplication::translate("Bundler",
                                        "Choose a folder you can write to, or make this one writable for your user.")};
    // The proxy with its password (from DLSTACK_PROXY_PASSWORD; a bundle asks no keyring), for
    // the downloads and for pip.
    secrets::Redactor redactor;
    const QProcessEnvironment inherited = QProcessEnvironment::systemEnvironment();
    const auto proxy = planProxyUrl(plan, nullptr, inherited, &redactor);
    if (!proxy.ok())
        return proxy.error();
    BundleReport report;
    for (const plan::BundleItem &item : plan::bundleList(plan)) {
        if (!item.bundled()) {
            report.notBundled << item;
            continue;
        }
        if (item.kind == plan::BundleItem::Kind::Download) {
            const plan::Step &step = item.step;
            const QString target = QDir(dir).filePath(step.mirrorFileName());
            if (QFileInfo::exists(target) &&
                (step.sha256.isEmpty() || support::Sha256::hexOfFile(target) == step.sha256)) {
                ++report.kept;
                continue;
            }
            say(QCoreApplication::translate("Bundler", "download %1").arg(support::redactedUrl(step.url)));
            net::DownloadRequest request;
            request.sources << QUrl(step.url);
            for (const plan::Mirror &mirror : step.mirrors)
                request.sources << QUrl(mirror.url);
            request.partPath = target + QStringLiteral(".part");
            request.sha256 = step.sha256;
            request.proxy = proxy.value();
            const auto got = net::Downloader().fetch(request, {}, nullptr);
            if (!got.ok()) {
                report.failures << got.error();
                continue;
            }
            QFile::remove(target);
            if (!QFile::rename(request.partPath, target)) {
                report.failures << support::Error{
                    QCoreApplication::translate("Bundler", "Could not move the download to %1.").arg(target), {}, {}};
                continue;
            }
            ++report.fetched;
            continue;
        }
        QStringList pipArgs{QStringLiteral("-m"), QStringLiteral("pip"), QStringLiteral("download"),
                            QStringLiteral("--dest"), dir};
        if (!options.python.isEmpty())
            pipArgs << QStringLiteral("--python-version") << options.python;
        if (!options.platform.isEmpty())
            pipArgs << QStringLiteral("--platform") << options.platform;
        if (!options.python.isEmpty() || !options.platform.isEmpty())
            pipArgs << QStringLiteral("--only-binary=:all:");
        pipArgs << item.specs << item.sourceOptions;
        say(QCoreApplication::translate("Bundler", "pip download %1").arg(item.specs.join(u' ')));
        const support::Command command{QStringLiteral("python3"), pipArgs,
                                       net::proxyVariables(proxy.value(), inherited), QString(), std::chrono::hours(6)};
        const support::CommandResult result = m_runner.run(command);
        for (const QString &line : QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts))
            say(redactor.apply(line));
        if (!result.succeeded()) {
            report.failures << support::Error{
                QCoreApplication::translate("Bundler", "pip download failed for %1.").arg(item.specs.join(u' ')),
                redactor.apply(QString::fromUtf8(result.err).trimmed()),
                QCoreApplication::translate("Bundler",
                                            "Check the network and the package index, then run the bundle again.")};
            continue;
        }
        ++report.fetched;
    }
    return report;
}

} // namespace dlstack::engine
