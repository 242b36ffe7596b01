// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/patternscanner.h"

#include "core/log/bytepattern.h"
#include "core/log/literalfactors.h"
#include "core/log/scannercache.h"

#include <hs/hs.h>

#include <QList>
#include <QPair>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace dlstack::log {

struct PatternScanner::Shared
{
    hs_database_t *database = nullptr;
    std::vector<int> rules;
    std::vector<char> prefilter;
    // Every pattern's literal factors, deduplicated, in one literal database; null when a
    // pattern has none (then every line needs the full scan).
    hs_database_t *literals = nullptr;
    int literalCount = 0;
    QList<QByteArray> literalTexts;
    // Per literal, the patterns one of whose factors contains it (increasing): a line holding no
    // literal of a pattern cannot match it.
    std::vector<std::vector<int>> literalPatterns;

    Shared() = default;
    Shared(const Shared &) = delete;
    Shared &operator=(const Shared &) = delete;
    ~Shared()
    {
        hs_free_database(database);
        hs_free_database(literals);
    }
};

namespace {

// The last databases compiled in this process, by their patterns: loading the same rules again
// (a test, a user rule folder merged again) shares the database instead of compiling for a
// fifth of a second. A few hundred KiB each.
constexpr int kCached = 4;
// How a pattern is compiled (PatternScanner::Shared::prefilter holds one per pattern).
constexpr char kExact = 0;
constexpr char kPrefilter = 1; // a superset
// Vectorscan 5.4.9 (Debian 12) misses some matches depending on where the buffer lies in
// memory: in the cases found, at 11 consecutive of the 64 byte offsets (its SIMD accelerators;
// leftmost start of match only moves the window). So every buffer is scanned where it is and
// once more from a copy 32 bytes further along: a window narrower than 32 offsets cannot hold
// both (tests/log/tst_patternscanner.cpp scans such cases at every offset).
constexpr qsizetype kShift = 32;
std::mutex g_cacheLock;
QList<QPair<QByteArray, std::shared_ptr<const PatternScanner::Shared>>> g_cache; // newest last

constexpr qsizetype kMaxLiteral = 16;

// The literal database of the patterns' factors. Pure literals go to Vectorscan's literal matchers
// (FDR, Teddy); caseless like the rules. Its compile takes only milliseconds, but kept on disk like
// the patterns' database it spares a process Vectorscan's compiler altogether: about 4 MiB of peak
// memory for the built-in rules (compiler code paged in, its working memory).
void compileLiterals(PatternScanner::Shared &shared, const QList<PatternScanner::Pattern> &patterns)
{
    QList<QByteArray> all;
    QList<QList<QByteArray>> factorsOf; // per pattern, its factors cut to kMaxLiteral
    for (const PatternScanner::Pattern &pattern : patterns) {
        QList<QByteArray> factors = literalFactors(pattern.expression);
        if (factors.isEmpty())
            return;
        for (QByteArray &factor : factors)
            factor.truncate(kMaxLiteral);
        all += factors;
        factorsOf.append(factors);
    }
    // The first kMaxLiteral bytes stand for a whole factor (a line holding it holds them). Each
    // literal names only the patterns with that factor: a factor that contains a shorter one is
    // kept (reducing "error: command" to "error" would name every pattern with "error" in it on
    // every line that says "error", which made confirming cost more than the scan saved).
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    if (all.isEmpty())
        return;
    std::vector<const char *> pointers;
    std::vector<std::size_t> lengths;
    std::vector<unsigned> flags(std::size_t(all.size()), HS_FLAG_CASELESS);
    std::vector<unsigned> ids;
    for (qsizetype i = 0; i < all.size(); ++i) {
        pointers.push_back(all.at(i).constData());
        lengths.push_back(std::size_t(all.at(i).size()));
        ids.push_back(unsigned(i));
    }
    QByteArray key("literals-caseless\n");
    for (const QByteArray &literal : std::as_const(all))
        key += literal + '\0';
    hs_database_t *database = nullptr;
    std::vector<char> none;
    if (!scannercache::load(key, &database, none)) {
        hs_compile_error_t *error = nullptr;
        if (hs_compile_lit_multi(pointers.data(), flags.data(), ids.data(), lengths.data(), unsigned(all.size()),
                                 HS_MODE_BLOCK, nullptr, &database, &error) != HS_SUCCESS) {
            hs_free_compile_error(error);
            return; // the full scan of every line still finds everything
        }
        scannercache::store(key, database, none);
    }
    shared.literals = database;
    shared.literalCount = int(all.size());
    shared.literalTexts = all;
    shared.literalPatterns.assign(std::size_t(all.size()), {});
    for (qsizetype p = 0; p < factorsOf.size(); ++p) {
        for (const QByteArray &factor : factorsOf.at(p)) {
            const auto at = std::lower_bound(all.begin(), all.end(), factor);
            std::vector<int> &named = shared.literalPatterns[std::size_t(at - all.begin())];
            if (named.empty() || named.back() != int(p))
                named.push_back(int(p));
        }
    }
}

} // namespace

