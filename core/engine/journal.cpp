// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/journal.h"
#include "core/plan/prefixlayout.h"

#include "core/support/atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace dlstack::engine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
};

support::Error ioError(const QString &path, const QString &what)
{
    return support::Error{Tr::tr("Could not write the install journal %1.").arg(path), what,
                          Tr::tr("Check that the install prefix is writable and the disk is not full.")};
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

// A moved prefix: every path recorded under `from` is read as the same path under `to`.
void reanchor(JournalState &state, const QString &from, const QString &to)
{
    if (from.isEmpty() || to.isEmpty() || from == to)
        return;
    const auto move = [&](QString &path) {
        if (path == from || path.startsWith(from + u'/'))
            path = to + path.mid(from.size());
    };
    const auto moveAll = [&](QStringList &paths) {
        for (QString &p : paths)
            move(p);
    };
    move(state.prefix);
    move(state.cache);
    for (Effect &e : state.effects) {
        moveAll(e.creates);
        moveAll(e.dirs);
        move(e.backupOf);
        move(e.backup);
        move(e.undoCwd);
    }
}

// The pid in run.pid ("<pid> <job>"), 0 when there is none.
qint64 runPidIn(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(64).split(' ').value(0).trimmed().toLongLong() : 0;
}

} // namespace

const StageStatus *JournalState::stage(const QString &id) const
{
    for (const StageStatus &s : stages)
        if (s.id == id)
            return &s;
    return nullptr;
}

QString JournalState::stateName(StageState state)
{
    switch (state) {
    case StageState::Pending:
        return QStringLiteral("pending");
    case StageState::Running:
        return QStringLiteral("interrupted");
    case StageState::Done:
        return QStringLiteral("done");
    case StageState::Failed:
        return QStringLiteral("failed");
    case StageState::RolledBack:
        return QStringLiteral("rolled-back");
    }
    return QString();
}

QJsonObject JournalState::toJson() const
{
    QJsonArray list;
    for (const StageStatus &s : stages) {
        QJsonObject o{{QStringLiteral("id"), s.id},
                      {QStringLiteral("title"), s.title},
                      {QStringLiteral("state"), stateName(s.state)},
                      {QStringLiteral("steps_done"), s.stepsDone}};
        if (!s.error.isEmpty())
            o.insert(QStringLiteral("error"), s.error);
        list.append(o);
    }
    int pending = 0;
    for (const Effect &e : effects)
        if (!e.undone)
            ++pending;
    return QJsonObject{{QStringLiteral("prefix"), prefix},           {QStringLiteral("cache"), cache},
                       {QStringLiteral("plan"), planName},           {QStringLiteral("stages"), list},
                       {QStringLiteral("effects_to_undo"), pending}, {QStringLiteral("torn_lines"), tornLines}};
}

Journal::~Journal()
{
    if (m_fd < 0)
        return;
    // Still under the lock, so no other job can have written its pid in between.
    if (!m_pidFile.isEmpty() && runPidIn(m_pidFile) == ::getpid())
        QFile::remove(m_pidFile);
    ::close(m_fd);
}

std::optional<support::Error> Journal::open(const QString &prefix, const QString &job)
{
    m_path = plan::PrefixLayout(prefix).journal();
    if (!QDir().mkpath(plan::PrefixLayout(prefix).stateDir()))
        return ioError(m_path,
                       Tr::tr("The directory %1 could not be created.").arg(plan::PrefixLayout(prefix).stateDir()));
    const auto existing = read(prefix);
    if (existing.ok())
        for (const Effect &e : existing.value().effects)
            m_nextSeq = std::max(m_nextSeq, e.seq + 1);
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (m_fd < 0)
        return ioError(m_path, QString::fromLocal8Bit(std::strerror(errno)));
    // One job per prefix: a second install or rollback would interleave its effects with the
    // first. The lock goes with the descriptor, so a killed job never leaves it behind.
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        const int lockErrno = errno;
        ::close(m_fd);
        m_fd = -1;
        if (lockErrno == EWOULDBLOCK) {
            const qint64 holder = runPidIn(plan::PrefixLayout(prefix).runPid());
            return support::Error{Tr::tr("Another dlstack job is running in %1.").arg(prefix),
                                  holder > 0 ? Tr::tr("Process %1 holds the lock on %2.").arg(holder).arg(m_path)
                                             : Tr::tr("Another process holds the lock on %1.").arg(m_path),
                                  Tr::tr("Wait for it to finish, or stop it first (dlstack-wizard shows it).")};
        }
        if (lockErrno == ENOLCK || lockErrno == EOPNOTSUPP || lockErrno == ENOSYS || lockErrno == EINVAL)
            return support::Error{
                Tr::tr("The file system of %1 does not support file locks; nothing was changed.").arg(prefix),
                QString::fromLocal8Bit(std::strerror(lockErrno)),
                Tr::tr("dlstack needs a lock to keep two jobs in one prefix apart. Choose a prefix on a local disk "
                       "(or an NFS mount with locking enabled).")};
        return ioError(m_path, QString::fromLocal8Bit(std::strerror(lockErrno)));
    }
    // Only the job that holds the lock names itself in run.pid; a refused one never touches it.
    const QByteArray pidLine = QByteArray::number(::getpid()) + ' ' + job.toUtf8() + '\n';
    if (auto error = support::writeFileAtomically(plan::PrefixLayout(prefix).runPid(), pidLine)) {
        ::close(m_fd);
        m_fd = -1;
        return error;
    }
    m_pidFile = plan::PrefixLayout(prefix).runPid();
    // A torn last line from a kill would glue onto the next record: start on a fresh line.
    QFile f(m_path);
    if (f.open(QIODevice::ReadOnly) && f.size() > 0 && f.seek(f.size() - 1) && f.read(1) != "\n")
        if (::write(m_fd, "\n", 1) != 1)
            return ioError(m_path, QString::fromLocal8Bit(std::strerror(errno)));
    return std::nullopt;
}

