// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/loginspectorcontroller.h"

#include "core/log/logreader.h"
#include "core/log/logsearch.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

namespace dlstack::log {

// "indexed N lines (B bytes) in T ms" and "diagnosed N lines (C causes) T ms after opening":
// one line each per opened log, for timing and support logs
// (QT_LOGGING_RULES="dlstack.loginspector.info=true").
Q_LOGGING_CATEGORY(lcLogInspector, "dlstack.loginspector", QtWarningMsg)

namespace {

bool looksCompressed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(6);
    return head.startsWith("\x1f\x8b") ||
           head.startsWith("\xfd"
                           "7zXZ") ||
           head.startsWith("BZh") || head.startsWith("\x28\xb5\x2f\xfd");
}

SearchQuery errorsAndWarnings()
{
    return {QString(), false, false, classBit(LineClass::Error) | classBit(LineClass::Warning)};
}

bool sameCauses(const QList<Diagnosis> &a, const QList<Diagnosis> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].line != b[i].line)
            return false;
    return true;
}

} // namespace

LogInspectorController::LogInspectorController(QObject *parent) : QObject(parent), m_liveTimer(new QTimer(this))
{
    m_liveTimer->setInterval(500);
    connect(m_liveTimer, &QTimer::timeout, this, &LogInspectorController::catchUpLive);
    connect(&m_indexWatcher, &QFutureWatcher<QString>::finished, this, &LogInspectorController::indexFinished);
    connect(&m_searchWatcher, &QFutureWatcher<std::vector<qint64>>::finished, this,
            &LogInspectorController::searchDone);
    connect(&m_filterWatcher, &QFutureWatcher<std::vector<qint64>>::finished, this,
            &LogInspectorController::filterDone);
    connect(&m_diagnosisWatcher, &QFutureWatcher<QList<Diagnosis>>::finished, this,
            &LogInspectorController::diagnosisDone);
}

LogInspectorController::~LogInspectorController()
{
    m_cancel->store(true);
    m_searchCancel->store(true);
    m_indexWatcher.waitForFinished();
    m_followIndexWatcher.waitForFinished();
    m_searchWatcher.waitForFinished();
    m_filterWatcher.waitForFinished();
    m_diagnosisWatcher.waitForFinished();
}

void LogInspectorController::fail(const QString &message)
{
    m_lastError = message;
    emit failed(message);
}

void LogInspectorController::openFile(const QString &path)
{
    m_liveTimer->stop(); // a file opened by the user is not followed
    m_followPath.clear();
    m_live = false;
    m_liveDiagnoser.reset();
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_lastError.clear();
    if (m_openedPath.isEmpty() || !m_tempDir || !path.startsWith(m_tempDir->path()))
        m_openedPath = path;
    if (looksCompressed(path)) {
        // Random access needs a plain file: unpack into a private temporary folder first.
        m_tempDir = std::make_unique<QTemporaryDir>();
        const QString target = m_tempDir->filePath(QFileInfo(path).completeBaseName());
        emit progress(Work::Unpacking, 0);
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, target] {
            watcher->deleteLater();
            const QString error = watcher->result();
            if (!error.isEmpty())
                fail(error); // a truncated file still shows what could be read
            openFile(target);
        });
        watcher->setFuture(QtConcurrent::run([path, target] {
            const auto error = LogReader::decompressTo(path, target);
            return error ? error->summary : QString();
        }));
        return;
    }
    auto opened = LogFile::open(path);
    if (!opened) {
        fail(opened.error().summary + u' ' + opened.error().remedy);
        return;
    }
    startIndexing(opened.value());
}