std::variant<PatternScanner, PatternScanner::Refusal> PatternScanner::compile(const QList<Pattern> &patterns)
{
    auto shared = std::make_shared<Shared>();
    std::vector<QByteArray> expressions;
    QByteArray key;
    for (int i = 0; i < patterns.size(); ++i) {
        const BytePattern rewritten = bytePattern(patterns.at(i).expression);
        if (!rewritten.error.isEmpty())
            return Refusal{i, rewritten.error};
        expressions.push_back(rewritten.expression);
        shared->rules.push_back(patterns.at(i).rule);
        key += rewritten.expression + '\0' + QByteArray::number(patterns.at(i).rule) + '\0';
    }
    key.prepend("exact-first\n"); // the compile flags are part of what is cached
    PatternScanner scanner;
    {
        const std::lock_guard guard(g_cacheLock);
        for (const auto &[patternsKey, cached] : g_cache) {
            if (patternsKey == key) {
                scanner.m_shared = cached;
                return scanner;
            }
        }
    }
    if (expressions.empty()) {
        scanner.m_shared = std::move(shared); // no database: scans find nothing
        return scanner;
    }
    compileLiterals(*shared, patterns);
    const auto remember = [&] {
        scanner.m_shared = std::move(shared);
        const std::lock_guard guard(g_cacheLock);
        g_cache.append({key, scanner.m_shared});
        if (g_cache.size() > kCached)
            g_cache.removeFirst();
    };
    if (scannercache::load(key, &shared->database, shared->prefilter) &&
        shared->prefilter.size() == expressions.size()) {
        remember();
        return scanner;
    }
    hs_free_database(shared->database);
    shared->database = nullptr;
    shared->prefilter.assign(expressions.size(), kExact);
    std::vector<const char *> pointers;
    std::vector<unsigned> ids;
    for (std::size_t i = 0; i < expressions.size(); ++i) {
        pointers.push_back(expressions[i].constData());
        ids.push_back(unsigned(i));
    }
    // Try every pattern exactly; one Vectorscan refuses is retried as a prefilter, one it
    // refuses even so is the answer. Each retry compiles the set again, but only patterns
    // with backreferences or lookarounds ever need it.
    for (;;) {
        std::vector<unsigned> flags;
        for (std::size_t i = 0; i < expressions.size(); ++i) {
            const char mode = shared->prefilter[i];
            flags.push_back(HS_FLAG_CASELESS | HS_FLAG_MULTILINE | (mode == kPrefilter ? HS_FLAG_PREFILTER : 0u));
        }
        hs_compile_error_t *error = nullptr;
        hs_database_t *database = nullptr;
        const hs_error_t status =
            hs_compile_multi(pointers.data(), flags.data(), ids.data(), unsigned(expressions.size()), HS_MODE_BLOCK,
                             nullptr, &database, &error);
        if (status == HS_SUCCESS) {
            shared->database = database;
            break;
        }
        const int failed = error ? error->expression : -1;
        const QString reason =
            error && error->message ? QString::fromUtf8(error->message) : QStringLiteral("error %1").arg(status);
        hs_free_compile_error(error);
        if (failed < 0 || std::size_t(failed) >= expressions.size() ||
            shared->prefilter[std::size_t(failed)] == kPrefilter)
            return Refusal{failed, reason};
        ++shared->prefilter[std::size_t(failed)];
    }
    scannercache::store(key, shared->database, shared->prefilter);
    remember();
    return scanner;
}

PatternScanner::PatternScanner() = default;

PatternScanner::PatternScanner(const PatternScanner &other) : m_shared(other.m_shared) {}

PatternScanner &PatternScanner::operator=(const PatternScanner &other)
{
    if (this != &other) {
        hs_free_scratch(m_scratch);
        hs_free_scratch(m_literalScratch);
        m_scratch = nullptr;
        m_literalScratch = nullptr;
        m_shared = other.m_shared;
    }
    return *this;
}

PatternScanner::PatternScanner(PatternScanner &&other) noexcept
    : m_shared(std::move(other.m_shared)), m_scratch(std::exchange(other.m_scratch, nullptr)),
      m_literalScratch(std::exchange(other.m_literalScratch, nullptr))
{
}

