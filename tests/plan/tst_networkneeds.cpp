// SPDX-License-Identifier: GPL-3.0-or-later
// networkNeeds(): the hosts and the about-size of what each stage fetches: a CUDA wheel
// install from download.pytorch.org, a runfile, a git clone, conda channels, PyPI when pip
// names no index; nothing for a pip install from the offline folder, a download the mirror
// directory already holds, file:// sources and steps that fetch nothing.
#include "core/plan/networkneeds.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

namespace {

plan::Step run(const QStringList &argv)
{
    plan::Step s;
    s.argv = argv;
    return s;
}

plan::Step download(const QString &url)
{
    plan::Step s;
    s.kind = plan::Step::Kind::Download;
    s.url = url;
    s.to = QStringLiteral("/opt/dl/downloads/") + QUrl(url).fileName();
    return s;
}

plan::Stage stage(const char *id, const QList<plan::Step> &steps)
{
    return plan::Stage{QString::fromLatin1(id), QString::fromLatin1(id), steps};
}

const QStringList kPip{QStringLiteral("/opt/dl/venv/bin/python"), QStringLiteral("-m"), QStringLiteral("pip"),
                       QStringLiteral("install")};

} // namespace

class TestNetworkNeeds : public QObject
{
    Q_OBJECT
private slots:
    void stagesOfACudaPlan()
    {
        plan::Plan p;
        p.prefix = QStringLiteral("/opt/dl");
        p.stages << stage("environment", {run({QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("venv"),
                                               QStringLiteral("/opt/dl/venv")})})
                 << stage("toolkit",
                          {download(QStringLiteral("https://developer.download.nvidia.com/compute/cuda/"
                                                   "12.4.1/local_installers/cuda_12.4.1_550.54.15_linux.run"))})
                 << stage("pytorch",
                          {run(kPip + QStringList{QStringLiteral("torch==2.4.1"), QStringLiteral("--index-url"),
                                                  QStringLiteral("https://download.pytorch.org/whl/cu124")})})
                 << stage("companions", {run(kPip + QStringList{QStringLiteral("ninja")})})
                 << stage("apex", {[] {
                              plan::Step git;
                              git.kind = plan::Step::Kind::Git;
                              git.url = QStringLiteral("https://github.com/NVIDIA/apex");
                              return git;
                          }()})
                 << stage("verify", {run({QStringLiteral("/opt/dl/venv/bin/python"), QStringLiteral("-c"),
                                          QStringLiteral("import torch")})});
        const plan::NetworkNeeds needs = plan::networkNeeds(p);
        QCOMPARE(needs.stages.size(), 6);
        QCOMPARE(needs.stages.at(0).downloadMib, 0);
        QVERIFY(needs.stages.at(0).hosts.isEmpty());
        QCOMPARE(needs.stages.at(1).hosts, QList<QUrl>{QUrl(QStringLiteral("https://developer.download.nvidia.com"))});
        QVERIFY(needs.stages.at(1).downloadMib > 4000);
        QCOMPARE(needs.stages.at(2).hosts, QList<QUrl>{QUrl(QStringLiteral("https://download.pytorch.org"))});
        QVERIFY(needs.stages.at(2).downloadMib > 2000); // CUDA wheels: torch and the nvidia-* wheels
        QCOMPARE(needs.stages.at(3).hosts, QList<QUrl>{QUrl(QStringLiteral("https://pypi.org"))});
        QCOMPARE(needs.stages.at(4).hosts, QList<QUrl>{QUrl(QStringLiteral("https://github.com"))});
        QCOMPARE(needs.stages.at(5).downloadMib, 0);
        QCOMPARE(needs.hosts().size(), 4);
        QVERIFY(needs.needsInternet());
        qint64 sum = 0;
        for (const plan::StageNeeds &s : needs.stages)
            sum += s.downloadMib;
        QCOMPARE(needs.totalMib(), sum);
    }

    void cpuWheelsAreSmall()
    {
        plan::Plan p;
        p.stages << stage("pytorch",
                          {run(kPip + QStringList{QStringLiteral("torch==2.4.1"), QStringLiteral("--index-url"),
                                                  QStringLiteral("https://download.pytorch.org/whl/cpu")})});
        QVERIFY(plan::networkNeeds(p).totalMib() < 500);
    }

    void offlineFolderFetchesNothing()
    {
        QTemporaryDir mirror;
        QFile runfile(mirror.filePath(QStringLiteral("cuda_12.4.1_550.54.15_linux.run")));
        QVERIFY(runfile.open(QIODevice::WriteOnly));
        runfile.close();
        plan::Plan p;
        p.mirrorDir = mirror.path();
        p.stages << stage("toolkit",
                          {download(QStringLiteral("https://developer.download.nvidia.com/compute/cuda/"
                                                   "12.4.1/local_installers/cuda_12.4.1_550.54.15_linux.run"))})
                 << stage("cudnn", {download(QStringLiteral("file:///srv/cudnn.tar.xz"))})
                 << stage("pytorch",
                          {run(kPip + QStringList{QStringLiteral("torch==2.4.1"), QStringLiteral("--no-index"),
                                                  QStringLiteral("--find-links"), mirror.path()})});
        const plan::NetworkNeeds needs = plan::networkNeeds(p);
        QCOMPARE(needs.totalMib(), 0);
        QVERIFY(!needs.needsInternet());
        // Without the file in the folder, the runfile comes from NVIDIA again.
        QVERIFY(runfile.remove());
        QVERIFY(plan::networkNeeds(p).needsInternet());
    }

    void condaChannels()
    {
        plan::Plan p;
        p.stages << stage("toolkit",
                          {run({QStringLiteral("/opt/mf/bin/mamba"), QStringLiteral("install"), QStringLiteral("-y"),
                                QStringLiteral("-c"), QStringLiteral("nvidia"), QStringLiteral("cuda-toolkit=12.4")})});
        const plan::NetworkNeeds needs = plan::networkNeeds(p);
        QCOMPARE(needs.hosts(), QList<QUrl>{QUrl(QStringLiteral("https://conda.anaconda.org"))});
        QVERIFY(needs.totalMib() > 1000);
    }
};

QTEST_GUILESS_MAIN(TestNetworkNeeds)
#include "tst_networkneeds.moc"
