// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/networkneeds.h"

#include <QFileInfo>

namespace dlstack::plan {

namespace {

QUrl originOf(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https"))
        return {};
    QUrl origin;
    origin.setScheme(parsed.scheme());
    origin.setHost(parsed.host());
    origin.setPort(parsed.port());
    return origin;
}

void addHost(QList<QUrl> &hosts, const QUrl &origin)
{
    if (origin.isValid() && !origin.host().isEmpty() && !hosts.contains(origin))
        hosts.append(origin);
}

bool isPipInstall(const QStringList &argv)
{
    const qsizetype at = argv.indexOf(QStringLiteral("install"));
    return at >= 2 && argv.value(at - 1) == u"pip" && argv.value(at - 2) == u"-m";
}

bool isCondaInstall(const QStringList &argv)
{
    const QString tool = argv.isEmpty() ? QString() : QFileInfo(argv.first()).fileName();
    return (tool == u"conda" || tool == u"mamba" || tool == u"micromamba") && argv.size() > 1 &&
           (argv.at(1) == u"create" || argv.at(1) == u"install");
}

// The hosts a pip install asks: its index URLs and links, else PyPI; none with --no-index.
void pipHosts(const QStringList &argv, QList<QUrl> &hosts)
{
    if (argv.contains(QStringLiteral("--no-index")))
        return;
    bool named = false;
    for (qsizetype i = 0; i + 1 < argv.size(); ++i) {
        const QString &a = argv.at(i);
        if (a == u"--index-url" || a == u"-i" || a == u"--extra-index-url" || a == u"--find-links" || a == u"-f") {
            const QUrl origin = originOf(argv.at(i + 1));
            addHost(hosts, origin);
            named = named || ((a == u"--index-url" || a == u"-i") && origin.isValid());
        }
    }
    if (!named)
        addHost(hosts, QUrl(QStringLiteral("https://pypi.org")));
}

// conda's channels: conda-forge and the defaults are served from conda.anaconda.org and
// repo.anaconda.com; a channel given as a URL is that URL's host.
void condaHosts(const QStringList &argv, QList<QUrl> &hosts)
{
    bool any = false;
    for (qsizetype i = 0; i + 1 < argv.size(); ++i) {
        if (argv.at(i) != u"-c" && argv.at(i) != u"--channel")
            continue;
        const QUrl origin = originOf(argv.at(i + 1));
        addHost(hosts, origin.isValid() ? origin : QUrl(QStringLiteral("https://conda.anaconda.org")));
        any = true;
    }
    if (!any)
        addHost(hosts, QUrl(QStringLiteral("https://conda.anaconda.org")));
}

bool fromIndex(const QStringList &argv, const QString &part)
{
    for (const QString &a : argv)
        if (a.startsWith(u"http") && a.contains(part))
            return true;
    return false;
}

// About how many MiB a step fetches (docs/recipes.md, "Estimates").
qint64 stepMib(const Stage &stage, const Step &step)
{
    switch (step.kind) {
    case Step::Kind::Download:
        if (stage.id == u"toolkit")
            return 4400; // cuda_12.x runfile, 4.2-4.4 GB
        if (stage.id == u"cudnn")
            return 850; // cudnn-linux-x86_64-*_cuda12-archive.tar.xz
        if (stage.id == u"environment")
            return 90; // Miniforge3 installer, 93,870,801 bytes (resources/matrix/tools.json)
        return 100;
    case Step::Kind::Git:
        if (stage.id == u"pytorch-source")
            return 1500; // pytorch with its submodules
        if (stage.id == u"opencv")
            return 500; // opencv and opencv_contrib
        return 50;
    case Step::Kind::Run:
        if (isPipInstall(step.argv)) {
            if (step.argv.contains(QStringLiteral("--no-index")))
                return 0;
            if (stage.id == u"pytorch") {
                if (fromIndex(step.argv, QStringLiteral("/whl/cu")))
                    return 2800; // torch+cuXXX (~800 MB) with the nvidia-*-cu12 wheels (~2 GB)
                if (fromIndex(step.argv, QStringLiteral("/whl/rocm")))
                    return 2600; // torch+rocm (~2.5 GB)
                return 200;      // torch+cpu
            }
            if (stage.id == u"opencv")
                return 60;
            if (stage.id == u"environment")
                return 5; // pip itself (about 2 MB), setuptools, wheel
            return 100;   // build requirements, companions
        }
        if (isCondaInstall(step.argv))
            return stage.id == u"toolkit" ? 2500 : 150; // CUDA toolkit packages, or a Python
        return 0;
    case Step::Kind::Extract:
    case Step::Kind::WriteFile:
        return 0;
    }
    return 0;
}

} // namespace

qint64 NetworkNeeds::totalMib() const
{
    qint64 sum = 0;
    for (const StageNeeds &s : stages)
        sum += s.downloadMib;
    return sum;
}

QList<QUrl> NetworkNeeds::hosts() const
{
    QList<QUrl> all;
    for (const StageNeeds &s : stages)
        for (const QUrl &host : s.hosts)
            addHost(all, host);
    return all;
}

NetworkNeeds networkNeeds(const Plan &plan)
{
    NetworkNeeds needs;
    for (const Stage &stage : plan.stages) {
        StageNeeds s;
        s.stage = stage.id;
        s.title = stage.title;
        for (const Step &step : stage.steps) {
            QList<QUrl> hosts;
            if (step.kind == Step::Kind::Download) {
                const QString name = step.mirrorFileName();
                if (!plan.mirrorDir.isEmpty() && !name.isEmpty() && QFileInfo::exists(plan.mirrorDir + u'/' + name))
                    continue;
                addHost(hosts, originOf(step.url));
                for (const Mirror &m : step.mirrors)
                    addHost(hosts, originOf(m.url));
                if (hosts.isEmpty())
                    continue; // file:// only
            } else if (step.kind == Step::Kind::Git) {
                addHost(hosts, originOf(step.url));
            } else if (step.kind == Step::Kind::Run && isPipInstall(step.argv)) {
                pipHosts(step.argv, hosts);
            } else if (step.kind == Step::Kind::Run && isCondaInstall(step.argv)) {
                condaHosts(step.argv, hosts);
            }
            if (hosts.isEmpty())
                continue;
            s.downloadMib += stepMib(stage, step);
            for (const QUrl &host : hosts)
                addHost(s.hosts, host);
        }
        needs.stages.append(s);
    }
    return needs;
}

} // namespace dlstack::plan
