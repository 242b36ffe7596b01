// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/diagnoser.h"

#include "core/log/causeranker.h"
#include "core/log/remedyfacts.h"

#include <QJsonArray>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <sched.h>
#include <thread>

namespace dlstack::log {

namespace {

// Blocks are scanned in pieces that stay in the CPU's L2 cache while BlockLines and the
// scanner each read them once.
constexpr qsizetype kPiece = 256 * 1024;
// At most this many threads scan one large input (each piece of it independent).
constexpr int kMaxScanThreads = 16;
// What diagnoseFile() reads at a time.
constexpr qint64 kFileBlock = 4 * 1024 * 1024;

// The CPUs this process may run on (taskset, a Slurm or container allocation), not all online.
unsigned usableCores()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) == 0)
        return unsigned(qMax(1, CPU_COUNT(&set)));
    return qMax(1u, std::thread::hardware_concurrency());
}

Diagnoser::RangeReader readerOf(const LogFile &file)
{
    return [&file](qint64 offset, qint64 length, QByteArray &into) { return file.readAt(offset, length, into); };
}

} // namespace

QJsonObject Diagnosis::toJson() const
{
    QJsonObject captureObject;
    for (auto it = captures.begin(); it != captures.end(); ++it)
        captureObject.insert(it.key(), it.value());
    QJsonObject valueObject;
    for (auto it = values.begin(); it != values.end(); ++it)
        valueObject.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("weight"), weight},
                  {QStringLiteral("line"), line},
                  {QStringLiteral("last_line"), lastLine},
                  {QStringLiteral("hits"), hits},
                  {QStringLiteral("excerpt_first_line"), excerptFirstLine},
                  {QStringLiteral("excerpt"), QJsonArray::fromStringList(excerpt)},
                  {QStringLiteral("explanation"), explanation},
                  {QStringLiteral("remedy"), remedy},
                  {QStringLiteral("captures"), captureObject},
                  {QStringLiteral("values"), valueObject}};
    if (!anchor.isEmpty())
        o.insert(QStringLiteral("anchor"), anchor);
    return o;
}

Diagnosis Diagnosis::fromJson(const QJsonObject &o)
{
    Diagnosis d;
    d.id = o.value(QStringLiteral("id")).toString();
    d.title = o.value(QStringLiteral("title")).toString();
    d.weight = o.value(QStringLiteral("weight")).toInt();
    d.line = o.value(QStringLiteral("line")).toInteger();
    d.lastLine = o.value(QStringLiteral("last_line")).toInteger();
    d.hits = o.value(QStringLiteral("hits")).toInteger();
    d.excerptFirstLine = o.value(QStringLiteral("excerpt_first_line")).toInteger();
    for (const QJsonValue &line : o.value(QStringLiteral("excerpt")).toArray())
        d.excerpt.append(line.toString());
    d.explanation = o.value(QStringLiteral("explanation")).toString();
    d.remedy = o.value(QStringLiteral("remedy")).toString();
    const QJsonObject captures = o.value(QStringLiteral("captures")).toObject();
    for (auto it = captures.begin(); it != captures.end(); ++it)
        d.captures.insert(it.key(), it.value().toString());
    const QJsonObject values = o.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        d.values.insert(it.key(), it.value().toString());
    d.anchor = o.value(QStringLiteral("anchor")).toString();
    return d;
}

Diagnoser::Diagnoser(RuleSet rules, std::optional<probe::SystemProfile> profile)
    : m_rules(std::move(rules)), m_profile(std::move(profile)), m_scanner(m_rules.scanner())
{
    for (const DiagnosisRule &rule : m_rules.rules()) {
        m_ruleFirstPattern.push_back(int(m_allPatterns.size()));
        for (int p = 0; p < rule.patterns.size(); ++p)
            m_allPatterns.push_back(int(m_allPatterns.size()));
    }
    m_ruleFirstPattern.push_back(int(m_allPatterns.size()));
    m_ruleHit.assign(std::size_t(m_rules.rules().size()), -1);
    const unsigned cores = usableCores();
    for (unsigned t = 1; t < qBound(1u, cores, unsigned(kMaxScanThreads)); ++t)
        m_helpers.push_back(m_scanner);
}

