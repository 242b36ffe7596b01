// SPDX-License-Identifier: GPL-3.0-or-later
// `dlstack diagnose` on input that is not a tidy log file: FIFOs (a writer that finishes, one
// that never comes, one that goes silent, one that never stops), binary data with NUL bytes,
// a single 100 MB line, zstd compression, devices and folders. Each ends with a clear message
// in bounded time and memory, never a crash.
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

using namespace dlstack;

namespace {

const QByteArray kCause = "OSError: [Errno 28] No space left on device\n";
const QString kDlstack = QStringLiteral(DLSTACK_BINARY_DIR "/bin/dlstack");

qint64 peakKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The largest peak memory of any child this process has waited for so far, in KiB.
qint64 childrenPeakKib()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

QString makeFifo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("build.fifo"));
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        qFatal("mkfifo failed");
    return path;
}

// The writing end of a FIFO, once dlstack has opened the reading end (-1 after 20 s, so a
// test whose dlstack died does not hang in open()). Writes block as usual.
int openWriter(const QString &fifo)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            return fd;
        }
        QThread::msleep(10); // ENXIO: no reader yet
    }
    return -1;
}

struct Started
{
    std::unique_ptr<QProcess> process;
    QElapsedTimer clock;
};

Started start(const QStringList &args)
{
    Started s;
    s.process = std::make_unique<QProcess>();
    s.process->start(kDlstack, args);
    s.clock.start();
    if (!s.process->waitForStarted(10000))
        qFatal("dlstack did not start");
    return s;
}

} // namespace

