// SPDX-License-Identifier: GPL-3.0-or-later
// LogFile, LogStore, LogSearch and TextCleaner on awkward real-world shapes: CRLF, no trailing
// newline, 10 MB lines, binary junk, non-UTF-8, ANSI colours, carriage-return progress bars,
// appends from a worker while another thread reads, and per-stage files of a LogStore.
#include "core/log/lineindex.h"
#include "core/log/linestarts.h"
#include "core/log/logreader.h"
#include "core/log/logsearch.h"
#include "core/log/logstore.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace dlstack;
using namespace dlstack::log;

namespace {

std::shared_ptr<LogFile> indexed(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return nullptr;
    f.write(bytes);
    f.close();
    auto opened = LogFile::open(path);
    if (!opened || opened.value()->buildIndex())
        return nullptr;
    return opened.value();
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void lines_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("empty") << QByteArray() << QStringList{};
        QTest::newRow("no trailing newline")
            << QByteArray("a\nb") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("trailing newline")
            << QByteArray("a\nb\n") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("crlf") << QByteArray("one\r\ntwo\r\n")
                              << QStringList{QStringLiteral("one"), QStringLiteral("two")};
        QTest::newRow("empty lines") << QByteArray("\n\nx\n") << QStringList{QString(), QString(), QStringLiteral("x")};
        QTest::newRow("ansi") << QByteArray("\x1b[1;31merror:\x1b[0m bad\n\x1b]0;title\x07ok\n")
                              << QStringList{QStringLiteral("error: bad"), QStringLiteral("ok")};
        QTest::newRow("progress bar") << QByteArray(" 10%|#  |\r 50%|### |\r100%|####|\r\ndone\n")
                                      << QStringList{QStringLiteral("100%|####|"), QStringLiteral("done")};
        QTest::newRow("non-utf8") << QByteArray("caf\xe9 \xff\xfe ok\n")
                                  << QStringList{QStringLiteral("caf\ufffd \ufffd\ufffd ok")};
        QTest::newRow("binary") << QByteArray("\x01\x02\x00zz\n", 6)
                                << QStringList{QStringLiteral("\ufffd\ufffd\ufffdzz")};
    }