void Diagnoser::addLine(QByteArrayView rawLine)
{
    processLine(rawLine);
}

void Diagnoser::addText(QByteArrayView bytes)
{
    qsizetype start = 0;
    if (!m_partial.isEmpty()) {
        const auto *nl = static_cast<const char *>(std::memchr(bytes.data(), '\n', std::size_t(bytes.size())));
        const qsizetype end = nl ? nl - bytes.data() : bytes.size();
        // Keep at most what is looked at of a very long line, so memory stays bounded.
        if (m_partial.size() < kDisplayCap + 1)
            m_partial.append(bytes.first(qMin(end, kDisplayCap + 1 - m_partial.size())));
        if (!nl)
            return;
        processLine(m_partial);
        m_partial.clear();
        start = end + 1;
    }
    const QByteArrayView rest = bytes.sliced(start);
    const auto *last = static_cast<const char *>(memrchr(rest.data(), '\n', std::size_t(rest.size())));
    qsizetype tail = 0;
    if (last) {
        processLines(rest.first(last - rest.data()));
        tail = last - rest.data() + 1;
    }
    if (tail < rest.size())
        m_partial = rest.sliced(tail, qMin(rest.size() - tail, kDisplayCap + 1)).toByteArray();
}

void Diagnoser::finish()
{
    if (!m_partial.isEmpty()) {
        processLine(m_partial);
        m_partial.clear();
    }
}

void Diagnoser::processLine(QByteArrayView raw)
{
    const qint64 number = ++m_lines;
    if (m_waitingAfter > 0)
        appendAfter(cleanLine(raw));
    const QByteArray clean = cleanLineBytes(raw);
    const std::vector<int> *patterns = &m_patterns;
    if (!linePatterns(m_scanner, clean, m_patterns))
        patterns = &m_allPatterns;
    if (!patterns->empty())
        confirm(number, clean, patterns->data(), patterns->size(), Site{nullptr, raw, 0, raw.size()});
    remember(raw);
}

bool Diagnoser::linePatterns(PatternScanner &scanner, QByteArrayView clean, std::vector<int> &patterns)
{
    return scanner.hasLiteralFilter() ? scanner.literalPatterns(clean, patterns) : scanner.scanLine(clean, patterns);
}

void Diagnoser::processLines(QByteArrayView lines)
{
    // Pieces that end at a '\n'; one line longer than a piece makes its piece longer.
    std::size_t count = 0;
    for (qsizetype from = 0;;) {
        if (m_pieces.size() <= count)
            m_pieces.emplace_back();
        Piece &piece = m_pieces[count++];
        piece.read = piece.hasLines = true;
        const qsizetype left = lines.size() - from;
        const char *base = lines.data() + from;
        const char *nl = nullptr;
        if (left > kPiece) {
            nl = static_cast<const char *>(memrchr(base, '\n', std::size_t(kPiece)));
            if (!nl)
                nl = static_cast<const char *>(std::memchr(base + kPiece, '\n', std::size_t(left - kPiece)));
        }
        if (!nl) {
            piece.bytes = lines.sliced(from);
            break;
        }
        piece.bytes = lines.sliced(from, nl - base);
        from += nl - base + 1;
    }
    scanPieces(count);
    for (std::size_t i = 0; i < count; ++i)
        confirmPiece(m_pieces[i]);
}

void Diagnoser::scanPieces(std::size_t count, const std::function<void(Piece &)> &before)
{
    // Scanning is independent per piece: large inputs are scanned by a few threads, each with
    // its own scanner (scratch); recording hits stays in order on this thread.
    if (count > 1 && !m_helpers.empty() && !m_workers)
        m_workers = std::make_unique<ParallelFor>(m_helpers.size() + 1);
    const auto one = [&](Piece &piece, PatternScanner &scanner) {
        if (before)
            before(piece);
        if (piece.read && piece.hasLines)
            scanPiece(piece, scanner);
    };
    if (m_workers) {
        m_workers->run(count, [&](std::size_t worker, std::size_t i) {
            one(m_pieces[i], worker == 0 ? m_scanner : m_helpers[worker - 1]);
        });
    } else {
        for (std::size_t i = 0; i < count; ++i)
            one(m_pieces[i], m_scanner);
    }
}