class TestDiagnoseStreams : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(kDlstack)); }

    void fifoWhoseWriterFinishes()
    {
        QTemporaryDir dir;
        const QString fifo = makeFifo(dir);
        Started run = start({QStringLiteral("diagnose"), QStringLiteral("--json"), fifo});
        const int fd = openWriter(fifo);
        QVERIFY(fd >= 0);
        const QByteArray log = "[1/2] Building CXX object a.o\n" + kCause + "ninja: build stopped\n";
        QCOMPARE(::write(fd, log.constData(), size_t(log.size())), ssize_t(log.size()));
        ::close(fd);
        QVERIFY(run.process->waitForFinished(20000));
        const QJsonObject report = QJsonDocument::fromJson(run.process->readAllStandardOutput())
                                       .object()
                                       .value(QStringLiteral("logs"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(report.value(QStringLiteral("complete")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("lines")).toInt(), 3);
        QCOMPARE(
            report.value(QStringLiteral("diagnoses")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("disk_full"));
    }

    void fifoNobodyWrites()
    {
        QTemporaryDir dir;
        const QString fifo = makeFifo(dir);
        Started run = start({QStringLiteral("diagnose"), QStringLiteral("--idle-timeout"), QStringLiteral("1"), fifo});
        QVERIFY(run.process->waitForFinished(20000));
        QVERIFY2(run.clock.elapsed() < 15000, "waited far longer than asked");
        QCOMPARE(run.process->exitCode(), 2);
        const QByteArray err = run.process->readAllStandardError();
        QVERIFY2(err.contains("No program wrote to the FIFO"), err.constData());
    }

    void fifoWriterGoesSilent()
    {
        QTemporaryDir dir;
        const QString fifo = makeFifo(dir);
        Started run = start({QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--idle-timeout"),
                             QStringLiteral("1"), fifo});
        const int fd = openWriter(fifo);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, kCause.constData(), size_t(kCause.size())), ssize_t(kCause.size()));
        // The writer keeps the FIFO open and says nothing more.
        QVERIFY(run.process->waitForFinished(20000));
        ::close(fd);
        QVERIFY2(run.clock.elapsed() < 15000, "waited far longer than asked");
        QCOMPARE(run.process->exitCode(), 0);
        QVERIFY(run.process->readAllStandardError().contains("nothing new came"));
        const QJsonObject report = QJsonDocument::fromJson(run.process->readAllStandardOutput())
                                       .object()
                                       .value(QStringLiteral("logs"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(report.value(QStringLiteral("complete")).toBool(), false);
        QCOMPARE(
            report.value(QStringLiteral("diagnoses")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("disk_full"));
    }

    void fifoThatKeepsStreaming()
    {
        // 300 MB of build output through a FIFO: read as it comes, memory stays flat, and the
        // end of the stream ends the diagnosis.
        QTemporaryDir dir;
        const QString fifo = makeFifo(dir);
        Started run = start({QStringLiteral("diagnose"), QStringLiteral("--json"), fifo});
        const int fd = openWriter(fifo);
        QVERIFY(fd >= 0);
        QByteArray batch;
        for (int i = 0; i < 20000; ++i)
            batch +=
                "[" + QByteArray::number(i) + "/20000] Building CXX object caffe2/CMakeFiles/torch_cpu.dir/op.cpp.o\n";
        qint64 written = 0;
        qint64 peak = 0;
        bool first = true;
        while (written < 300LL * 1024 * 1024) {
            const QByteArray chunk = first ? kCause + batch : batch;
            first = false;
            for (qsizetype at = 0; at < chunk.size();) {
                const ssize_t put = ::write(fd, chunk.constData() + at, size_t(chunk.size() - at));
                QVERIFY(put > 0);
                at += put;
            }
            written += chunk.size();
            peak = qMax(peak, peakKib(run.process->processId()));
        }
        ::close(fd);
        QVERIFY(run.process->waitForFinished(60000));
        QCOMPARE(run.process->exitCode(), 0);
        QVERIFY2(peak > 0 && peak < 150 * 1024, qPrintable(QStringLiteral("peak %1 KiB").arg(peak)));
        const QJsonObject report = QJsonDocument::fromJson(run.process->readAllStandardOutput())
                                       .object()
                                       .value(QStringLiteral("logs"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QVERIFY(report.value(QStringLiteral("lines")).toDouble() > 3e6);
        QCOMPARE(
            report.value(QStringLiteral("diagnoses")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(),
            1);
    }

    void binaryData()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("core.dump")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(8 * 1024 * 1024, '\0');
        QRandomGenerator random(42);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        bytes.replace(4 * 1024 * 1024, kCause.size(), kCause); // text inside binary still counts
        file.write(bytes);
        file.close();
        const test::ProgramRun run =
            test::runProgram(kDlstack, {QStringLiteral("diagnose"), file.fileName()}, {}, 60000);
        QVERIFY2(run.err.contains("binary"), run.err.constData());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("disk_full"));
    }

    void nulBytesInLines()
    {
        const QByteArray log = QByteArray("a\0b\n", 4) + QByteArray("No space\0 left on device\n", 25) + kCause;
        const test::ProgramRun run = test::runProgram(
            kDlstack, {QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("-")}, log);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject top = QJsonDocument::fromJson(run.out)
                                    .object()
                                    .value(QStringLiteral("logs"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("diagnoses"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
        QCOMPARE(top.value(QStringLiteral("id")).toString(), QStringLiteral("disk_full"));
        QCOMPARE(top.value(QStringLiteral("line")).toInt(), 3); // line 2 is broken by the NUL
    }

    void oneLineOf100Megabytes()
    {
        QTemporaryDir dir;
        for (const bool causeFirst : {true, false}) {
            QFile file(dir.filePath(QStringLiteral("long-%1.log").arg(causeFirst)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray filler(1024 * 1024, 'x');
            if (causeFirst)
                file.write(kCause.chopped(1));
            for (int i = 0; i < 100; ++i)
                file.write(filler);
            if (!causeFirst)
                file.write(kCause.chopped(1)); // past the 64 KiB that are looked at
            file.close();
            QElapsedTimer clock;
            clock.start();
            const test::ProgramRun run =
                test::runProgram(kDlstack, {QStringLiteral("diagnose"), file.fileName()}, {}, 60000);
            QVERIFY2(clock.elapsed() < 30000, "far too slow for one long line");
            QCOMPARE(run.exitCode, causeFirst ? 0 : 3);
            QCOMPARE(run.out.contains("disk_full"), causeFirst);
        }
        QVERIFY2(childrenPeakKib() < 150 * 1024, qPrintable(QStringLiteral("peak %1 KiB").arg(childrenPeakKib())));
    }

    void zstdCompressed()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("build.log"));
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[1/1] Linking\n" + kCause);
        file.close();
        QCOMPARE(QProcess::execute(QStringLiteral("zstd"), {QStringLiteral("-q"), plain}), 0);
        const test::ProgramRun run =
            test::runProgram(kDlstack, {QStringLiteral("diagnose"), plain + QStringLiteral(".zst")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("disk_full"));
    }

    void devicesAndFoldersAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("endless device") << QStringLiteral("/dev/zero") << QByteArray("is a device");
        QTest::newRow("folder") << QStringLiteral("/tmp") << QByteArray("is a folder");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/build.log") << QByteArray("cannot be read");
    }

    void devicesAndFoldersAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, says);
        const test::ProgramRun run = test::runProgram(kDlstack, {QStringLiteral("diagnose"), path}, {}, 20000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDiagnoseStreams)
#include "tst_diagnosestreams.moc"