std::optional<support::Error> Journal::append(QJsonObject record)
{
    if (m_fd < 0)
        return ioError(m_path, Tr::tr("The journal is not open."));
    record.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(m_fd, line.constData() + written, size_t(line.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            // Leave no half record behind: cut the file back to where this record began.
            const off_t end = ::lseek(m_fd, 0, SEEK_END);
            if (end >= written)
                (void)::ftruncate(m_fd, end - written);
            return ioError(m_path, why);
        }
        written += n;
    }
    if (::fdatasync(m_fd) != 0)
        return ioError(m_path, QString::fromLocal8Bit(std::strerror(errno)));
    return std::nullopt;
}

qint64 Journal::intent(const Effect &effect)
{
    const qint64 seq = m_nextSeq++;
    QJsonObject o{{QStringLiteral("t"), QStringLiteral("intent")},
                  {QStringLiteral("seq"), seq},
                  {QStringLiteral("stage"), effect.stage},
                  {QStringLiteral("step"), effect.step}};
    if (!effect.creates.isEmpty())
        o.insert(QStringLiteral("creates"), QJsonArray::fromStringList(effect.creates));
    if (!effect.dirs.isEmpty())
        o.insert(QStringLiteral("dirs"), QJsonArray::fromStringList(effect.dirs));
    if (!effect.backup.isEmpty()) {
        o.insert(QStringLiteral("backup_of"), effect.backupOf);
        o.insert(QStringLiteral("backup"), effect.backup);
    }
    if (!effect.undoArgv.isEmpty()) {
        o.insert(QStringLiteral("undo_argv"), QJsonArray::fromStringList(effect.undoArgv));
        o.insert(QStringLiteral("undo_cwd"), effect.undoCwd);
    }
    if (auto error = append(o)) {
        m_lastError = *error;
        return -1;
    }
    return seq;
}

std::optional<support::Error> Journal::done(qint64 seq)
{
    return append(QJsonObject{{QStringLiteral("t"), QStringLiteral("done")}, {QStringLiteral("seq"), seq}});
}

std::optional<support::Error> Journal::undone(qint64 seq)
{
    return append(QJsonObject{{QStringLiteral("t"), QStringLiteral("undone")}, {QStringLiteral("seq"), seq}});
}

std::optional<support::Error> Journal::undoing(qint64 seq)
{
    return append(QJsonObject{{QStringLiteral("t"), QStringLiteral("undoing")}, {QStringLiteral("seq"), seq}});
}

std::optional<support::Error> Journal::planStarted(const QString &name, const QString &prefix, const QString &cache,
                                                   const QList<QPair<QString, QString>> &stages,
                                                   const PrefixIdentity &identity)
{
    QJsonArray list;
    for (const auto &[id, title] : stages)
        list.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), title}});
    QJsonObject record = identity.toJson();
    record.insert(QStringLiteral("t"), QStringLiteral("plan"));
    record.insert(QStringLiteral("name"), name);
    record.insert(QStringLiteral("prefix"), prefix);
    record.insert(QStringLiteral("cache"), cache);
    record.insert(QStringLiteral("stages"), list);
    return append(record);
}

std::optional<support::Error> Journal::anchored(const QString &from, const QString &to, const PrefixIdentity &identity)
{
    QJsonObject record = identity.toJson();
    record.insert(QStringLiteral("t"), QStringLiteral("anchor"));
    record.insert(QStringLiteral("from"), from);
    record.insert(QStringLiteral("to"), to);
    return append(record);
}

std::optional<support::Error> Journal::stage(const QString &id, StageRecord what, const QString &error)
{
    static const QHash<StageRecord, QString> names{{StageRecord::Started, QStringLiteral("started")},
                                                   {StageRecord::Done, QStringLiteral("done")},
                                                   {StageRecord::Failed, QStringLiteral("failed")},
                                                   {StageRecord::RollbackStarted, QStringLiteral("rollback_started")},
                                                   {StageRecord::RolledBack, QStringLiteral("rolledback")}};
    QJsonObject record{{QStringLiteral("t"), QStringLiteral("stage")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("state"), names.value(what)}};
    if (what == StageRecord::Failed)
        record.insert(QStringLiteral("error"), error);
    return append(record);
}

