// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/runevent.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <array>
#include <utility>

namespace dlstack::engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunEvent)
};

constexpr std::array<std::pair<RunEventKind, const char *>, 10> kKindNames{{
    {RunEventKind::JobStarted, "job_started"},
    {RunEventKind::StageStarted, "stage_started"},
    {RunEventKind::StageSkipped, "stage_skipped"},
    {RunEventKind::StageFinished, "stage_finished"},
    {RunEventKind::StageFailed, "stage_failed"},
    {RunEventKind::StepStarted, "step_started"},
    {RunEventKind::Progress, "progress"},
    {RunEventKind::LinesAppended, "lines_appended"},
    {RunEventKind::Diagnosed, "diagnosed"},
    {RunEventKind::Finished, "finished"},
}};

constexpr std::array<std::pair<JobKind, const char *>, 3> kJobNames{{
    {JobKind::Install, "install"},
    {JobKind::Rollback, "rollback"},
    {JobKind::Rebuild, "rebuild"},
}};

// Keys of the event objects.
const QString kEvent = QStringLiteral("event");
const QString kTime = QStringLiteral("time");
const QString kJob = QStringLiteral("job");
const QString kPid = QStringLiteral("pid");
const QString kStage = QStringLiteral("stage");
const QString kTitle = QStringLiteral("title");
const QString kStep = QStringLiteral("step");
const QString kDescription = QStringLiteral("description");
const QString kStepFraction = QStringLiteral("step_fraction");
const QString kStageFraction = QStringLiteral("stage_fraction");
const QString kOverall = QStringLiteral("overall");
const QString kLines = QStringLiteral("lines");
const QString kLog = QStringLiteral("log");
const QString kSummary = QStringLiteral("summary");
const QString kDetails = QStringLiteral("details");
const QString kRemedy = QStringLiteral("remedy");
const QString kDiagnosis = QStringLiteral("diagnosis");
const QString kMachineFacts = QStringLiteral("machine_facts");
const QString kOk = QStringLiteral("ok");

bool hasStage(RunEventKind kind)
{
    return kind != RunEventKind::JobStarted && kind != RunEventKind::Finished;
}

} // namespace

QString runEventKindName(RunEventKind kind)
{
    for (const auto &[k, name] : kKindNames)
        if (k == kind)
            return QString::fromLatin1(name);
    return QString();
}

