// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack plan` and `dlstack check` as processes, for a target other than this machine: a
// profile without a GPU (a login node, a laptop) plans CUDA wheels and a Dockerfile; a CUDA
// source build there needs --arch-list (exit 2 naming it); an arch the toolkit dropped is
// refused with the toolkit's range (exit 2); the Dockerfile's build user and time zone come
// from --user-uid/--user-gid/--tz, checked (root, a zone that is no name: exit 2).
#include "tests/plan/plannerprofiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;

class TestTargetCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exits_data();
    void exits();
    void companionsByDefault();
    void torchtextUpTo23();

private:
    QString write(const QString &name, const probe::SystemProfile &profile);
    QTemporaryDir m_dir;
    QString m_noGpu;
    QString m_gpu;
};

static QString dlstackBinary()
{
    return QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");
}

QString TestTargetCli::write(const QString &name, const probe::SystemProfile &profile)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(profile.toJson()).toJson());
    return path;
}

void TestTargetCli::initTestCase()
{
    if (!QFile::exists(dlstackBinary()))
        QSKIP("the dlstack binary is not built");
    test::MachineSpec laptop; // no GPU, no driver: a login node or an admin's laptop
    m_noGpu = write(QStringLiteral("nogpu.json"), test::machine(laptop));
    test::MachineSpec rtx;
    rtx.gpu = QStringLiteral("NVIDIA GeForce RTX 3060");
    rtx.cc = QStringLiteral("8.6");
    rtx.driver = QStringLiteral("580.95.05");
    rtx.driverCuda = QStringLiteral("13.0");
    m_gpu = write(QStringLiteral("rtx.json"), test::machine(rtx));
    QVERIFY(!m_noGpu.isEmpty() && !m_gpu.isEmpty());
}

void TestTargetCli::exits_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // in stderr (or, for exit 0, in stdout)
    const QString prefix = m_dir.filePath(QStringLiteral("prefix"));
    const QStringList noGpu{QStringLiteral("plan"), QStringLiteral("--profile"), m_noGpu, QStringLiteral("--prefix"),
                            prefix};
    const QStringList cuda13 = {QStringLiteral("--torch"), QStringLiteral("2.9.0"), QStringLiteral("--cuda"),
                                QStringLiteral("13.0")};
    const QStringList source{QStringLiteral("--route"), QStringLiteral("source")};
    const QStringList docker{QStringLiteral("--format"), QStringLiteral("dockerfile")};
    QTest::newRow("wheels for a profile without GPU") << (noGpu + cuda13) << 0 << QStringLiteral("\"pytorch\"");
    QTest::newRow("dockerfile from a machine without GPU")
        << (noGpu + cuda13 + docker) << 0 << QStringLiteral("FROM nvidia/cuda");
    QTest::newRow("source dockerfile without GPU needs --arch-list")
        << (noGpu + cuda13 + source + docker) << 2 << QStringLiteral("--arch-list");
    QTest::newRow("source plan for a profile without GPU needs --arch-list")
        << (noGpu + cuda13 + source) << 2 << QStringLiteral("--arch-list");
    QTest::newRow("source dockerfile with --arch-list")
        << (noGpu + cuda13 + source + docker +
            QStringList{QStringLiteral("--arch-list"), QStringLiteral("8.6;9.0+PTX")})
        << 0 << QStringLiteral("TORCH_CUDA_ARCH_LIST=\"8.6;9.0+PTX\"");
    // The build user and time zone of the image: defaults of its build args, checked.
    const auto dockerOption = [](const char *name, const char *value) {
        return QStringList{QLatin1String(name), QLatin1String(value)};
    };
    QTest::newRow("dockerfile with its user and zone")
        << (noGpu + cuda13 + docker + dockerOption("--user-uid", "1234") + dockerOption("--user-gid", "2345") +
            dockerOption("--tz", "Europe/Berlin"))
        << 0 << QStringLiteral("ARG USER_UID=1234\nARG USER_GID=2345\nARG TZ=Europe/Berlin\n");
    QTest::newRow("dockerfile user root refused")
        << (noGpu + cuda13 + docker + dockerOption("--user-uid", "0")) << 2 << QStringLiteral("other than root");
    QTest::newRow("dockerfile zone not a name")
        << (noGpu + cuda13 + docker + dockerOption("--tz", "UTC; rm -rf /")) << 2 << QStringLiteral("Europe/Berlin");
    QTest::newRow("--tz without dockerfile")
        << (noGpu + cuda13 + dockerOption("--tz", "UTC")) << 2 << QStringLiteral("--tz goes with --format dockerfile");
    QTest::newRow("arch CUDA 13 dropped")
        << (noGpu + cuda13 + source + QStringList{QStringLiteral("--arch-list"), QStringLiteral("6.1")}) << 2
        << QStringLiteral("sm_75 to");
    // Extras only some releases have: refused as bad input (exit 2) naming what to pick.
    const QStringList gpu{QStringLiteral("plan"), QStringLiteral("--profile"), m_gpu, QStringLiteral("--prefix"),
                          prefix};
    const auto extras = [](const char *list) { return QStringList{QStringLiteral("--extras"), QLatin1String(list)}; };
    QTest::newRow("test-nn on wheels refused")
        << (gpu + cuda13 + extras("test-nn")) << 2 << QStringLiteral("Add --route source");
    QTest::newRow("test-nn on a source build")
        << (gpu + cuda13 + source + extras("test-nn")) << 0 << QStringLiteral("\"id\": \"test-nn\"");
    QTest::newRow("tensorrt with torch 2.9.0 and CUDA 13")
        << (gpu + cuda13 + extras("tensorrt")) << 0 << QStringLiteral("tensorrt-cu13>=10.13.0,<10.14.0");
    QTest::newRow("tensorrt after the last pairing")
        << (gpu +
            QStringList{QStringLiteral("--torch"), QStringLiteral("2.14.1"), QStringLiteral("--cuda"),
                        QStringLiteral("13.0")} +
            extras("tensorrt"))
        << 2
        << QStringLiteral("No torch-tensorrt release is paired with PyTorch 2.14.1 in the tested matrix.\nDrop "
                          "tensorrt, or pick a PyTorch release that has one (2.3.0 to 2.13.0).");
    QTest::newRow("tensorrt for a CUDA major without TensorRT wheels")
        << (gpu +
            QStringList{QStringLiteral("--torch"), QStringLiteral("2.7.1"), QStringLiteral("--cuda"),
                        QStringLiteral("11.8")} +
            extras("tensorrt"))
        << 2 << QStringLiteral("CUDA 12.x only, not CUDA 11.8");
    QTest::newRow("apex without a recorded tag")
        << (gpu +
            QStringList{QStringLiteral("--torch"), QStringLiteral("2.10.0"), QStringLiteral("--cuda"),
                        QStringLiteral("13.0")} +
            extras("apex"))
        << 2
        << QStringLiteral("No Apex tag goes with PyTorch 2.10.0: Apex has no tag after 25.09, the tag of NVIDIA's "
                          "PyTorch container 25.09 (PyTorch 2.9).");
    QTest::newRow("apex on CUDA 13 switches the Volta extension off")
        << (gpu + cuda13 + extras("apex")) << 0 << QStringLiteral("switches fused_weight_gradient_mlp_cuda off");
    QTest::newRow("check for a profile without GPU")
        << (QStringList{QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--profile"), m_noGpu} +
            cuda13)
        << 0 << QStringLiteral("no_nvidia_gpu");
}