std::optional<support::Error> Journal::step(const QString &stage, int step, StepRecord what)
{
    static const QHash<StepRecord, QString> names{{StepRecord::Started, QStringLiteral("started")},
                                                  {StepRecord::Done, QStringLiteral("done")},
                                                  {StepRecord::Undoing, QStringLiteral("undoing")}};
    return append(QJsonObject{{QStringLiteral("t"), QStringLiteral("step")},
                              {QStringLiteral("stage"), stage},
                              {QStringLiteral("step"), step},
                              {QStringLiteral("state"), names.value(what)}});
}

support::Result<JournalState> Journal::read(const QString &prefix)
{
    QFile file(plan::PrefixLayout(prefix).journal());
    if (!file.exists())
        return JournalState{};
    if (!file.open(QIODevice::ReadOnly))
        return support::Error{Tr::tr("Could not read the install journal %1.").arg(file.fileName()), file.errorString(),
                              Tr::tr("Check the permissions of the install prefix.")};
    return parse(file.readAll());
}

JournalState Journal::parse(const QByteArray &bytes)
{
    JournalState state;
    QHash<qint64, int> bySeq;
    auto stageRef = [&state](const QString &id) -> StageStatus & {
        for (StageStatus &s : state.stages)
            if (s.id == id)
                return s;
        state.stages.append(StageStatus{id, id});
        return state.stages.last();
    };
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            ++state.tornLines;
            continue;
        }
        const QJsonObject o = doc.object();
        const QString t = o.value(QStringLiteral("t")).toString();
        if (t == u"plan") {
            state.prefix = o.value(QStringLiteral("prefix")).toString();
            state.cache = o.value(QStringLiteral("cache")).toString();
            state.planName = o.value(QStringLiteral("name")).toString();
            if (o.contains(QStringLiteral("prefix_id")))
                state.identity = PrefixIdentity::fromJson(o);
            for (const QJsonValue &v : o.value(QStringLiteral("stages")).toArray()) {
                StageStatus &s = stageRef(v.toObject().value(QStringLiteral("id")).toString());
                s.title = v.toObject().value(QStringLiteral("title")).toString();
            }
        } else if (t == u"stage") {
            StageStatus &s = stageRef(o.value(QStringLiteral("id")).toString());
            const QString st = o.value(QStringLiteral("state")).toString();
            if (st == u"started" || st == u"rollback_started") {
                s.state = StageState::Running;
                s.error.clear();
            } else if (st == u"done") {
                s.state = StageState::Done;
            } else if (st == u"failed") {
                s.state = StageState::Failed;
                s.error = o.value(QStringLiteral("error")).toString();
            } else if (st == u"rolledback") {
                s.state = StageState::RolledBack;
                s.stepsDone = 0;
                state.doneSteps.removeIf([&s](const QPair<QString, int> &p) { return p.first == s.id; });
            }
        } else if (t == u"anchor") {
            reanchor(state, o.value(QStringLiteral("from")).toString(), o.value(QStringLiteral("to")).toString());
            state.identity = PrefixIdentity::fromJson(o);
        } else if (t == u"step") {
            const QString st = o.value(QStringLiteral("state")).toString();
            const QPair<QString, int> key{o.value(QStringLiteral("stage")).toString(),
                                          o.value(QStringLiteral("step")).toInt()};
            if (st == u"done" && !state.doneSteps.contains(key)) {
                state.doneSteps.append(key);
                ++stageRef(key.first).stepsDone;
            } else if (st == u"undoing" && state.doneSteps.removeOne(key)) {
                --stageRef(key.first).stepsDone;
            }
        } else if (t == u"intent") {
            Effect e;
            e.seq = o.value(QStringLiteral("seq")).toInteger();
            e.stage = o.value(QStringLiteral("stage")).toString();
            e.step = o.value(QStringLiteral("step")).toInt();
            e.creates = toStringList(o.value(QStringLiteral("creates")));
            e.dirs = toStringList(o.value(QStringLiteral("dirs")));
            e.backupOf = o.value(QStringLiteral("backup_of")).toString();
            e.backup = o.value(QStringLiteral("backup")).toString();
            e.undoArgv = toStringList(o.value(QStringLiteral("undo_argv")));
            e.undoCwd = o.value(QStringLiteral("undo_cwd")).toString();
            bySeq.insert(e.seq, int(state.effects.size()));
            state.effects.append(e);
        } else if (t == u"done" || t == u"undoing" || t == u"undone") {
            const auto it = bySeq.constFind(o.value(QStringLiteral("seq")).toInteger());
            if (it == bySeq.constEnd())
                continue;
            if (t == u"done")
                state.effects[*it].done = true;
            else if (t == u"undoing")
                state.effects[*it].undoing = true;
            else
                state.effects[*it].undone = true;
        }
    }
    return state;
}

} // namespace dlstack::engine