void LogInspectorController::startIndexing(std::shared_ptr<LogFile> file)
{
    m_file = file;
    m_matches.clear();
    m_currentMatch = -1;
    m_diagnoses.clear();
    m_filterLines.clear();
    emit fileChanged();
    emit progress(Work::Indexing, 0);
    m_indexClock.start();
    const auto cancel = m_cancel;
    // The diagnosis follows the index as it grows instead of waiting for it: on two cores the
    // whole log is diagnosed in about the time the diagnosis alone takes.
    const auto indexDone = std::make_shared<std::atomic_bool>(false);
    QPointer<LogInspectorController> self(this);
    m_indexWatcher.setFuture(QtConcurrent::run([file, cancel, self, indexDone] {
        int lastPercent = -1;
        const auto error = file->buildIndex(
            [&](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 100;
                if (percent == lastPercent)
                    return;
                lastPercent = percent;
                QMetaObject::invokeMethod(
                    self,
                    [self, percent] {
                        if (self)
                            emit self->progress(Work::Indexing, percent);
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
        indexDone->store(true, std::memory_order_release);
        return error ? error->summary : QString();
    }));
    startDiagnosis([file, cancel, profile = m_profile, indexDone](const RuleSet &rules) {
        return Diagnoser::diagnoseWhileIndexing(*file, *indexDone, rules, profile, cancel.get());
    });
}

void LogInspectorController::indexFinished()
{
    const QString error = m_indexWatcher.result();
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    qCInfo(lcLogInspector, "indexed %lld lines (%lld bytes) in %lld ms", static_cast<long long>(m_file->lineCount()),
           static_cast<long long>(m_file->size()), static_cast<long long>(m_indexClock.elapsed()));
    emit indexingFinished();
    if (!m_searchText.isEmpty())
        setSearch(m_searchText, m_searchRegex);
    if (m_errorsOnly)
        setErrorsAndWarningsOnly(true);
}

void LogInspectorController::followFile(const QString &path)
{
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_followIndexWatcher.waitForFinished();
    m_lastError.clear();
    setLiveLog(nullptr);
    m_followPath = path;
    catchUpLive();
}

void LogInspectorController::setLiveLog(std::shared_ptr<const LogFile> file)
{
    if (file)
        m_followPath.clear();
    m_file = std::const_pointer_cast<LogFile>(file);
    m_live = true;
    const auto rules = RuleSet::withUserRules({}, nullptr); // a bad user file is skipped
    m_liveDiagnoser = rules ? std::make_shared<Diagnoser>(rules.value(), m_profile) : nullptr;
    m_diagnosedUpTo = m_filteredUpTo = m_searchedUpTo = 0;
    m_matches.clear();
    m_currentMatch = -1;
    m_filterLines.clear();
    m_diagnoses.clear();
    emit fileChanged();
    m_liveTimer->start();
}

void LogInspectorController::catchUpLive()
{
    if (!m_followPath.isEmpty()) {
        if (!m_file) {
            auto opened = LogFile::open(m_followPath);
            if (!opened.ok())
                return; // not written yet: the next tick tries again
            m_file = opened.value();
            emit fileChanged();
        }
        if (!m_followIndexWatcher.isRunning()) {
            const auto file = m_file;
            const auto cancel = m_cancel;
            m_followIndexWatcher.setFuture(QtConcurrent::run([file, cancel] { file->buildIndex({}, cancel.get()); }));
        }
    }
    if (!m_file)
        return;
    const qint64 count = m_file->lineCount();
    const auto file = m_file;
    const auto cancel = m_cancel;
    if (m_liveDiagnoser && count > m_diagnosedUpTo && !m_diagnosisWatcher.isRunning()) {
        const qint64 from = m_diagnosedUpTo;
        m_diagnosedUpTo = count;
        const auto diagnoser = m_liveDiagnoser;
        m_diagnosisWatcher.setFuture(QtConcurrent::run([file, diagnoser, from, count, cancel] {
            file->forEachLine(from, count, [&](qint64, QByteArrayView raw) {
                diagnoser->addLine(raw);
                return !cancel->load();
            });
            return diagnoser->results();
        }));
    }
    if (m_errorsOnly && count > m_filteredUpTo && !m_filterWatcher.isRunning()) {
        const qint64 from = m_filteredUpTo;
        m_filteredUpTo = count;
        m_filterAppends = true;
        m_filterWatcher.setFuture(QtConcurrent::run([file, cancel, from, count] {
            return LogSearch::compile(errorsAndWarnings()).value().run(*file, from, count, cancel.get());
        }));
    }
    if (!m_searchText.isEmpty() && m_searchError.isEmpty() && count > m_searchedUpTo && !m_searchWatcher.isRunning()) {
        auto search = LogSearch::compile({m_searchText, m_searchRegex, false, kAllClasses});
        if (!search)
            return;
        const qint64 from = m_searchedUpTo;
        m_searchedUpTo = count;
        m_searchAppends = true;
        const auto searchCancel = m_searchCancel;
        m_searchWatcher.setFuture(QtConcurrent::run([file, searchCancel, from, count, s = std::move(search).value()] {
            return s.run(*file, from, count, searchCancel.get());
        }));
    }
}

void LogInspectorController::setSearch(const QString &text, bool regex)
{
    m_searchText = text;
    m_searchRegex = regex;
    m_searchCancel->store(true);
    m_searchCancel = std::make_shared<std::atomic_bool>(false);
    m_matches.clear();
    m_currentMatch = -1;
    m_searchError.clear();
    if (!m_file || text.isEmpty()) {
        emit searchFinished();
        return;
    }
    auto search = LogSearch::compile({text, regex, false, kAllClasses});
    if (!search) {
        m_searchError = search.error().summary;
        emit searchFinished();
        return;
    }
    const auto file = m_file;
    const auto cancel = m_searchCancel;
    const qint64 count = file->lineCount();
    m_searchedUpTo = count;
    m_searchAppends = false;
    m_searchWatcher.setFuture(QtConcurrent::run(
        [file, cancel, count, s = std::move(search).value()] { return s.run(*file, 0, count, cancel.get()); }));
}

void LogInspectorController::searchDone()
{
    if (m_searchWatcher.isCanceled())
        return;
    if (m_searchAppends) {
        const std::vector<qint64> more = m_searchWatcher.result();
        m_matches.insert(m_matches.end(), more.begin(), more.end());
    } else {
        m_matches = m_searchWatcher.result();
        m_currentMatch = -1;
    }
    emit searchFinished();
}

qint64 LogInspectorController::findNext(qint64 fromLine)
{
    if (m_matches.empty())
        return -1;
    const auto it = std::upper_bound(m_matches.begin(), m_matches.end(), fromLine);
    m_currentMatch = it == m_matches.end() ? 0 : int(it - m_matches.begin());
    return m_matches[std::size_t(m_currentMatch)];
}

qint64 LogInspectorController::findPrevious(qint64 fromLine)
{
    if (m_matches.empty())
        return -1;
    const qint64 from = fromLine < 0 ? qint64(1) << 62 : fromLine;
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), from);
    m_currentMatch = it == m_matches.begin() ? int(m_matches.size()) - 1 : int(it - m_matches.begin()) - 1;
    return m_matches[std::size_t(m_currentMatch)];
}

void LogInspectorController::setErrorsAndWarningsOnly(bool on)
{
    m_errorsOnly = on;
    if (!on || !m_file) {
        emit filterFinished();
        return;
    }
    emit progress(Work::Filtering, 0);
    const auto file = m_file;
    const auto cancel = m_cancel;
    const qint64 count = file->lineCount();
    m_filteredUpTo = count;
    m_filterAppends = false;
    m_filterWatcher.setFuture(QtConcurrent::run([file, cancel, count] {
        return LogSearch::compile(errorsAndWarnings()).value().run(*file, 0, count, cancel.get());
    }));
}

void LogInspectorController::filterDone()
{
    if (m_errorsOnly) {
        const std::vector<qint64> lines = m_filterWatcher.result();
        if (m_filterAppends)
            m_filterLines.insert(m_filterLines.end(), lines.begin(), lines.end());
        else
            m_filterLines = lines;
    }
    emit filterFinished();
}

std::optional<std::vector<qint64>> LogInspectorController::lineFilter() const
{
    if (!m_errorsOnly)
        return std::nullopt;
    return m_filterLines;
}

void LogInspectorController::diagnose()
{
    if (!m_file)
        return;
    if (m_indexWatcher.isRunning()) // indexing: the diagnosis that follows it is running already
        return;
    startDiagnosis([file = m_file, cancel = m_cancel, profile = m_profile](const RuleSet &rules) {
        return Diagnoser::diagnoseFile(*file, rules, profile, cancel.get());
    });
}

void LogInspectorController::startDiagnosis(std::function<QList<Diagnosis>(const RuleSet &)> run)
{
    emit diagnosisStarted();
    m_diagnosisWatcher.setFuture(QtConcurrent::run([run = std::move(run)] {
        const auto rules = RuleSet::withUserRules({}, nullptr); // a bad user file is skipped
        if (!rules)
            return QList<Diagnosis>();
        return run(rules.value());
    }));
}

void LogInspectorController::diagnosisDone()
{
    const QList<Diagnosis> found = m_diagnosisWatcher.result();
    if (m_liveDiagnoser && !m_diagnoses.isEmpty() && sameCauses(found, m_diagnoses)) {
        emit diagnosisFinished(false); // a live catch-up that found nothing new keeps the selection
        return;
    }
    m_diagnoses = found;
    if (!m_liveDiagnoser && m_file)
        qCInfo(lcLogInspector, "diagnosed %lld lines (%lld causes) %lld ms after opening",
               static_cast<long long>(m_file->lineCount()), static_cast<long long>(m_diagnoses.size()),
               static_cast<long long>(m_indexClock.elapsed()));
    emit diagnosisFinished(true);
}

} // namespace dlstack::log
