// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/diagnoser.h"

#include "core/log/causeranker.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace dlstack::log {

namespace {

QStringList allPatterns(const RuleSet &rules)
{
    QStringList patterns;
    for (const DiagnosisRule &rule : rules.rules())
        patterns += rule.patterns;
    return patterns;
}

} // namespace

QJsonObject Diagnosis::toJson() const
{
    QJsonObject captureObject;
    for (auto it = captures.begin(); it != captures.end(); ++it)
        captureObject.insert(it.key(), it.value());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("weight"), weight},
            {QStringLiteral("line"), line},
            {QStringLiteral("excerpt_first_line"), excerptFirstLine},
            {QStringLiteral("excerpt"), QJsonArray::fromStringList(excerpt)},
            {QStringLiteral("explanation"), explanation},
            {QStringLiteral("remedy"), remedy},
            {QStringLiteral("captures"), captureObject}};
}

Diagnoser::Diagnoser(RuleSet rules, std::optional<probe::SystemProfile> profile)
    : m_rules(std::move(rules)), m_profile(std::move(profile)), m_filter(allPatterns(m_rules))
{
    for (int r = 0; r < m_rules.rules().size(); ++r) {
        m_ruleFirstPattern.push_back(int(m_patternRule.size()));
        for (int p = 0; p < m_rules.rules().at(r).patterns.size(); ++p) {
            m_patternRule.push_back(r);
            m_patternInRule.push_back(p);
        }
    }
    m_ruleFired.assign(std::size_t(m_rules.rules().size()), 0);
}

void Diagnoser::addLine(QByteArrayView rawLine)
{
    ++m_lines;
    const QByteArray clean = cleanLineBytes(rawLine);
    QString text; // decoded lazily: most lines never need it
    const auto decoded = [&]() -> const QString & {
        if (text.isNull())
            text = cleanLine(rawLine);
        return text;
    };
    for (Hit &hit : m_hits) {
        if (hit.afterMissing > 0) {
            hit.excerpt.append(decoded());
            --hit.afterMissing;
        }
    }
    if (m_fired < m_rules.rules().size()) {
        QByteArray lower = clean;
        asciiLower(lower);
        m_filter.scan(lower, m_possible);
        int lastRule = -1;
        QString subject;
        for (std::size_t p = 0; p < m_possible.size(); ++p) {
            const int r = m_patternRule[p];
            if (!m_possible[p] || m_ruleFired[std::size_t(r)] || r == lastRule)
                continue;
            const DiagnosisRule &rule = m_rules.rules().at(r);
            if (subject.isNull())
                subject = QString::fromUtf8(clean);
            const QRegularExpressionMatch match = rule.compiledPatterns.at(m_patternInRule[p]).match(subject);
            if (!match.hasMatch())
                continue;
            lastRule = r; // the first matching pattern of a rule decides its captures
            if (std::any_of(rule.compiledExclude.begin(), rule.compiledExclude.end(),
                            [&](const QRegularExpression &e) { return e.match(subject).hasMatch(); }))
                continue;
            Hit hit;
            hit.rule = r;
            hit.line = m_lines;
            hit.excerptFirstLine = m_lines - qint64(m_before.size());
            for (const QByteArray &before : m_before)
                hit.excerpt.append(cleanLine(before));
            hit.excerpt.append(decoded());
            for (auto it = rule.captures.begin(); it != rule.captures.end(); ++it)
                if (it.value() <= match.lastCapturedIndex() && match.capturedStart(it.value()) >= 0)
                    hit.captures.insert(it.key(), match.captured(it.value()));
            for (int g = 1; g <= match.lastCapturedIndex(); ++g)
                if (match.capturedStart(g) >= 0)
                    hit.captures.insert(QString::number(g), match.captured(g));
            m_hits.append(hit);
            m_ruleFired[std::size_t(r)] = 1;
            ++m_fired;
        }
    }
    m_before.push_back(rawLine.first(qMin(rawLine.size(), kDisplayCap + 1)).toByteArray());
    if (m_before.size() > std::size_t(kContextBefore))
        m_before.pop_front();
}

void Diagnoser::addText(QByteArrayView bytes)
{
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', start);
        if (nl < 0) {
            // Keep at most what is looked at of a very long line, so memory stays bounded.
            if (m_partial.size() < kDisplayCap + 1)
                m_partial.append(bytes.sliced(start, qMin(bytes.size() - start, kDisplayCap + 1 - m_partial.size())));
            return;
        }
        if (m_partial.isEmpty()) {
            addLine(bytes.sliced(start, nl - start));
        } else {
            if (m_partial.size() < kDisplayCap + 1)
                m_partial.append(bytes.sliced(start, qMin(nl - start, kDisplayCap + 1 - m_partial.size())));
            addLine(m_partial);
            m_partial.clear();
        }
        start = nl + 1;
    }
}

void Diagnoser::finish()
{
    if (!m_partial.isEmpty()) {
        addLine(m_partial);
        m_partial.clear();
    }
}

QList<Diagnosis> Diagnoser::results() const
{
    QList<Diagnosis> out;
    QList<AnchorHit> anchors;
    for (const Hit &hit : m_hits) {
        const DiagnosisRule &rule = m_rules.rules().at(hit.rule);
        if (rule.role == DiagnosisRule::Role::Anchor) {
            anchors.append(AnchorHit{&rule, hit.line, hit.lastLine, hit.excerptFirstLine, hit.excerpt});
            continue;
        }
        Diagnosis d;
        d.id = rule.id;
        d.title = rule.title;
        d.weight = rule.weight;
        d.line = hit.line;
        d.lastLine = hit.lastLine;
        d.excerptFirstLine = hit.excerptFirstLine;
        d.excerpt = hit.excerpt;
        d.captures = hit.captures;
        d.explanation = fillPlaceholders(rule.explanation, m_profile, hit.captures);
        d.remedy = fillPlaceholders(rule.remedy, m_profile, hit.captures);
        out.append(d);
    }
    if (out.isEmpty()) {
        if (auto none = CauseRanker::unrecognised(anchors))
            out.append(*none);
        return out;
    }
    return CauseRanker::rank(out, anchors);
}

QList<Diagnosis> Diagnoser::diagnoseFile(const LogFile &file, const RuleSet &rules,
                                         const std::optional<probe::SystemProfile> &profile, const std::atomic_bool *cancel)
{
    Diagnoser diagnoser(rules, profile);
    file.forEachLine(0, file.lineCount(), [&](qint64 line, QByteArrayView raw) {
        if ((line & 0xffff) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return false;
        diagnoser.addLine(raw);
        return true;
    });
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
            value = env && !env->pythonVersion.isEmpty() ? env->pythonVersion
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
                                    const QMap<QString, QString> &captures)
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
        else if (profilePlaceholders().contains(name))
            value = profileValue(profile, name);
        else if (numeric)
            value = QStringLiteral("unknown");
        else
            continue; // not a placeholder (e.g. a literal brace in a command)
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += value.isEmpty() ? QStringLiteral("unknown") : value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace dlstack::log
