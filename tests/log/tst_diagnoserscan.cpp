// SPDX-License-Identifier: GPL-3.0-or-later
// The Diagnoser's block scan (PatternScanner over raw bytes, cleaned lines scanned apart) finds
// exactly what the plain definition finds: every line cleaned, every rule's QRegularExpressions
// tried on it. Checked per cause (first line, last line, hit count, captures, excerpt) on every
// diagnosis fixture and on constructed lines that the cleaner changes (colours, CR, very long
// lines), with the log fed whole, in odd pieces, line by line and as a LogFile.
#include "core/log/diagnoser.h"
#include "tests/support/testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dlstack;
using namespace dlstack::log;

namespace {

struct Found
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 count = 0;
    qint64 excerptFirst = 0;
    QStringList excerpt;
    QMap<QString, QString> captures;
    // Captures as the match gave them; results() may add values derived from them (remedy facts).
    bool operator==(const Found &o) const
    {
        if (first != o.first || last != o.last || count != o.count || excerptFirst != o.excerptFirst ||
            excerpt != o.excerpt)
            return false;
        const QMap<QString, QString> &fewer = captures.size() <= o.captures.size() ? captures : o.captures;
        const QMap<QString, QString> &more = captures.size() <= o.captures.size() ? o.captures : captures;
        for (auto it = fewer.begin(); it != fewer.end(); ++it)
            if (more.value(it.key(), QStringLiteral("\x01")) != it.value())
                return false;
        return true;
    }
};

using Findings = QMap<QString, Found>; // cause id -> what was found

const RuleSet &rules()
{
    static const RuleSet set = [] {
        auto loaded = RuleSet::loadDirectory(QStringLiteral(DLSTACK_SOURCE_DIR "/resources/diagnosis"));
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().toText()));
        return loaded.value();
    }();
    return set;
}

// The definition: lines split at '\n' (a last line without one counts), each cleaned, each rule
// tried with its first matching pattern deciding the captures, exclusions applied.
Findings reference(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (bytes.endsWith('\n') || bytes.isEmpty())
        lines.removeLast();
    Findings out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString subject = QString::fromUtf8(cleanLineBytes(lines.at(i)));
        for (const DiagnosisRule &rule : rules().rules()) {
            if (rule.role == DiagnosisRule::Role::Anchor)
                continue;
            QRegularExpressionMatch match;
            for (const QRegularExpression &re : rule.compiledPatterns)
                if ((match = re.match(subject)).hasMatch())
                    break;
            if (!match.hasMatch())
                continue;
            if (std::any_of(rule.compiledExclude.begin(), rule.compiledExclude.end(),
                            [&](const QRegularExpression &e) { return e.match(subject).hasMatch(); }))
                continue;
            Found &f = out[rule.id];
            f.last = i + 1;
            if (f.count++ > 0)
                continue;
            f.first = i + 1;
            f.excerptFirst = qMax<qsizetype>(0, i - Diagnoser::kContextBefore) + 1;
            for (qsizetype k = f.excerptFirst - 1; k <= qMin(lines.size() - 1, i + Diagnoser::kContextAfter); ++k)
                f.excerpt.append(cleanLine(lines.at(k)));
            for (auto it = rule.captures.begin(); it != rule.captures.end(); ++it)
                if (it.value() <= match.lastCapturedIndex() && match.capturedStart(it.value()) >= 0)
                    f.captures.insert(it.key(), match.captured(it.value()));
            for (int g = 1; g <= match.lastCapturedIndex(); ++g)
                if (match.capturedStart(g) >= 0)
                    f.captures.insert(QString::number(g), match.captured(g));
        }
    }
    // Progress rules are not findings; a cause seen only before the last line of progress that
    // clears it is dropped.
    for (const DiagnosisRule &rule : rules().rules()) {
        if (rule.role != DiagnosisRule::Role::Progress || !out.contains(rule.id))
            continue;
        const qint64 last = out.take(rule.id).last;
        for (const QString &id : rule.clears)
            if (out.contains(id) && out.value(id).last < last)
                out.remove(id);
    }
    return out;
}

Findings findings(const QList<Diagnosis> &diagnoses)
{
    Findings out;
    for (const Diagnosis &d : diagnoses)
        if (d.id != u"unrecognised")
            out.insert(d.id, Found{d.line, d.lastLine, d.hits, d.excerptFirstLine, d.excerpt, d.captures});
    return out;
}

