// SPDX-License-Identifier: GPL-3.0-or-later
// LogInspectorController without any widget, on a real failed-build log (a gcc too new for
// CUDA 11, captured from a PyTorch build) behind 3000 lines of ordinary progress: open,
// index, diagnosis result, search with wrap-around, a bad regex, the errors-and-warnings
// filter, a .gz copy, a missing file, and a followed file that another writer appends to.
#include "core/log/loginspectorcontroller.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

using dlstack::log::LogInspectorController;

namespace {

const QString kFixture = QStringLiteral("diagnosis/host_compiler_unsupported/ninja-gcc12-cuda11-ninja-stopped.log");

QByteArray buildLog()
{
    QByteArray bytes;
    for (int i = 1; i <= 3000; ++i)
        bytes += "[" + QByteArray::number(i) + "/9000] Building CXX object caffe2/CMakeFiles/torch_cpu.dir/op" +
                 QByteArray::number(i) + ".cpp.o\n";
    return bytes + dlstack::test::readFixture(kFixture);
}

qint64 linesOf(const QByteArray &bytes)
{
    return bytes.count('\n') + (bytes.isEmpty() || bytes.endsWith('\n') ? 0 : 1);
}

QString writeLog(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("build.log"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

// Waits for one more emission of a signal (it may already have come).
bool waitFor(QSignalSpy &spy, int count = 1)
{
    return spy.count() >= count || QTest::qWaitFor([&] { return spy.count() >= count; }, 30000);
}

} // namespace

class TestLogInspectorController : public QObject
{
    Q_OBJECT

private slots:
    void opensDiagnosesSearchesFilters()
    {
        QTemporaryDir dir;
        const QByteArray bytes = buildLog();
        const QString path = writeLog(dir, bytes);
        LogInspectorController controller;
        QSignalSpy changed(&controller, &LogInspectorController::fileChanged);
        QSignalSpy indexed(&controller, &LogInspectorController::indexingFinished);
        QSignalSpy diagnosed(&controller, &LogInspectorController::diagnosisFinished);
        QSignalSpy progress(&controller, &LogInspectorController::progress);
        controller.openFile(path);
        QCOMPARE(changed.count(), 1);
        QVERIFY(controller.file());
        QCOMPARE(controller.openedPath(), path);
        QVERIFY(!controller.isLive());
        QVERIFY(waitFor(indexed));
        QCOMPARE(controller.file()->lineCount(), linesOf(bytes));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.first().at(0).value<LogInspectorController::Work>(), LogInspectorController::Work::Indexing);

        // The diagnosis starts by itself after indexing.
        QVERIFY(waitFor(diagnosed));
        QVERIFY(diagnosed.first().at(0).toBool());
        const auto diagnoses = controller.diagnoses();
        QVERIFY(!diagnoses.isEmpty());
        QCOMPARE(diagnoses.first().id, QStringLiteral("host_compiler_unsupported"));
        QVERIFY(diagnoses.first().line > 3000); // in the captured part, not the progress lines
        const QByteArray causeLine = controller.file()->rawLine(diagnoses.first().line - 1);
        QVERIFY2(causeLine.contains("unsupported GNU version"), causeLine.constData());

        // Search, regex: op2900 .. op2999, next/previous wrap around.
        QSignalSpy searched(&controller, &LogInspectorController::searchFinished);
        controller.setSearch(QStringLiteral("torch_cpu.dir/op29\\d\\d"), true);
        QVERIFY(waitFor(searched));
        QCOMPARE(controller.matchCount(), 100);
        QCOMPARE(controller.matches().front(), 2899); // 0-based: the line "[2900/9000] ... op2900"
        QCOMPARE(controller.findNext(-1), 2899);
        QCOMPARE(controller.currentMatch(), 0);
        QCOMPARE(controller.findNext(2899), 2900);
        QCOMPARE(controller.findPrevious(2899), 2998); // wraps to the last
        QCOMPARE(controller.currentMatch(), 99);
        QCOMPARE(controller.findNext(2998), 2899); // wraps to the first

        // A pattern that does not compile is a message, not a crash.
        controller.setSearch(QStringLiteral("op(29"), true);
        QVERIFY(waitFor(searched, 2));
        QVERIFY(!controller.searchError().isEmpty());
        QCOMPARE(controller.matchCount(), 0);
        QCOMPARE(controller.findNext(0), -1);

        // Plain text, case-insensitive.
        controller.setSearch(QStringLiteral("UNSUPPORTED GNU VERSION"), false);
        QVERIFY(waitFor(searched, 3));
        QVERIFY(controller.searchError().isEmpty());
        QVERIFY(controller.matchCount() >= 1);
        QVERIFY(controller.matches().front() >= 3000);

        // Errors and warnings only: no progress line, the root cause's line kept.
        QSignalSpy filtered(&controller, &LogInspectorController::filterFinished);
        QVERIFY(!controller.lineFilter());
        controller.setErrorsAndWarningsOnly(true);
        QVERIFY(waitFor(filtered));
        const auto lines = controller.lineFilter();
        QVERIFY(lines && !lines->empty());
        QVERIFY(lines->front() >= 3000);
        QVERIFY(std::binary_search(lines->begin(), lines->end(), qint64(diagnoses.first().line - 1)));
        controller.setErrorsAndWarningsOnly(false);
        QVERIFY(waitFor(filtered, 2));
        QVERIFY(!controller.lineFilter());
    }

    // A log of many read blocks: the diagnosis runs alongside the indexing and must find what a
    // diagnosis of the finished index finds (same causes, lines and excerpts), with a cause in
    // the first block, one across a block boundary's neighbourhood and the root cause at the end.
    void diagnosisAlongsideIndexingEqualsDiagnosisAfterIt()
    {
        QTemporaryDir dir;
        QByteArray bytes =
            dlstack::test::readFixture(QStringLiteral("diagnosis/disk_full/pip-tff-environmenterror-errno28.log"));
        QByteArray filler;
        for (int i = 1; i <= 60000; ++i)
            filler += "[" + QByteArray::number(i) + "/180000] Building CUDA object caffe2/CMakeFiles/torch_cuda.dir/k" +
                      QByteArray::number(i) + ".cu.o\n";
        bytes += filler + filler + filler; // about 15 MiB: several 4 MiB blocks
        bytes += buildLog();
        const QString path = writeLog(dir, bytes);
        QVERIFY(!path.isEmpty());

        LogInspectorController controller;
        QSignalSpy indexed(&controller, &LogInspectorController::indexingFinished);
        QSignalSpy diagnosed(&controller, &LogInspectorController::diagnosisFinished);
        controller.openFile(path);
        QVERIFY(waitFor(indexed));
        QVERIFY(waitFor(diagnosed));
        const auto alongside = controller.diagnoses();

        const auto rules = dlstack::log::RuleSet::builtin();
        QVERIFY(rules.ok());
        const auto after = dlstack::log::Diagnoser::diagnoseFile(*controller.file(), rules.value());
        QVERIFY(!after.isEmpty());
        QCOMPARE(alongside.size(), after.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(alongside[i].id, after[i].id);
            QCOMPARE(alongside[i].line, after[i].line);
            QCOMPARE(alongside[i].hits, after[i].hits);
            QCOMPARE(alongside[i].excerpt, after[i].excerpt);
        }
        QStringList ids;
        for (const auto &d : alongside)
            ids << d.id;
        QVERIFY2(ids.contains(QStringLiteral("host_compiler_unsupported")), qPrintable(ids.join(u' ')));
        QVERIFY2(ids.contains(QStringLiteral("disk_full")), qPrintable(ids.join(u' ')));
    }

    // diagnoseWhileIndexing() against a file another thread writes and indexes as it goes
    // (LogFile::append indexes what it writes): the result equals a diagnosis of the whole file.
    void diagnosisFollowsAFileIndexedByAnotherThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("growing.log"));
        auto created = dlstack::log::LogFile::create(path);
        QVERIFY(created.ok());
        const auto file = created.value();
        const QByteArray tail = buildLog();
        std::atomic_bool indexDone{false};
        std::thread writer([&] {
            QByteArray chunk;
            for (int i = 1; i <= 20000; ++i)
                chunk += "[" + QByteArray::number(i) + "/20000] Linking CXX shared library lib/libtorch_cpu" +
                         QByteArray::number(i) + ".so\n";
            for (int round = 0; round < 12; ++round) {
                (void)file->append(chunk); // about 1 MiB a round
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
            (void)file->append(tail.left(tail.size() / 2)); // ends mid-line
            (void)file->append(tail.mid(tail.size() / 2));
            indexDone.store(true, std::memory_order_release);
        });
        const auto rules = dlstack::log::RuleSet::builtin();
        QVERIFY(rules.ok());
        const auto following = dlstack::log::Diagnoser::diagnoseWhileIndexing(*file, indexDone, rules.value());
        writer.join();
        const auto whole = dlstack::log::Diagnoser::diagnoseFile(*file, rules.value());
        QVERIFY(!whole.isEmpty());
        QCOMPARE(whole.first().id, QStringLiteral("host_compiler_unsupported"));
        QCOMPARE(following.size(), whole.size());
        for (qsizetype i = 0; i < whole.size(); ++i) {
            QCOMPARE(following[i].id, whole[i].id);
            QCOMPARE(following[i].line, whole[i].line);
            QCOMPARE(following[i].excerpt, whole[i].excerpt);
        }
    }