void Diagnoser::appendPartial(QByteArrayView bytes)
{
    // Keep at most what is looked at of a very long line, so memory stays bounded.
    if (m_partial.size() < kDisplayCap + 1)
        m_partial.append(bytes.first(qMin(bytes.size(), kDisplayCap + 1 - m_partial.size())));
}

bool Diagnoser::addRange(qint64 from, qint64 to, const RangeReader &read, const std::atomic_bool *cancel)
{
    // Each piece is read where it lies; its lines after the first are scanned on the thread that
    // read it. The first line of each piece (the end of a line begun before it) and a piece
    // without '\n' (inside a long line) join m_partial here, in order.
    // Four pieces per thread and round: the rounds' barrier and the in-order confirmation on this
    // thread then cost less than the scan (two per round: 0.63 of `wc -l` on 16 cores, four: 0.80).
    const qint64 batch = 4 * qint64(m_helpers.size() + 1);
    for (qint64 at = from; at < to;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const std::size_t count = std::size_t(qMin<qint64>(batch, (to - at + kPiece - 1) / kPiece));
        while (m_pieces.size() < count)
            m_pieces.emplace_back();
        const qint64 batchStart = at;
        scanPieces(count, [&](Piece &piece) {
            const std::size_t i = std::size_t(&piece - m_pieces.data());
            const qint64 offset = batchStart + qint64(i) * kPiece;
            const qint64 length = qMin<qint64>(kPiece, to - offset);
            piece.read = read(offset, length, piece.buffer) && piece.buffer.size() == length;
            const char *data = piece.buffer.constData();
            const auto *first = static_cast<const char *>(std::memchr(data, '\n', std::size_t(piece.buffer.size())));
            const auto *last =
                first ? static_cast<const char *>(memrchr(data, '\n', std::size_t(piece.buffer.size()))) : nullptr;
            piece.firstNewline = first ? first - data : -1;
            piece.lastNewline = last ? last - data : -1;
            piece.hasLines = piece.read && last > first;
            if (piece.hasLines)
                piece.bytes = QByteArrayView(first + 1, last - first - 1);
        });
        for (std::size_t i = 0; i < count; ++i) {
            const Piece &piece = m_pieces[i];
            if (!piece.read)
                return false;
            const QByteArrayView bytes(piece.buffer);
            if (piece.firstNewline < 0) {
                appendPartial(bytes);
                continue;
            }
            appendPartial(bytes.first(piece.firstNewline));
            processLine(m_partial);
            m_partial.clear();
            if (piece.hasLines)
                confirmPiece(piece);
            appendPartial(bytes.sliced(piece.lastNewline + 1));
        }
        at += qint64(count) * kPiece;
    }
    return true;
}