PatternScanner &PatternScanner::operator=(PatternScanner &&other) noexcept
{
    if (this != &other) {
        hs_free_scratch(m_scratch);
        hs_free_scratch(m_literalScratch);
        m_shared = std::move(other.m_shared);
        m_scratch = std::exchange(other.m_scratch, nullptr);
        m_literalScratch = std::exchange(other.m_literalScratch, nullptr);
    }
    return *this;
}

PatternScanner::~PatternScanner()
{
    hs_free_scratch(m_scratch);
    hs_free_scratch(m_literalScratch);
}

int PatternScanner::patternCount() const
{
    return m_shared ? int(m_shared->rules.size()) : 0;
}

int PatternScanner::rule(int pattern) const
{
    return m_shared->rules[std::size_t(pattern)];
}

bool PatternScanner::isPrefilter(int pattern) const
{
    return m_shared->prefilter[std::size_t(pattern)] == kPrefilter;
}

bool PatternScanner::ensureScratch()
{
    if (!m_shared)
        return false;
    return !m_shared->database || m_scratch || hs_alloc_scratch(m_shared->database, &m_scratch) == HS_SUCCESS;
}

bool PatternScanner::scanBuffer(QByteArrayView bytes, const std::function<void(int, qsizetype)> &onMatch)
{
    if (!ensureScratch())
        return false;
    if (bytes.isEmpty() || !m_shared->database)
        return true;
    struct Context
    {
        const std::function<void(int, qsizetype)> *onMatch;
        qsizetype base;
    } context{&onMatch, 0};
    const auto report = [](unsigned int id, unsigned long long, unsigned long long to, unsigned int, void *data) {
        const auto *c = static_cast<const Context *>(data);
        (*c->onMatch)(int(id), c->base + qsizetype(to));
        return 0; // go on
    };
    // Vectorscan takes an unsigned int length: a larger view is scanned in pieces split at a '\n'.
    constexpr qsizetype kMaxScan = qsizetype(1) << 30;
    while (context.base < bytes.size()) {
        const qsizetype from = context.base;
        qsizetype to = bytes.size();
        if (to - from > kMaxScan) {
            const auto *nl = static_cast<const char *>(memrchr(bytes.data() + from, '\n', std::size_t(kMaxScan)));
            to = nl ? nl - bytes.data() + 1 : from + kMaxScan;
        }
        if (hs_scan(m_shared->database, bytes.data() + from, unsigned(to - from), 0, m_scratch, report, &context) !=
            HS_SUCCESS)
            return false;
        const auto address = reinterpret_cast<quintptr>(bytes.data() + from);
        const qsizetype lead = qsizetype((address + kShift) % 64); // where the copy starts in its 64-byte line
        m_shifted.resize(std::size_t(lead + (to - from) + 64));
        char *aligned = reinterpret_cast<char *>((reinterpret_cast<quintptr>(m_shifted.data()) + 63) & ~quintptr(63));
        if (aligned + lead + (to - from) > m_shifted.data() + m_shifted.size()) {
            m_shifted.resize(m_shifted.size() + 64);
            aligned = reinterpret_cast<char *>((reinterpret_cast<quintptr>(m_shifted.data()) + 63) & ~quintptr(63));
        }
        std::memcpy(aligned + lead, bytes.data() + from, std::size_t(to - from));
        if (hs_scan(m_shared->database, aligned + lead, unsigned(to - from), 0, m_scratch, report, &context) !=
            HS_SUCCESS)
            return false;
        context.base = to;
    }
    return true;
}

bool PatternScanner::scanLine(QByteArrayView line, std::vector<int> &patterns)
{
    patterns.clear();
    if (!scanBuffer(line, [&](int pattern, qsizetype) { patterns.push_back(pattern); }))
        return false;
    std::sort(patterns.begin(), patterns.end());
    patterns.erase(std::unique(patterns.begin(), patterns.end()), patterns.end());
    return true;
}

bool PatternScanner::hasLiteralFilter() const
{
    return m_shared && m_shared->literals;
}

int PatternScanner::literalCount() const
{
    return m_shared ? m_shared->literalCount : 0;
}

QList<QByteArray> PatternScanner::literals() const
{
    return m_shared ? m_shared->literalTexts : QList<QByteArray>();
}

bool PatternScanner::ensureLiteralScratch()
{
    return hasLiteralFilter() &&
           (m_literalScratch || hs_alloc_scratch(m_shared->literals, &m_literalScratch) == HS_SUCCESS);
}

bool PatternScanner::candidateLines(QByteArrayView bytes, std::vector<qsizetype> &starts)
{
    starts.clear();
    std::vector<CandidateLine> lines;
    std::vector<int> patterns;
    if (!candidatePatterns(bytes, lines, patterns))
        return false;
    for (const CandidateLine &line : lines)
        starts.push_back(line.start);
    return true;
}