std::optional<RunEventKind> runEventKindFromName(const QString &name)
{
    for (const auto &[k, n] : kKindNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

QString jobKindName(JobKind kind)
{
    for (const auto &[k, name] : kJobNames)
        if (k == kind)
            return QString::fromLatin1(name);
    return QString();
}

std::optional<JobKind> jobKindFromName(const QString &name)
{
    for (const auto &[k, n] : kJobNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

QJsonObject RunEvent::toJson() const
{
    QJsonObject o{{kEvent, runEventKindName(kind)}};
    if (time.isValid())
        o.insert(kTime, time.toUTC().toString(Qt::ISODateWithMs));
    if (hasStage(kind))
        o.insert(kStage, stage);
    switch (kind) {
    case RunEventKind::JobStarted:
        o.insert(kJob, jobKindName(job));
        o.insert(kPid, pid);
        break;
    case RunEventKind::StageStarted:
        o.insert(kTitle, title);
        break;
    case RunEventKind::StageSkipped:
    case RunEventKind::StageFinished:
        break;
    case RunEventKind::StageFailed:
        o.insert(kSummary, error.summary);
        o.insert(kDetails, error.details);
        o.insert(kRemedy, error.remedy);
        break;
    case RunEventKind::StepStarted:
        o.insert(kStep, step);
        o.insert(kDescription, description);
        break;
    case RunEventKind::Progress:
        o.insert(kStep, step);
        o.insert(kStepFraction, stepFraction);
        o.insert(kStageFraction, stageFraction);
        o.insert(kOverall, overall);
        break;
    case RunEventKind::LinesAppended:
        o.insert(kLines, lines);
        o.insert(kLog, log);
        break;
    case RunEventKind::Diagnosed:
        o.insert(kLog, log);
        o.insert(kMachineFacts, machineFacts);
        if (diagnosis)
            o.insert(kDiagnosis, diagnosis->toJson());
        break;
    case RunEventKind::Finished:
        o.insert(kOk, ok);
        break;
    }
    return o;
}

support::Result<RunEvent> RunEvent::fromJson(const QJsonObject &o)
{
    const QString name = o.value(kEvent).toString();
    const auto kind = runEventKindFromName(name);
    if (!kind)
        return support::Error{Tr::tr("Unknown event \"%1\".").arg(name), QString(), QString()};
    const auto missing = [&](const QString &key) {
        return support::Error{Tr::tr("The %1 event has no \"%2\".").arg(name, key), QString(), QString()};
    };
    RunEvent e;
    e.kind = *kind;
    e.time = QDateTime::fromString(o.value(kTime).toString(), Qt::ISODateWithMs);
    if (hasStage(e.kind)) {
        if (!o.value(kStage).isString())
            return missing(kStage);
        e.stage = o.value(kStage).toString();
    }
    switch (e.kind) {
    case RunEventKind::JobStarted: {
        const auto job = jobKindFromName(o.value(kJob).toString());
        if (!job)
            return missing(kJob);
        e.job = *job;
        e.pid = o.value(kPid).toInteger();
        break;
    }
    case RunEventKind::StageStarted:
        e.title = o.value(kTitle).toString();
        break;
    case RunEventKind::StageSkipped:
    case RunEventKind::StageFinished:
        break;
    case RunEventKind::StageFailed:
        e.error = support::Error::fromJson(o);
        break;
    case RunEventKind::StepStarted:
        e.step = o.value(kStep).toInt(-1);
        e.description = o.value(kDescription).toString();
        break;
    case RunEventKind::Progress:
        if (!o.value(kOverall).isDouble())
            return missing(kOverall);
        e.step = o.value(kStep).toInt(-1);
        e.stepFraction = o.value(kStepFraction).toDouble(-1);
        e.stageFraction = o.value(kStageFraction).toDouble();
        e.overall = o.value(kOverall).toDouble();
        break;
    case RunEventKind::LinesAppended:
        e.lines = o.value(kLines).toInteger();
        e.log = o.value(kLog).toString();
        break;
    case RunEventKind::Diagnosed:
        e.log = o.value(kLog).toString();
        e.machineFacts = o.value(kMachineFacts).toBool();
        if (!o.value(kDiagnosis).isObject())
            return missing(kDiagnosis);
        e.diagnosis = log::Diagnosis::fromJson(o.value(kDiagnosis).toObject());
        break;
    case RunEventKind::Finished:
        if (!o.value(kOk).isBool())
            return missing(kOk);
        e.ok = o.value(kOk).toBool();
        break;
    }
    return e;
}

RunEventWriter::RunEventWriter(const QString &path)
{
    if (path.isEmpty())
        return; // no file: append() does nothing
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        m_error = support::Error{Tr::tr("The event log %1 could not be opened.").arg(path), m_file.errorString(),
                                 Tr::tr("Check the permissions of the folder and the free disk space.")};
}

void RunEventWriter::append(RunEvent event)
{
    if (!m_file.isOpen())
        return;
    if (!event.time.isValid())
        event.time = QDateTime::currentDateTimeUtc();
    m_file.write(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush(); // followers read the file while it grows
}

RunEventFollower::RunEventFollower(QString path) : m_path(std::move(path)) {}

bool RunEventFollower::seekToLast(RunEventKind kind)
{
    QFile file(m_path);
    m_partial.clear();
    if (!file.open(QIODevice::ReadOnly)) {
        m_offset = 0;
        return false;
    }
    const QByteArray all = file.readAll();
    qint64 found = -1;
    qint64 start = 0;
    while (start < all.size()) {
        const qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            break;
        const QJsonObject o = QJsonDocument::fromJson(all.mid(start, end - start)).object();
        if (runEventKindFromName(o.value(kEvent).toString()) == kind)
            found = start;
        start = end + 1;
    }
    m_offset = found >= 0 ? found : start;
    return found >= 0;
}

void RunEventFollower::seekToEnd()
{
    m_offset = QFileInfo(m_path).size();
    m_partial.clear();
}

QList<RunEvent> RunEventFollower::readNew()
{
    QList<RunEvent> events;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return events;
    if (file.size() < m_offset) { // replaced or truncated: what is there now is new
        m_offset = 0;
        m_partial.clear();
    }
    if (!file.seek(m_offset))
        return events;
    const QByteArray fresh = file.read(std::min<qint64>(file.size() - m_offset, qint64(64) << 20));
    m_offset += fresh.size();
    QByteArray bytes = m_partial + fresh;
    const qsizetype lastNewline = bytes.lastIndexOf('\n');
    m_partial = bytes.mid(lastNewline + 1);
    bytes.truncate(lastNewline + 1);
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        const auto event =
            doc.isObject() ? RunEvent::fromJson(doc.object()) : support::Result<RunEvent>(support::Error{});
        if (!event.ok()) {
            ++m_malformed;
            continue;
        }
        events.append(event.value());
    }
    return events;
}

} // namespace dlstack::engine