QByteArray describe(const Findings &f)
{
    QByteArray text;
    for (auto it = f.begin(); it != f.end(); ++it) {
        text += it.key().toUtf8() + " first " + QByteArray::number(it->first) + " last " +
                QByteArray::number(it->last) + " hits " + QByteArray::number(it->count) + " excerpt@" +
                QByteArray::number(it->excerptFirst) + " " + it->excerpt.join(u" / ").left(200).toUtf8() + " captures";
        for (auto c = it->captures.begin(); c != it->captures.end(); ++c)
            text += " " + c.key().toUtf8() + "=" + c.value().toUtf8();
        text += "\n";
    }
    return text;
}

// Every way the Diagnoser can be fed gives the reference's findings.
void checkAllFeeds(const QByteArray &bytes)
{
    const Findings expected = reference(bytes);
    Diagnoser whole(rules());
    whole.addText(bytes);
    whole.finish();
    const Findings got = findings(whole.results());
    QVERIFY2(got == expected, ("whole\nexpected:\n" + describe(expected) + "got:\n" + describe(got)).constData());

    Diagnoser pieces(rules());
    for (qsizetype at = 0; at < bytes.size(); at += 37)
        pieces.addText(QByteArrayView(bytes).sliced(at, qMin<qsizetype>(37, bytes.size() - at)));
    pieces.finish();
    QCOMPARE(findings(pieces.results()), expected);

    Diagnoser lines(rules());
    QList<QByteArray> split = bytes.split('\n');
    if (bytes.endsWith('\n') || bytes.isEmpty())
        split.removeLast();
    for (const QByteArray &line : split)
        lines.addLine(line);
    QCOMPARE(findings(lines.results()), expected);
    QCOMPARE(lines.linesSeen(), whole.linesSeen());

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("log")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    auto opened = LogFile::open(file.fileName());
    QVERIFY(opened.ok());
    QVERIFY(!opened.value()->buildIndex());
    QCOMPARE(findings(Diagnoser::diagnoseFile(*opened.value(), rules())), expected);
}

} // namespace