    void opensACompressedLog()
    {
        const QString gzip = QStandardPaths::findExecutable(QStringLiteral("gzip"));
        if (gzip.isEmpty())
            QSKIP("no gzip");
        QTemporaryDir dir;
        const QString path = writeLog(dir, buildLog());
        QCOMPARE(QProcess::execute(gzip, {path}), 0);
        LogInspectorController controller;
        QSignalSpy diagnosed(&controller, &LogInspectorController::diagnosisFinished);
        QSignalSpy progress(&controller, &LogInspectorController::progress);
        controller.openFile(path + QStringLiteral(".gz"));
        QCOMPARE(progress.value(0).value(0).value<LogInspectorController::Work>(),
                 LogInspectorController::Work::Unpacking);
        QVERIFY(waitFor(diagnosed));
        QCOMPARE(controller.openedPath(), path + QStringLiteral(".gz"));
        QVERIFY(controller.file()->path() != controller.openedPath()); // the unpacked copy
        QCOMPARE(controller.diagnoses().value(0).id, QStringLiteral("host_compiler_unsupported"));
    }

    void missingFileFails()
    {
        QTemporaryDir dir;
        LogInspectorController controller;
        QSignalSpy failed(&controller, &LogInspectorController::failed);
        controller.openFile(dir.filePath(QStringLiteral("no-such.log")));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!controller.lastError().isEmpty());
        QVERIFY(!controller.file());
    }

    // A file written by another process: opened once it exists, then diagnosed, filtered and
    // searched as it grows, each pass going on from where it stopped.
    void followsAGrowingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stage.log"));
        LogInspectorController controller;
        QSignalSpy changed(&controller, &LogInspectorController::fileChanged);
        controller.setSearch(QStringLiteral("unsupported GNU version"), false);
        controller.setErrorsAndWarningsOnly(true);
        controller.followFile(path);
        QCOMPARE(controller.followedPath(), path);
        QVERIFY(controller.isLive());
        QVERIFY(!controller.file()); // not written yet

        QFile writer(path);
        QVERIFY(writer.open(QIODevice::WriteOnly | QIODevice::Append));
        QByteArray progress;
        for (int i = 1; i <= 500; ++i)
            progress +=
                "[" + QByteArray::number(i) + "/9000] Building CXX object op" + QByteArray::number(i) + ".cpp.o\n";
        writer.write(progress);
        writer.flush();
        QTRY_VERIFY_WITH_TIMEOUT(controller.file() && controller.file()->lineCount() == 500, 10000);
        QVERIFY(changed.count() >= 2); // followFile(), then the file appearing
        QTRY_VERIFY_WITH_TIMEOUT(controller.lineFilter() && controller.lineFilter()->empty(), 10000);
        QVERIFY(controller.diagnoses().isEmpty());

        const QByteArray failure = dlstack::test::readFixture(kFixture);
        writer.write(failure);
        writer.close();
        const qint64 total = 500 + linesOf(failure);
        QTRY_COMPARE_WITH_TIMEOUT(controller.file()->lineCount(), total, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(controller.diagnoses().value(0).id, QStringLiteral("host_compiler_unsupported"),
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(controller.matchCount() >= 1, 10000);
        QVERIFY(controller.matches().front() >= 500);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.lineFilter()->empty(), 10000);
        QVERIFY(controller.lineFilter()->front() >= 500);
    }
};

QTEST_GUILESS_MAIN(TestLogInspectorController)
#include "tst_loginspectorcontroller.moc"
