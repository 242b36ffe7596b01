// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/bundlelist.h"

#include "core/support/urlredaction.h"

#include <QFileInfo>

namespace dlstack::plan {

namespace {

// `conda|mamba|micromamba create|install ...`: packages from conda channels.
bool isCondaInstall(const QStringList &argv)
{
    if (argv.size() < 2)
        return false;
    const QString tool = QFileInfo(argv.first()).fileName();
    return (tool == u"conda" || tool == u"mamba" || tool == u"micromamba") &&
           (argv.at(1) == u"create" || argv.at(1) == u"install");
}

// "python -m pip install SPEC... [options]": the package specs and the options that say
// where packages come from; empty specs when argv is not a pip install.
void splitPipInstall(const QStringList &argv, QStringList &specs, QStringList &sourceOptions)
{
    const qsizetype at = argv.indexOf(QStringLiteral("install"));
    if (at < 3 || argv.value(at - 1) != u"pip" || argv.value(at - 2) != u"-m")
        return;
    static const QStringList withValue{QStringLiteral("--index-url"), QStringLiteral("--extra-index-url"),
                                       QStringLiteral("--find-links"), QStringLiteral("-i"), QStringLiteral("-f")};
    for (qsizetype i = at + 1; i < argv.size(); ++i) {
        const QString &a = argv.at(i);
        if (withValue.contains(a) && i + 1 < argv.size()) {
            sourceOptions << a << argv.at(++i);
        } else if (a == u"--no-index" || a == u"--pre") {
            sourceOptions << a;
        } else if (a == u"-r" || a == u"-c" || a == u"--constraint" || a == u"--requirement") {
            specs << a << argv.value(++i);
        } else if (!a.startsWith(u'-')) {
            specs << a;
        }
    }
}

} // namespace

QList<BundleItem> bundleList(const Plan &plan)
{
    QList<BundleItem> out;
    for (const Stage &stage : plan.stages) {
        for (const Step &step : stage.steps) {
            BundleItem item;
            if (step.kind == Step::Kind::Download) {
                item.kind = BundleItem::Kind::Download;
                item.step = step;
            } else if (step.kind == Step::Kind::Git) {
                item.kind = BundleItem::Kind::GitCheckout;
                item.what = support::redactedUrl(step.url);
            } else if (step.kind == Step::Kind::Run && isCondaInstall(step.argv)) {
                item.kind = BundleItem::Kind::CondaPackages;
                item.what = support::redactUrls(step.argv.join(u' '));
            } else if (step.kind == Step::Kind::Run) {
                splitPipInstall(step.argv, item.specs, item.sourceOptions);
                if (item.specs.isEmpty())
                    continue;
                item.kind = BundleItem::Kind::PipPackages;
            } else {
                continue;
            }
            out << item;
        }
    }
    return out;
}

} // namespace dlstack::plan