bool PatternScanner::candidatePatterns(QByteArrayView bytes, std::vector<CandidateLine> &lines,
                                       std::vector<int> &patterns)
{
    lines.clear();
    patterns.clear();
    if (!ensureLiteralScratch())
        return false;
    std::vector<std::pair<qsizetype, int>> &hits = m_literalHits;
    hits.clear();
    hits.push_back({0, -1}); // the first line: scanned whole
    if (bytes.isEmpty()) {
        lines.push_back(CandidateLine{});
        return true;
    }
    struct Context
    {
        const char *data;
        qsizetype size;
        qsizetype base;
        qsizetype lineStart; // the line of the last hit
        qsizetype lineEnd;
        std::vector<std::pair<qsizetype, int>> *hits;
    } context{bytes.data(), bytes.size(), 0, 0, 0, &hits};
    context.lineEnd = [&] {
        const void *nl = std::memchr(bytes.data(), '\n', std::size_t(bytes.size()));
        return nl ? static_cast<const char *>(nl) - bytes.data() : bytes.size();
    }();
    const auto report = [](unsigned int id, unsigned long long, unsigned long long to, unsigned int, void *data) {
        auto *c = static_cast<Context *>(data);
        // The factor's last byte is never its '\n' (that can only be its first): its line.
        const qsizetype at = c->base + qsizetype(to) - 1;
        if (at < c->lineStart || at >= c->lineEnd) {
            const void *before = memrchr(c->data, '\n', std::size_t(at));
            const void *after = std::memchr(c->data + at, '\n', std::size_t(c->size - at));
            c->lineStart = before ? static_cast<const char *>(before) - c->data + 1 : 0;
            c->lineEnd = after ? static_cast<const char *>(after) - c->data : c->size;
        }
        if (c->hits->back() != std::pair<qsizetype, int>(c->lineStart, int(id)))
            c->hits->push_back({c->lineStart, int(id)});
        return 0; // go on
    };
    // Vectorscan takes an unsigned int length: a larger view is scanned in pieces split at a '\n'
    // (a factor's '\n' is its first byte, so a piece that starts after one loses no factor but
    // the one at the line the piece starts with, which is scanned whole).
    constexpr qsizetype kMaxScan = qsizetype(1) << 30;
    while (context.base < bytes.size()) {
        const qsizetype from = context.base;
        qsizetype to = bytes.size();
        if (to - from > kMaxScan) {
            const auto *nl = static_cast<const char *>(memrchr(bytes.data() + from, '\n', std::size_t(kMaxScan)));
            to = nl ? nl - bytes.data() + 1 : from + kMaxScan;
        }
        if (from > 0) {
            const void *nl = memrchr(bytes.data(), '\n', std::size_t(from));
            hits.push_back({nl ? static_cast<const char *>(nl) - bytes.data() + 1 : 0, -1});
        }
        if (hs_scan(m_shared->literals, bytes.data() + from, unsigned(to - from), 0, m_literalScratch, report,
                    &context) != HS_SUCCESS)
            return false;
        context.base = to;
    }
    std::sort(hits.begin(), hits.end());
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
    for (std::size_t k = 0; k < hits.size();) {
        CandidateLine line{hits[k].first, int(patterns.size()), 0};
        std::size_t next = k;
        bool whole = false;
        for (; next < hits.size() && hits[next].first == line.start; ++next) {
            if (hits[next].second < 0)
                whole = true;
            else if (!whole)
                for (const int pattern : m_shared->literalPatterns[std::size_t(hits[next].second)])
                    patterns.push_back(pattern);
        }
        if (whole) {
            patterns.resize(std::size_t(line.firstPattern));
            line.patternCount = -1;
        } else {
            std::sort(patterns.begin() + line.firstPattern, patterns.end());
            patterns.erase(std::unique(patterns.begin() + line.firstPattern, patterns.end()), patterns.end());
            line.patternCount = int(patterns.size()) - line.firstPattern;
        }
        lines.push_back(line);
        k = next;
    }
    return true;
}

bool PatternScanner::literalPatterns(QByteArrayView line, std::vector<int> &patterns)
{
    // After a '\n' the line is the second of the copy, which the literal pass names exactly.
    m_lineCopy.resize(line.size() + 1);
    m_lineCopy[0] = '\n';
    std::memcpy(m_lineCopy.data() + 1, line.data(), std::size_t(line.size()));
    std::vector<int> all;
    if (!candidatePatterns(m_lineCopy, m_lineCandidates, all))
        return false;
    patterns.clear();
    for (const CandidateLine &candidate : m_lineCandidates)
        if (candidate.start == 1)
            patterns.assign(all.begin() + candidate.firstPattern,
                            all.begin() + candidate.firstPattern + candidate.patternCount);
    return true;
}

} // namespace dlstack::log