class TestDiagnoserScan : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(test::fixturePath(QStringLiteral("diagnosis")), {QStringLiteral("*.log")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths.append(it.next());
        paths.sort();
        QVERIFY(paths.size() > 100);
        for (const QString &path : paths)
            QTest::newRow(qPrintable(path.section(u'/', -2))) << path;
    }

    void fixtures()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        checkAllFeeds(f.readAll());
    }

    void rangesReadInPiecesAcrossTheirEdges()
    {
        // addRange() cuts the input at fixed 256 KiB offsets: lines that cross them, a line
        // longer than several pieces, empty lines right at an edge and a last line without '\n'
        // must give what one addText() gives.
        constexpr qsizetype kPiece = 256 * 1024;
        QFile f(test::fixturePath(
            QStringLiteral("diagnosis/host_compiler_unsupported/ninja-gcc12-cuda11-ninja-stopped.log")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray fixture = f.readAll();
        QByteArray bytes;
        while (bytes.size() < kPiece - 3)
            bytes += "[12/900] Building CXX object caffe2/op.cpp.o\n";
        bytes.truncate(kPiece - 1);
        bytes += "\n\n"; // a '\n' on each side of the first edge
        bytes += fixture;
        bytes += "OSError: [Errno 28] No space left on device" + QByteArray(3 * kPiece, 'x') + "\n"; // spans 4 pieces
        bytes += fixture;
        while (bytes.size() % kPiece != 0)
            bytes += 'y';
        bytes += "\nImportError: libcudnn.so.9: cannot open shared object file: No such file or directory";
        Diagnoser whole(rules());
        whole.addText(bytes);
        whole.finish();
        const Findings expected = findings(whole.results());
        QVERIFY(expected.size() >= 2);
        const auto read = [&bytes](qint64 offset, qint64 length, QByteArray &into) {
            into = bytes.mid(offset, length);
            return true;
        };
        for (const qint64 split : {qint64(0), qint64(kPiece), qint64(5 * kPiece + 17)}) {
            Diagnoser ranged(rules());
            if (split > 0)
                QVERIFY(ranged.addRange(0, split, read));
            QVERIFY(ranged.addRange(split, bytes.size(), read));
            ranged.finish();
            QCOMPARE(ranged.linesSeen(), whole.linesSeen());
            const Findings got = findings(ranged.results());
            QVERIFY2(got == expected, ("expected:\n" + describe(expected) + "got:\n" + describe(got)).constData());
        }
    }

    void aRangeThatCannotBeReadStops()
    {
        QByteArray bytes;
        while (bytes.size() < 3 * 256 * 1024)
            bytes += "OSError: [Errno 28] No space left on device\n";
        Diagnoser d(rules());
        const bool complete = d.addRange(0, bytes.size(), [&bytes](qint64 offset, qint64 length, QByteArray &into) {
            into = bytes.mid(offset, offset >= 512 * 1024 ? length / 2 : length); // shortened file
            return offset < 512 * 1024;
        });
        QVERIFY(!complete);
        QVERIFY(d.linesSeen() > 0);
        QVERIFY(d.linesSeen() < bytes.count('\n'));
    }

    void changedLines_data()
    {
        QTest::addColumn<QByteArray>("log");
        const QByteArray cause = "OSError: [Errno 28] No space left on device";
        QTest::newRow("colour inside the literal")
            << QByteArray("x\n\x1b[1m\x1b[31mOSError: [Errno 28] No space\x1b[0m left on device\ny\n");
        QTest::newRow("colour codes only around") << QByteArray("a\n\x1b[31m" + cause + "\x1b[0m\nb");
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n" + cause + "\r\nc\r\n");
        QTest::newRow("progress bar redraw") << QByteArray("10%\r20%\r" + cause + "\nnext\n");
        QTest::newRow("redraw hides the cause") << QByteArray(cause + "\rall good now\n");
        QTest::newRow("cause then long line") << QByteArray(cause + "\n" + QByteArray(200000, 'x') + "\n" + cause);
        QTest::newRow("cause inside the cap")
            << QByteArray(QByteArray(1000, 'y') + cause + QByteArray(100000, 'z') + "\n");
        QTest::newRow("cause beyond the cap") << QByteArray(QByteArray(70000, 'y') + cause + "\nlast\n");
        QTest::newRow("NUL bytes around") << QByteArray("\0\0a\n", 4) + cause + QByteArray("\0\n\0", 3);
        QTest::newRow("invalid UTF-8 around") << QByteArray("\xff\xfe\n\xc3(" + cause + "\xe2\x82\n\x80");
        QTest::newRow("multi-byte where '.' stands")
            << QByteArray("ImportError: /x/\xc3\xa9\xe2\x82\xac.so: undefined symbol: _ZN3c10\n");
        // Vectorscan 5.4.9's regular-expression scan misses this match at most buffer addresses
        // (found by fuzz_diagnoser): first in a block, inside one, and alone.
        const QByteArray quoted = "nvcc fatal   : The version ('40000') of the host compiler ('cl" +
                                  QByteArray(63, 'z') + "ang') is not supported";
        QTest::newRow("long quoted compiler, first line") << QByteArray(quoted + "\nnext\n");
        QTest::newRow("long quoted compiler, inside") << QByteArray("[  4%] Building NVCC\n" + quoted + "\nnext\n");
        QTest::newRow("long quoted compiler, invalid UTF-8")
            << QByteArray("a\n" + QByteArray(quoted).replace(QByteArray(63, 'z'), QByteArray(90, '\xa0')) + "\n");
        QTest::newRow("empty lines and no final newline") << QByteArray("\n\n\n" + cause);
        QTest::newRow("several causes, repeated")
            << QByteArray(cause + "\nPermissionError: [Errno 13] Permission denied: '/x'\n" + cause + "\n\x1b[31m" +
                          cause + "\x1b[0m\n");
        QByteArray many;
        for (int i = 0; i < 20000; ++i)
            many += "[" + QByteArray::number(i) + "/20000] Building CXX object op" + QByteArray::number(i) + ".o\n" +
                    (i % 997 == 0 ? cause + "\n" : QByteArray()) +
                    (i % 1499 == 0 ? "\x1b[31m" + cause + "\x1b[0m\r\n" : QByteArray());
        QTest::newRow("causes across blocks") << many;
    }

    void changedLines()
    {
        QFETCH(QByteArray, log);
        checkAllFeeds(log);
    }

    void coloredLineIsFoundAndShownClean()
    {
        Diagnoser d(rules());
        d.addText("ok\n\x1b[1m\x1b[31mOSError: [Errno 28] No space\x1b[0m left on device\nok\n");
        d.finish();
        const Findings f = findings(d.results());
        QVERIFY(f.contains(QStringLiteral("disk_full")));
        QCOMPARE(f.value(QStringLiteral("disk_full")).first, 2);
        QCOMPARE(f.value(QStringLiteral("disk_full")).excerpt.at(1),
                 QStringLiteral("OSError: [Errno 28] No space left on device"));
    }

    void lastLineAndHitsAreCounted()
    {
        Diagnoser d(rules());
        d.addText("OSError: [Errno 28] No space left on device\nx\nOSError: [Errno 28] No space left on device\ny\n");
        d.finish();
        const Found f = findings(d.results()).value(QStringLiteral("disk_full"));
        QCOMPARE(f.first, 1);
        QCOMPARE(f.last, 3);
        QCOMPARE(f.count, 2);
    }
};

QTEST_GUILESS_MAIN(TestDiagnoserScan)
#include "tst_diagnoserscan.moc"