    void lines()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, lines);
        QTemporaryDir dir;
        const auto file = indexed(dir, bytes);
        QVERIFY(file);
        QCOMPARE(file->lineCount(), lines.size());
        QCOMPARE(file->size(), bytes.size());
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(file->text(i), lines.at(i));
        QStringList viaBlocks;
        QVERIFY(file->forEachLine(0, file->lineCount(), [&](qint64, QByteArrayView raw) {
            viaBlocks.append(cleanLine(raw));
            return true;
        }));
        QCOMPARE(viaBlocks, lines);
        QVERIFY(file->rawLine(lines.size()).isEmpty());
        QVERIFY(file->rawLine(-1).isEmpty());
    }

    // The SIMD line-start scan against a byte-by-byte reference, over random text with many
    // or few newlines, cut into blocks at random places (the 64-byte loop, its tail, a '\n'
    // as the last byte of a block, empty lines, a block of only newlines).
    void lineStartsMatchReference()
    {
        QRandomGenerator random(11);
        for (int round = 0; round < 200; ++round) {
            const int size = random.bounded(0, 700);
            const int newlineEvery = random.bounded(1, 120);
            QByteArray text(size, Qt::Uninitialized);
            for (char &c : text)
                c = random.bounded(newlineEvery) == 0 ? '\n' : char('a' + random.bounded(26));
            std::vector<qint64> expected;
            bool start = true;
            for (int i = 0; i < size; ++i) {
                if (start)
                    expected.push_back(i);
                start = text[i] == '\n';
            }
            std::vector<qint64> got;
            bool atLineStart = true;
            int at = 0;
            while (at < size) {
                const int n = qMin(size - at, random.bounded(1, 200));
                log::collectLineStarts(text.constData() + at, std::size_t(n), at, atLineStart, got);
                at += n;
            }
            QCOMPARE(got, expected);
        }
    }

    // The sparse index against the plain list of starts: short and long lines, gaps over 4 GiB
    // (a new chunk), appended in uneven batches. Its groups cover every line once, hold at most
    // 64 lines, and every line but a group's first starts less than kGroupBytes after it.
    void lineIndexGroupsCoverStarts()
    {
        QRandomGenerator random(5);
        std::vector<qint64> all;
        qint64 at = 0;
        for (int i = 0; i < 200000; ++i) {
            all.push_back(at);
            const int kind = random.bounded(100);
            at += kind < 70   ? random.bounded(1, 128)
                  : kind < 97 ? random.bounded(128, 20000)
                  : kind < 99 ? random.bounded(20000, 12000000)
                              : qint64(5) << 30;
        }
        log::LineIndex index;
        std::size_t fed = 0;
        while (fed < all.size()) {
            const std::size_t n = std::min<std::size_t>(all.size() - fed, std::size_t(random.bounded(1, 3000)));
            index.append(std::vector<qint64>(all.begin() + qsizetype(fed), all.begin() + qsizetype(fed + n)));
            fed += n;
        }
        QCOMPARE(index.lineCount(), qint64(all.size()));
        qint64 line = 0;
        for (qint64 g = 0; g < index.groupCount(); ++g) {
            const log::LineIndex::Group group = index.group(g);
            QCOMPARE(group.index, g);
            QCOMPARE(group.firstLine, line);
            QCOMPARE(group.start, all[std::size_t(line)]);
            QVERIFY(group.lines >= 1 && group.lines <= log::LineIndex::kGroupLines);
            for (qint64 k = 1; k < group.lines; ++k)
                QVERIFY(all[std::size_t(line + k)] - group.start < log::LineIndex::kGroupBytes);
            line += group.lines;
            QCOMPARE(group.end, line < qint64(all.size()) ? all[std::size_t(line)] : qint64(-1));
            if (group.lines < log::LineIndex::kGroupLines && group.end >= 0) // ended by its bytes
                QVERIFY(group.end - group.start >= log::LineIndex::kGroupBytes);
        }
        QCOMPARE(line, qint64(all.size()));
        for (int round = 0; round < 2000; ++round) {
            const qint64 l = random.bounded(qint64(all.size()));
            const log::LineIndex::Group group = index.groupOf(l);
            QVERIFY(group.firstLine <= l && l < group.firstLine + group.lines);
        }
        QVERIFY2(index.memoryBytes() <= 16 * index.groupCount() + qint64(sizeof(void *)) * 1024,
                 "a group costs 8 bytes, twice that with a growing vector's spare room");

        // A build log's lines (40 to 200 bytes): groups of 64, under 0.2 bytes per line.
        log::LineIndex typical;
        std::vector<qint64> starts;
        at = 0;
        for (int i = 0; i < 1000000; ++i) {
            starts.push_back(at);
            at += random.bounded(40, 200);
        }
        typical.append(starts);
        QCOMPARE(typical.groupCount(), (qint64(starts.size()) + 63) / 64);
        QVERIFY2(typical.memoryBytes() < qint64(starts.size()) / 5, "under 0.2 bytes per line");
    }

    // LogFile's lines through the sparse index: every line's bytes and length, and ranges read
    // by forEachLine across group borders, against the text split by hand. Lines of 0 bytes to
    // several times kGroupBytes, with and without a final newline.
    void linesThroughSparseIndex()
    {
        QRandomGenerator random(23);
        for (const bool finalNewline : {true, false}) {
            QByteArrayList lines;
            for (int i = 0; i < 5000; ++i) {
                const int kind = random.bounded(100);
                const int length = kind < 80   ? random.bounded(0, 120)
                                   : kind < 97 ? random.bounded(120, 9000)
                                               : random.bounded(9000, 70000);
                QByteArray line(length, Qt::Uninitialized);
                for (char &c : line)
                    c = char('a' + random.bounded(26));
                lines.append(line);
            }
            QByteArray bytes = lines.join('\n');
            if (finalNewline)
                bytes += '\n';
            QTemporaryDir dir;
            const auto file = indexed(dir, bytes);
            QVERIFY(file);
            QCOMPARE(file->lineCount(), qint64(lines.size()));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QCOMPARE(file->lineLength(i), qint64(lines.at(i).size()));
                QCOMPARE(file->rawLine(i, 1 << 20), lines.at(i));
            }
            for (int round = 0; round < 100; ++round) {
                const qint64 first = random.bounded(qint64(lines.size()));
                const qint64 last = first + random.bounded(qint64(lines.size()) - first) + 1;
                qint64 expect = first;
                QVERIFY(file->forEachLine(
                    first, last,
                    [&](qint64 line, QByteArrayView raw) {
                        if (line != expect++ ||
                            raw != QByteArrayView(lines.at(line))
                                       .first(qMin<qsizetype>(lines.at(line).size(), kDisplayCap + 1)))
                            return false;
                        return true;
                    },
                    kDisplayCap));
                QCOMPARE(expect, last);
            }
            QVERIFY(file->indexMemoryBytes() < qint64(lines.size()));
        }
    }

    void tenMegabyteLineKeepsOffsets()
    {
        QByteArray bytes = "before\n";
        bytes += QByteArray(10 * 1024 * 1024, 'x');
        bytes += "\nafter error: here\n";
        QTemporaryDir dir;
        const auto file = indexed(dir, bytes);
        QVERIFY(file);
        QCOMPARE(file->lineCount(), 3);
        QCOMPARE(file->lineLength(1), 10 * 1024 * 1024);
        QCOMPARE(file->text(2), QStringLiteral("after error: here"));
        const QString shown = file->text(1);
        QVERIFY(shown.size() <= kDisplayCap + 2);
        QVERIFY(shown.endsWith(QStringLiteral("\u2026")));
        QCOMPARE(file->lineClass(2), LineClass::Error);
        qint64 seen = 0;
        qsizetype longest = 0;
        file->forEachLine(0, 3, [&](qint64 line, QByteArrayView raw) {
            longest = qMax(longest, raw.size());
            seen += line;
            return true;
        });
        QCOMPARE(seen, 3);
        QCOMPARE(longest, kDisplayCap + 1);
        QVERIFY(file->indexMemoryBytes() < bytes.size() / 100);
    }

    void appendWhileReading()
    {
        QTemporaryDir dir;
        auto created = LogFile::create(dir.filePath(QStringLiteral("stage.log")));
        QVERIFY(created.ok());
        const auto file = created.value();
        constexpr int kLines = 20000;
        std::atomic_bool done{false};
        std::thread writer([&] {
            for (int i = 0; i < kLines; ++i) {
                const QByteArray line = "[" + QByteArray::number(i) + "/20000] Building CXX object x.o\n";
                // split every line in two appends: partial lines must not confuse readers
                file->append(QByteArrayView(line).first(5));
                file->append(QByteArrayView(line).sliced(5));
            }
            done = true;
        });
        int checks = 0;
        while (!done || checks == 0) {
            const qint64 n = file->lineCount();
            if (n > 1) {
                const qint64 probe = (n - 2) / 2;
                QCOMPARE(file->text(probe), QStringLiteral("[%1/20000] Building CXX object x.o").arg(probe));
                ++checks;
            }
        }
        writer.join();
        QCOMPARE(file->lineCount(), kLines);
        QCOMPARE(file->lineClass(10), LineClass::Progress);
        QVERIFY(checks > 0);
    }

    void reindexFollowsGrowth()
    {
        QTemporaryDir dir;
        const auto file = indexed(dir, "a\nb");
        QVERIFY(file);
        QFile f(file->path());
        QVERIFY(f.open(QIODevice::Append));
        f.write("c\nd\n");
        f.close();
        QVERIFY(!file->buildIndex());
        QCOMPARE(file->lineCount(), 3);
        QCOMPARE(file->text(1), QStringLiteral("bc"));
        QCOMPARE(file->text(2), QStringLiteral("d"));
    }

    void storeKeepsStagesApart()
    {
        QTemporaryDir dir;
        LogStore store(dir.filePath(QStringLiteral("logs")));
        const auto a = store.addStage(QStringLiteral("Miniconda"));
        const auto b = store.addStage(QStringLiteral("PyTorch 2.4.1 from source"));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(!store.appendLine(a.value(), "installing"));
        QVERIFY(!store.appendLine(b.value(), "[1/2] cc"));
        QVERIFY(!store.appendLine(b.value(), "[2/2] ld"));
        QVERIFY(store.append(7, "x").has_value());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("logs/02-pytorch-2-4-1-from-source.log"))));
        const auto reopened = LogStore::openDirectory(store.directory());
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->stageCount(), 2);
        QCOMPARE(reopened.value()->stage(1)->lineCount(), 2);
        QCOMPARE(reopened.value()->stage(1)->text(1), QStringLiteral("[2/2] ld"));
        QCOMPARE(reopened.value()->stageName(0), QStringLiteral("miniconda"));
    }

    void stagesByIdContinueAndKeepTheirStreams()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath(QStringLiteral("logs"));
        {
            LogStore store(logs);
            const auto build = store.openStage(QStringLiteral("build"));
            QVERIFY(build.ok());
            QCOMPARE(store.openStage(QStringLiteral("build")).value(), build.value()); // same id, same log
            QVERIFY(!store.appendLine(build.value(), LineStream::Info, "==> run: ninja"));
            QVERIFY(!store.appendLine(build.value(), LineStream::Out, "[1/2] cc a.c"));
            QVERIFY(!store.appendLine(build.value(), LineStream::Err, "a.c:1: error: x"));
            QVERIFY(!store.appendLine(build.value(), LineStream::Err, "a.c:2: error: y"));
            QCOMPARE(store.streamOf(build.value(), 0), LineStream::Info);
            QCOMPARE(store.streamOf(build.value(), 1), LineStream::Out);
            QCOMPARE(store.streamOf(build.value(), 3), LineStream::Err);
        }
        // An attempt killed mid-line: the next attempt's first line starts on its own.
        QFile torn(logs + QStringLiteral("/build.log"));
        QVERIFY(torn.open(QIODevice::WriteOnly | QIODevice::Append));
        torn.write("partial");
        torn.close();
        LogStore again(logs);
        const auto build = again.openStage(QStringLiteral("build"));
        QVERIFY(build.ok());
        QCOMPARE(again.stage(build.value())->lineCount(), 5);
        QVERIFY(!again.appendLine(build.value(), LineStream::Out, "[1/2] cc a.c"));
        QCOMPARE(again.stage(build.value())->text(4), QStringLiteral("partial"));
        QCOMPARE(again.stage(build.value())->text(5), QStringLiteral("[1/2] cc a.c"));
        QCOMPARE(again.streamOf(build.value(), 3), LineStream::Err); // read back from <id>.streams
        QCOMPARE(again.streamOf(build.value(), 5), LineStream::Out);
        const auto runs = LogStore::readStreams(logs + QStringLiteral("/build.streams"));
        QCOMPARE(runs.size(), std::size_t(4)); // info at 0, out at 1, err at 2, out at 5
        QCOMPARE(runs.back().first, qint64(5));
        // A symlink where the log goes is refused, not followed.
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")), logs + QStringLiteral("/linked.log")));
        QVERIFY(!again.openStage(QStringLiteral("linked")).ok());
    }

    void openRefusesWhatItCannotIndex()
    {
        QVERIFY(!LogFile::open(QStringLiteral("/nonexistent/x.log")).ok());
        const auto dirError = LogFile::open(QDir::tempPath());
        QVERIFY(!dirError.ok());
        QVERIFY(!dirError.error().remedy.isEmpty());
    }

    void classes_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("cls");
        QTest::newRow("gcc error") << QByteArray("foo.cpp:3:1: error: expected ';'") << int(LineClass::Error);
        QTest::newRow("ninja failed") << QByteArray("FAILED: caffe2/x.o") << int(LineClass::Error);
        QTest::newRow("warning") << QByteArray("foo.cpp:3:1: warning: unused variable") << int(LineClass::Warning);
        QTest::newRow("ninja progress") << QByteArray("[123/4567] Building CXX object a.o") << int(LineClass::Progress);
        QTest::newRow("make progress") << QByteArray("[ 45%] Linking CXX executable t") << int(LineClass::Progress);
        QTest::newRow("command") << QByteArray("/usr/bin/c++ -O2 -c a.cpp") << int(LineClass::Command);
        QTest::newRow("cmake note") << QByteArray("-- Performing Test HAS_X - Failed") << int(LineClass::Note);
        QTest::newRow("plain") << QByteArray("hello") << int(LineClass::Plain);
    }

    void classes()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, cls);
        QCOMPARE(int(LineClassifier::classify(line)), cls);
    }

    void search()
    {
        QTemporaryDir dir;
        const auto file =
            indexed(dir, test::readFixture(QStringLiteral(
                             "diagnosis/host_compiler_unsupported/ninja-gcc12-cuda11-ninja-stopped.log")));
        QVERIFY(file);
        const auto plain = LogSearch::compile({QStringLiteral("UNSUPPORTED gnu"), false, false, kAllClasses});
        QVERIFY(plain.ok());
        const auto hits = plain.value().run(*file, 0, file->lineCount());
        QVERIFY(!hits.empty());
        for (const qint64 line : hits)
            QVERIFY(file->text(line).contains(QStringLiteral("unsupported GNU"), Qt::CaseInsensitive));
        const auto sensitive = LogSearch::compile({QStringLiteral("UNSUPPORTED gnu"), false, true, kAllClasses});
        QVERIFY(sensitive.value().run(*file, 0, file->lineCount()).empty());
        const auto regex =
            LogSearch::compile({QStringLiteral("gcc versions? later than \\d+"), true, false, kAllClasses});
        QVERIFY(regex.ok());
        QCOMPARE(regex.value().run(*file, 0, file->lineCount()), hits);
        const auto errors = LogSearch::compile({QString(), false, false, classBit(LineClass::Error)});
        const auto errorLines = errors.value().run(*file, 0, file->lineCount());
        QVERIFY(!errorLines.empty() && qint64(errorLines.size()) < file->lineCount());
        const auto bad = LogSearch::compile({QStringLiteral("(unclosed"), true, false, kAllClasses});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().summary.contains(QStringLiteral("character")));
        std::atomic_bool cancel{true};
        QVERIFY(errors.value().run(*file, 0, file->lineCount(), &cancel).empty());
    }

    void readerHandlesCompressionAndTruncation()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("build.log"));
        QByteArray text;
        for (int i = 0; i < 20000; ++i)
            text += "line " + QByteArray::number(i) + " of a build log that compresses well\n";
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        for (const QString &tool : {QStringLiteral("gzip"), QStringLiteral("xz")}) {
            QCOMPARE(QProcess::execute(tool, {QStringLiteral("-k"), QStringLiteral("-f"), plain}), 0);
            const QString packed = plain + (tool == u"gzip" ? QStringLiteral(".gz") : QStringLiteral(".xz"));
            QByteArray got;
            QVERIFY(!LogReader::read(packed, [&](QByteArrayView b) {
                got.append(b);
                return true;
            }));
            QCOMPARE(got, text);
            QFile whole(packed);
            QVERIFY(whole.open(QIODevice::ReadOnly));
            const QByteArray bytes = whole.readAll();
            whole.close();
            const QString cut = packed + QStringLiteral(".cut");
            QFile c(cut);
            QVERIFY(c.open(QIODevice::WriteOnly));
            c.write(bytes.left(bytes.size() / 2));
            c.close();
            got.clear();
            const auto error = LogReader::read(cut, [&](QByteArrayView b) {
                got.append(b);
                return true;
            });
            QVERIFY2(error.has_value(), qPrintable(tool));
            QVERIFY(error->summary.contains(QStringLiteral("truncated")));
            QVERIFY(got.size() < text.size());
        }
        QByteArray got;
        QVERIFY(!LogReader::read(plain, [&](QByteArrayView b) {
            got.append(b);
            return true;
        }));
        QCOMPARE(got, text);
        QVERIFY(
            LogReader::read(dir.filePath(QStringLiteral("missing")), [](QByteArrayView) { return true; }).has_value());
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