void Diagnoser::scanPiece(Piece &piece, PatternScanner &scanner) const
{
    const std::vector<int> &allPatterns = m_allPatterns;
    const QByteArrayView block = piece.bytes;
    BlockLines &map = piece.map;
    std::vector<Candidate> &candidates = piece.candidates;
    map.map(block, kDisplayCap);
    candidates.clear();
    // Which patterns a line can match is decided by the literal scan where every pattern has
    // literal factors, and the rules' QRegularExpressions confirm; Vectorscan's regular-expression
    // scan only stands in where some pattern has none. (Debian's Vectorscan 5.4.9 misses matches
    // of plain patterns such as "\('[^']*'\) is not supported" on long lines at most buffer
    // addresses -- fuzz_diagnoser found it -- so its "no match" cannot exclude a line; its
    // literal matcher has not been seen to miss.) Lines TextCleaner changes are cleaned first and
    // looked at one by one, exactly as addLine() does.
    bool scanned = true;
    std::vector<int> patterns;
    const auto &changedLines = map.changedLines();
    const bool filtered =
        scanner.hasLiteralFilter() && scanner.candidatePatterns(block, piece.lines, piece.linePatterns);
    if (filtered) {
        for (const PatternScanner::CandidateLine &candidate : piece.lines) {
            const qsizetype at = candidate.start;
            if (std::binary_search(changedLines.begin(), changedLines.end(), at))
                continue; // looked at below, cleaned
            const qsizetype end = map.lineEnd(at);
            const qint64 line = map.lineAt(at);
            if (candidate.patternCount >= 0) {
                for (int k = 0; k < candidate.patternCount; ++k)
                    candidates.push_back({line, piece.linePatterns[std::size_t(candidate.firstPattern + k)], at});
                continue;
            }
            // The block's first line, which no '\n' precedes in the block.
            if (!scanner.literalPatterns(block.sliced(at, end - at), patterns)) {
                scanned = false;
                break;
            }
            for (const int pattern : patterns)
                candidates.push_back({line, pattern, at});
        }
    }
    auto changedAt = map.changedLines().begin();
    for (qsizetype at = 0; at <= block.size() && !filtered;) {
        const qsizetype end = map.lineEnd(at);
        if (changedAt != map.changedLines().end() && *changedAt == at) {
            ++changedAt; // scanned below, cleaned
        } else if (end > at) {
            if (!scanner.scanLine(block.sliced(at, end - at), patterns)) {
                scanned = false;
                break;
            }
            const qint64 line = map.lineAt(at);
            for (const int pattern : patterns)
                candidates.push_back({line, pattern, at});
        }
        at = end + 1;
    }
    for (const qsizetype start : map.changedLines()) {
        const QByteArray clean = cleanLineBytes(block.sliced(start, map.lineEnd(start) - start));
        const qint64 at = map.lineAt(start);
        if (!linePatterns(scanner, clean, patterns))
            patterns = allPatterns;
        for (const int pattern : patterns)
            candidates.push_back({at, pattern, start});
    }
    if (!scanned) { // no memory for the scan: every line is a candidate for every pattern
        candidates.clear();
        for (qsizetype at = 0; at <= block.size();) {
            const qsizetype end = map.lineEnd(at);
            for (const int pattern : allPatterns)
                candidates.push_back({map.lineAt(at), pattern, at});
            at = end + 1;
        }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(
        std::unique(candidates.begin(), candidates.end(),
                    [](const Candidate &a, const Candidate &b) { return a.line == b.line && a.pattern == b.pattern; }),
        candidates.end());
    matchPiece(piece);
}

void Diagnoser::matchPiece(Piece &piece) const
{
    const BlockLines &map = piece.map;
    const std::vector<Candidate> &candidates = piece.candidates;
    piece.matched.clear();
    std::vector<char> seen(m_rules.rules().size(), 0); // rules already matched in this piece
    std::vector<int> patterns;
    RuleMatches matches;
    for (std::size_t k = 0; k < candidates.size();) {
        std::size_t next = k;
        patterns.clear();
        while (next < candidates.size() && candidates[next].line == candidates[k].line)
            patterns.push_back(candidates[next++].pattern);
        const qsizetype start = candidates[k].start;
        const QByteArrayView raw = piece.bytes.sliced(start, map.lineEnd(start) - start);
        const bool changed = std::binary_search(map.changedLines().begin(), map.changedLines().end(), start);
        const QByteArray clean = changed ? cleanLineBytes(raw) : QByteArray::fromRawData(raw.data(), raw.size());
        matches.clear();
        matchRules(clean, patterns.data(), patterns.size(), matches);
        for (auto &[rule, match] : matches) {
            char &first = seen[std::size_t(rule)];
            piece.matched.push_back(
                {candidates[k].line, rule, start, first ? QRegularExpressionMatch() : std::move(match)});
            first = 1;
        }
        k = next;
    }
}

void Diagnoser::confirmPiece(const Piece &piece)
{
    const QByteArrayView block = piece.bytes;
    const BlockLines &map = piece.map;
    const qint64 firstNumber = m_lines + 1;
    if (m_waitingAfter > 0) {
        qsizetype at = 0;
        for (int k = 0; k < kContextAfter && m_waitingAfter > 0 && at <= block.size(); ++k) {
            const qsizetype end = map.lineEnd(at);
            appendAfter(cleanLine(block.sliced(at, end - at)));
            at = end + 1;
        }
    }
    for (const Matched &m : piece.matched)
        record(firstNumber + m.line, m.rule, m.match, Site{&map, block, m.start, map.lineEnd(m.start)});
    m_lines += map.lineCount();
    // The last two lines are the context before whatever comes next.
    const qsizetype lastStart = map.lineStart(block.size());
    if (map.lineCount() > 1) {
        const qsizetype previousStart = map.lineStart(lastStart - 1);
        remember(block.sliced(previousStart, lastStart - 1 - previousStart));
    }
    remember(block.sliced(lastStart));
}

void Diagnoser::matchRules(QByteArrayView clean, const int *patterns, std::size_t count, RuleMatches &out) const
{
    QString subject;
    for (std::size_t k = 0; k < count;) {
        // The patterns of one rule are consecutive: try the rule's reported ones in order.
        const int first = patterns[k];
        const auto ruleEnd = std::upper_bound(m_ruleFirstPattern.begin(), m_ruleFirstPattern.end(), first);
        const int r = int(ruleEnd - m_ruleFirstPattern.begin()) - 1;
        std::size_t next = k;
        while (next < count && patterns[next] < *ruleEnd)
            ++next;
        const DiagnosisRule &rule = m_rules.rules().at(r);
        if (subject.isNull())
            subject = QString::fromUtf8(clean);
        QRegularExpressionMatch match;
        for (std::size_t p = k; p < next && !match.hasMatch(); ++p)
            match = rule.compiledPatterns.at(patterns[p] - m_ruleFirstPattern[std::size_t(r)]).match(subject);
        k = next;
        if (!match.hasMatch())
            continue; // the scanner's hit was looser than the pattern, or ran over a line end
        // The first matching pattern of a rule decides its captures.
        if (std::any_of(rule.compiledExclude.begin(), rule.compiledExclude.end(),
                        [&](const QRegularExpression &e) { return e.match(subject).hasMatch(); }))
            continue;
        out.emplace_back(r, std::move(match));
    }
}

void Diagnoser::confirm(qint64 number, QByteArrayView clean, const int *patterns, std::size_t count, const Site &site)
{
    RuleMatches matches;
    matchRules(clean, patterns, count, matches);
    for (const auto &[rule, match] : matches)
        record(number, rule, match, site);
}

void Diagnoser::record(qint64 number, int r, const QRegularExpressionMatch &match, const Site &site)
{
    if (const int existing = m_ruleHit[std::size_t(r)]; existing >= 0) {
        Hit &hit = m_hits[existing];
        hit.lastLine = number;
        ++hit.count;
        return;
    }
    const DiagnosisRule &rule = m_rules.rules().at(r);
    Hit hit;
    hit.rule = r;
    hit.line = hit.lastLine = number;
    hit.count = 1;
    fillExcerpt(hit, number, site);
    for (auto it = rule.captures.begin(); it != rule.captures.end(); ++it)
        if (it.value() <= match.lastCapturedIndex() && match.capturedStart(it.value()) >= 0)
            hit.captures.insert(it.key(), match.captured(it.value()));
    for (int g = 1; g <= match.lastCapturedIndex(); ++g)
        if (match.capturedStart(g) >= 0)
            hit.captures.insert(QString::number(g), match.captured(g));
    m_ruleHit[std::size_t(r)] = int(m_hits.size());
    if (hit.afterMissing > 0)
        ++m_waitingAfter;
    m_hits.append(hit);
}

void Diagnoser::fillExcerpt(Hit &hit, qint64 number, const Site &site) const
{
    QList<QByteArrayView> before;
    qsizetype at = site.start;
    if (site.block) {
        while (before.size() < kContextBefore && at > 0) {
            const qsizetype start = site.block->lineStart(at - 1);
            before.prepend(site.bytes.sliced(start, at - 1 - start));
            at = start;
        }
    }
    if (at == 0) // the lines before the block (or the single line) come from earlier input
        for (auto it = m_before.rbegin(); it != m_before.rend() && before.size() < kContextBefore; ++it)
            before.prepend(QByteArrayView(*it));
    hit.excerptFirstLine = number - before.size();
    for (const QByteArrayView line : before)
        hit.excerpt.append(cleanLine(line));
    hit.excerpt.append(cleanLine(site.bytes.sliced(site.start, site.end - site.start)));
    hit.afterMissing = kContextAfter;
    if (!site.block)
        return;
    for (qsizetype next = site.end + 1; hit.afterMissing > 0 && next <= site.bytes.size(); --hit.afterMissing) {
        const qsizetype end = site.block->lineEnd(next);
        hit.excerpt.append(cleanLine(site.bytes.sliced(next, end - next)));
        next = end + 1;
    }
}

void Diagnoser::appendAfter(const QString &line)
{
    for (Hit &hit : m_hits) {
        if (hit.afterMissing > 0) {
            hit.excerpt.append(line);
            if (--hit.afterMissing == 0)
                --m_waitingAfter;
        }
    }
}

void Diagnoser::remember(QByteArrayView raw)
{
    m_before.push_back(raw.first(qMin(raw.size(), kDisplayCap + 1)).toByteArray());
    if (m_before.size() > std::size_t(kContextBefore))
        m_before.pop_front();
}

QList<Diagnosis> Diagnoser::results() const
{
    QList<Diagnosis> out;
    QList<AnchorHit> anchors;
    // The last line of the progress that clears each cause: a cause seen only before it was got over.
    QMap<QString, qint64> clearedUpTo;
    for (const Hit &hit : m_hits) {
        const DiagnosisRule &rule = m_rules.rules().at(hit.rule);
        if (rule.role == DiagnosisRule::Role::Progress)
            for (const QString &id : rule.clears)
                clearedUpTo[id] = qMax(clearedUpTo.value(id), hit.lastLine);
    }
    for (const Hit &hit : m_hits) {
        const DiagnosisRule &rule = m_rules.rules().at(hit.rule);
        if (rule.role == DiagnosisRule::Role::Progress)
            continue;
        if (rule.role == DiagnosisRule::Role::Anchor) {
            anchors.append(AnchorHit{&rule, hit.line, hit.lastLine, hit.excerptFirstLine, hit.excerpt});
            continue;
        }
        if (hit.lastLine < clearedUpTo.value(rule.id, -1))
            continue;
        Diagnosis d;
        d.id = rule.id;
        d.title = rule.title;
        d.weight = rule.weight;
        d.line = hit.line;
        d.hits = hit.count;
        d.lastLine = hit.lastLine;
        d.excerptFirstLine = hit.excerptFirstLine;
        d.excerpt = hit.excerpt;
        d.captures = hit.captures;
        RemedyFacts::applyLookups(rule, d.captures);
        d.explanation = fillPlaceholders(rule.explanation, m_profile, d.captures, &d.values);
        d.remedy = fillPlaceholders(rule.remedy, m_profile, d.captures, &d.values);
        out.append(d);
    }
    if (out.isEmpty()) {
        if (auto none = CauseRanker::unrecognised(anchors))
            out.append(*none);
        return out;
    }
    return CauseRanker::rank(out, anchors, &m_rules);
}

QList<Diagnosis> Diagnoser::diagnoseFile(const LogFile &file, const RuleSet &rules,
                                         const std::optional<probe::SystemProfile> &profile,
                                         const std::atomic_bool *cancel)
{
    Diagnoser diagnoser(rules, profile);
    if (diagnoser.addRange(0, file.size(), readerOf(file), cancel))
        diagnoser.finish();
    return diagnoser.results();
}

QList<Diagnosis> Diagnoser::diagnoseWhileIndexing(const LogFile &file, const std::atomic_bool &indexDone,
                                                  const RuleSet &rules,
                                                  const std::optional<probe::SystemProfile> &profile,
                                                  const std::atomic_bool *cancel)
{
    Diagnoser diagnoser(rules, profile);
    const auto stopped = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    qint64 done = 0;
    for (;;) {
        // Read indexDone before size(): once it is set, size() is final.
        const bool last = indexDone.load(std::memory_order_acquire);
        const qint64 indexed = file.size();
        // Whole blocks while indexing goes on (the scan's pieces stay large), the rest at the end.
        const qint64 upTo = last ? indexed : done + (indexed - done) / kFileBlock * kFileBlock;
        if (upTo > done) {
            if (!diagnoser.addRange(done, upTo, readerOf(file), cancel))
                return diagnoser.results();
            done = upTo;
        } else if (last) {
            break;
        } else {
            if (stopped())
                return diagnoser.results();
            std::this_thread::sleep_for(std::chrono::milliseconds(2)); // indexing is several times faster
        }
    }
    diagnoser.finish();
    return diagnoser.results();
}

QString Diagnoser::profileValue(const std::optional<probe::SystemProfile> &profile, const QString &name)
{
    const QString unknown = QStringLiteral("unknown");
    if (name == u"max_jobs") {
        if (!profile || profile->host.cpuCores <= 0 || profile->host.memoryMib <= 0)
            return QStringLiteral("2");
        const qint64 byMemory = qint64(std::floor(double(profile->host.memoryMib) / 1024.0 / 3.0));
        return QString::number(qMax<qint64>(1, qMin<qint64>(profile->host.cpuCores, byMemory)));
    }
    if (!profile)
        return unknown;
    const probe::SystemProfile &p = *profile;
    QString value;
    if (name == u"gcc_version") {
        for (const probe::Compiler &c : p.compilers) {
            if (c.kind != u"gcc")
                continue;
            if (value.isEmpty() || c.path.endsWith(QStringLiteral("/gcc")))
                value = c.version;
        }
    } else if (name == u"cuda_version") {
        if (!p.cudaToolkits.isEmpty())
            value = p.cudaToolkits.first().version;
    } else if (name == u"driver_version") {
        if (p.nvidiaDriver)
            value = p.nvidiaDriver->version;
    } else if (name == u"gpu_name") {
        if (!p.gpus.isEmpty())
            value = p.gpus.first().name;
    } else if (name == u"compute_capability") {
        for (const probe::Gpu &gpu : p.gpus)
            if (value.isEmpty())
                value = gpu.computeCapability;
    } else if (name == u"python_version" || name == u"torch_version") {
        const probe::PythonEnv *env = nullptr;
        for (const probe::PythonEnv &e : p.pythonEnvs)
            if (e.active || !env)
                env = e.active ? &e : (env ? env : &e);
        if (name == u"torch_version")
            value = env ? env->packages.value(QStringLiteral("torch")) : QString();
        else
            value = env && !env->pythonVersion.isEmpty()
                        ? env->pythonVersion
                        : (p.pythons.isEmpty() ? QString() : p.pythons.first().version);
    } else if (name == u"memory_gib") {
        if (p.host.memoryMib > 0)
            value = QString::number(p.host.memoryMib / 1024);
    } else if (name == u"cores") {
        if (p.host.cpuCores > 0)
            value = QString::number(p.host.cpuCores);
    }
    return value.isEmpty() ? unknown : value;
}

QString Diagnoser::fillPlaceholders(const QString &text, const std::optional<probe::SystemProfile> &profile,
                                    const QMap<QString, QString> &captures, QMap<QString, QString> *values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{(\\w+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        bool numeric = false;
        name.toInt(&numeric);
        QString value;
        if (captures.contains(name))
            value = captures.value(name);
        else if (RemedyFacts::names().contains(name))
            value = RemedyFacts::value(name, profile, captures);
        else if (profilePlaceholders().contains(name))
            value = profileValue(profile, name);
        else if (numeric)
            value = QStringLiteral("unknown");
        else
            continue; // not a placeholder (e.g. a literal brace in a command)
        out += QStringView(text).mid(last, m.capturedStart() - last);
        if (value.isEmpty())
            value = QStringLiteral("unknown");
        out += value;
        if (values)
            values->insert(name, value);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace dlstack::log