void TestTargetCli::exits()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcess p;
    p.start(dlstackBinary(), args);
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(err)));
    QVERIFY2((exitCode == 0 ? out + err : err).contains(message), qPrintable(out.left(2000) + err));
}

// torch comes with the torchvision and torchaudio paired with it (torch.json) unless
// --no-companions; --extras adds to them; a source build builds them too.
void TestTargetCli::companionsByDefault()
{
    const auto planText = [&](const QStringList &more) {
        QProcess p;
        p.start(dlstackBinary(),
                QStringList{QStringLiteral("plan"), QStringLiteral("--profile"), m_gpu, QStringLiteral("--prefix"),
                            m_dir.filePath(QStringLiteral("p")), QStringLiteral("--torch"), QStringLiteral("2.9.0"),
                            QStringLiteral("--cuda"), QStringLiteral("13.0")} +
                    more);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("failed: ") + QString::fromUtf8(p.readAllStandardError());
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString plain = planText({});
    QVERIFY2(plain.contains(QStringLiteral("\"torchvision==0.24.0\"")), qPrintable(plain.left(3000)));
    QVERIFY2(plain.contains(QStringLiteral("\"torchaudio==2.9.0\"")), qPrintable(plain.left(3000)));
    const QString alone = planText({QStringLiteral("--no-companions")});
    QVERIFY2(alone.contains(QStringLiteral("\"torch==2.9.0\"")), qPrintable(alone.left(3000)));
    QVERIFY(!alone.contains(QStringLiteral("\"torchvision==")));
    QVERIFY(!alone.contains(QStringLiteral("\"torchaudio==")));
    const QString pinned =
        planText({QStringLiteral("--no-companions"), QStringLiteral("--extras"), QStringLiteral("torchvision")});
    QVERIFY(pinned.contains(QStringLiteral("\"torchvision==0.24.0\"")));
    QVERIFY(!pinned.contains(QStringLiteral("\"torchaudio==")));
}

// torchtext at the version paired with the release (torch.json) up to torch 2.3; after
// that the plan is refused with the reason (development stopped) and what to pick, exit 2.
void TestTargetCli::torchtextUpTo23()
{
    int code = -1;
    const auto run = [&](const QString &torch, const QString &cuda, QString *err, int *code) {
        QProcess p;
        p.start(dlstackBinary(),
                {QStringLiteral("plan"), QStringLiteral("--profile"), m_gpu, QStringLiteral("--prefix"),
                 m_dir.filePath(QStringLiteral("t")), QStringLiteral("--torch"), torch, QStringLiteral("--cuda"), cuda,
                 QStringLiteral("--extras"), QStringLiteral("torchtext")});
        p.waitForFinished(60000);
        *err = QString::fromUtf8(p.readAllStandardError());
        *code = p.exitCode();
        return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
    };
    QString err;
    const QString plan = run(QStringLiteral("2.3.1"), QStringLiteral("12.1"), &err, &code);
    QVERIFY2(plan.contains(QStringLiteral("\"torchtext==0.18.0\"")), qPrintable(err));
    QVERIFY(plan.contains(QStringLiteral(R"(\"torchtext\":\"0.18.0\")"))); // the verify stage expects it
    QCOMPARE(code, 0);
    QVERIFY(run(QStringLiteral("2.9.0"), QStringLiteral("13.0"), &err, &code).isEmpty());
    QCOMPARE(code, 2); // bad input: the selection names an extra the release does not have
    QVERIFY2(err.contains(QStringLiteral("torchtext has no release for PyTorch 2.9.0: its development stopped with "
                                         "torchtext 0.18.0, the partner of PyTorch 2.3.1.")),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Drop torchtext, or pick PyTorch 2.3.1 or older.")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestTargetCli)
#include "tst_targetcli.moc"
