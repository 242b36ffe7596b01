// SPDX-License-Identifier: GPL-3.0-or-later
// HostProbe and PackageProbe over fake filesystem trees: OS, WSL, cores, memory and
// every install hazard (nouveau, Secure Boot, missing headers, CUDA twice on PATH,
// runfile beside apt packages).
#include "core/probe/hostparsers.h"
#include "core/probe/probes.h"
#include "core/probe/replayrunner.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack::probe;

namespace {

bool hasHazard(const SystemProfile &p, const QString &id)
{
    for (const Hazard &h : p.host.hazards) {
        if (h.id == id)
            return true;
    }
    return false;
}

} // namespace

class TestHostProbe : public QObject
{
    Q_OBJECT
private slots:
    void ubuntuDesktopWithHazards()
    {
        QTemporaryDir dir;
        dlstack::test::writeTree(
            dir.path(),
            {
                {QStringLiteral("etc/os-release"),
                 "NAME=\"Ubuntu\"\nVERSION_ID=\"22.04\"\nID=ubuntu\nPRETTY_NAME=\"Ubuntu 22.04.4 LTS\"\n"},
                {QStringLiteral("proc/sys/kernel/osrelease"), "6.5.0-35-generic\n"},
                {QStringLiteral("proc/version"), "Linux version 6.5.0-35-generic (buildd@lcy02-amd64-079)\n"},
                {QStringLiteral("proc/cpuinfo"),
                 "processor\t: 0\nmodel name\t: x\n\nprocessor\t: 1\n\nprocessor\t: 2\n\nprocessor\t: 3\n"},
                {QStringLiteral("proc/meminfo"), "MemTotal:       32658316 kB\nMemFree:  1 kB\n"},
                {QStringLiteral("proc/modules"), "nouveau 2699264 3 - Live 0x0000000000000000\nsnd 1 0 - Live 0x0\n"},
                {QStringLiteral("sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-e98c0efe4a30"),
                 QByteArray("\x06\x00\x00\x00\x01", 5)},
                {QStringLiteral("usr/local/cuda-11.8/bin/"), {}},
                {QStringLiteral("usr/local/cuda-12.1/bin/"), {}},
            });
        ReplayRunner runner;
        ProbeContext context(dir.path(),
                             {{QStringLiteral("PATH"), QStringLiteral("/usr/local/cuda-11.8/bin:/usr/bin")},
                              {QStringLiteral("LD_LIBRARY_PATH"), QStringLiteral("/usr/local/cuda-12.1/lib64")}},
                             &runner);
        const SystemProfile p = makeHostProbe()->run(context);
        QCOMPARE(p.host.osId, QStringLiteral("ubuntu"));
        QCOMPARE(p.host.osVersion, QStringLiteral("22.04"));
        QCOMPARE(p.host.kernel, QStringLiteral("6.5.0-35-generic"));
        QCOMPARE(p.host.cpuCores, 4);
        QCOMPARE(p.host.memoryMib, 31892);
        QVERIFY(!p.host.wsl);
        QCOMPARE(p.host.secureBoot, QStringLiteral("enabled"));
        QVERIFY(hasHazard(p, QStringLiteral("nouveau_loaded")));
        QVERIFY(hasHazard(p, QStringLiteral("secure_boot_enabled")));
        QVERIFY(hasHazard(p, QStringLiteral("kernel_headers_missing")));
        QVERIFY(hasHazard(p, QStringLiteral("multiple_cuda_on_path")));
    }

    void wslWithoutEfi()
    {
        QTemporaryDir dir;
        dlstack::test::writeTree(
            dir.path(), {
                            {QStringLiteral("etc/os-release"), "ID=ubuntu\nVERSION_ID=\"24.04\"\n"},
                            {QStringLiteral("proc/sys/kernel/osrelease"), "5.15.153.1-microsoft-standard-WSL2\n"},
                            {QStringLiteral("lib/modules/5.15.153.1-microsoft-standard-WSL2/build/"), {}},
                        });
        ReplayRunner runner;
        ProbeContext context(dir.path(), {}, &runner);
        const SystemProfile p = makeHostProbe()->run(context);
        QVERIFY(p.host.wsl);
        QCOMPARE(p.host.secureBoot, QStringLiteral("unsupported"));
        QVERIFY(p.host.kernelHeaders);
        QVERIFY(p.host.hazards.isEmpty());
        // unreadable /proc files are problems, not crashes
        QVERIFY(!p.problems.isEmpty());
    }

    // This machine's own /proc: /proc/sys files refuse a single 4 MiB read, so the kernel
    // release must come from reading in pieces.
    void kernelOfThisMachine()
    {
        QFile release(QStringLiteral("/proc/sys/kernel/osrelease"));
        if (!release.open(QIODevice::ReadOnly))
            QSKIP("no /proc/sys/kernel/osrelease here");
        const QString expected = QString::fromUtf8(release.readAll()).trimmed();
        ReplayRunner runner;
        const SystemProfile p = makeHostProbe()->run(ProbeContext(QStringLiteral("/"), {}, &runner));
        QCOMPARE(p.host.kernel, expected);
        QVERIFY(!p.host.arch.isEmpty());
    }

    void emptyRootIsNotACrash()
    {
        QTemporaryDir dir;
        ReplayRunner runner;
        const SystemProfile p = makeHostProbe()->run(ProbeContext(dir.path(), {}, &runner));
        QVERIFY(p.host.osId.isEmpty());
        QVERIFY(p.problems.size() >= 2);
    }

    void mixedRunfileAndApt()
    {
        QTemporaryDir dir;
        dlstack::test::writeTree(dir.path(),
                                 {
                                     {QStringLiteral("var/lib/dpkg/status"),
                                      "Package: nvidia-driver-535\nStatus: install ok installed\n\nPackage: "
                                      "cuda-toolkit-12-1\nStatus: install ok installed\n\n"
                                      "Package: cuda-toolkit-11-8\nStatus: deinstall ok config-files\n\n"},
                                     {QStringLiteral("usr/bin/nvidia-uninstall"), "#!/bin/sh\n"},
                                     {QStringLiteral("usr/local/cuda-12.1/bin/cuda-uninstaller"), "x"},
                                     {QStringLiteral("usr/local/cuda-11.8/bin/cuda-uninstaller"), "x"},
                                 });
        ReplayRunner runner;
        const SystemProfile p = makePackageProbe()->run(ProbeContext(dir.path(), {}, &runner));
        QVERIFY(hasHazard(p, QStringLiteral("mixed_driver_install")));
        QVERIFY(hasHazard(p, QStringLiteral("mixed_cuda_install")));
        QCOMPARE(p.host.hazards.size(), 2); // 11.8 only left config files: no clash
    }

    void cudaRoots()
    {
        QCOMPARE(hostparsers::cudaRoots(
                     QStringLiteral("/usr/local/cuda/bin:/opt/cuda-12.1/lib64:/home/u/cuda-stuff/bin:/usr/bin")),
                 (QStringList{QStringLiteral("/usr/local/cuda"), QStringLiteral("/opt/cuda-12.1")}));
    }
};

QTEST_GUILESS_MAIN(TestHostProbe)
#include "tst_hostprobe.moc"
