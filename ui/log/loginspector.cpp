// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/log/loginspector.h"

#include "core/log/logreader.h"
#include "core/log/logsearch.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dlstack::ui {

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
    return head.startsWith("\x1f\x8b") || head.startsWith("\xfd" "7zXZ") || head.startsWith("BZh")
        || head.startsWith("\x28\xb5\x2f\xfd");
}

} // namespace

LogInspector::LogInspector(QWidget *parent) : QWidget(parent)
{
    m_view = new LogView(this);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setPlaceholderText(tr("Search the log", "placeholder of the log search field"));
    m_searchEdit->setClearButtonEnabled(true);
    m_regexBox = new QCheckBox(tr("Regular expression"), this);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setShortcut(QKeySequence::FindPrevious);
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setShortcut(QKeySequence::FindNext);
    m_matchLabel = new QLabel(this);
    m_errorsOnlyBox = new QCheckBox(tr("Errors and warnings only"), this);
    auto *follow = new QCheckBox(tr("Follow"), this);
    m_rootCauseButton = new QPushButton(tr("Jump to root cause"), this);
    m_rootCauseButton->setEnabled(false);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_searchEdit, 1);
    tools->addWidget(m_regexBox);
    tools->addWidget(previous);
    tools->addWidget(next);
    tools->addWidget(m_matchLabel);
    tools->addSpacing(12);
    tools->addWidget(m_errorsOnlyBox);
    tools->addWidget(follow);
    tools->addWidget(m_rootCauseButton);

    m_diagnosisList = new QListWidget(this);
    m_diagnosisText = new QTextBrowser(this);
    m_diagnosisText->setOpenExternalLinks(true);
    m_copyButton = new QPushButton(tr("Copy diagnosis"), this);
    m_copyButton->setEnabled(false);
    auto *panel = new QWidget(this);
    auto *panelLayout = new QHBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_diagnosisList, 1);
    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_diagnosisText, 1);
    textColumn->addWidget(m_copyButton, 0, Qt::AlignRight);
    panelLayout->addLayout(textColumn, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_status = new QLabel(this);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &LogInspector::runSearch);
    m_liveTimer = new QTimer(this);
    m_liveTimer->setInterval(500);
    connect(m_liveTimer, &QTimer::timeout, this, &LogInspector::catchUpLive);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_regexBox, &QCheckBox::toggled, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &LogInspector::findNext);
    connect(next, &QToolButton::clicked, this, &LogInspector::findNext);
    connect(previous, &QToolButton::clicked, this, &LogInspector::findPrevious);
    connect(m_errorsOnlyBox, &QCheckBox::toggled, this, &LogInspector::setErrorsAndWarningsOnly);
    connect(follow, &QCheckBox::toggled, m_view, &LogView::setFollow);
    connect(m_view, &LogView::followChanged, follow, &QCheckBox::setChecked);
    connect(m_rootCauseButton, &QPushButton::clicked, this, &LogInspector::jumpToRootCause);
    connect(m_copyButton, &QPushButton::clicked, this, &LogInspector::copyDiagnosis);
    connect(m_diagnosisList, &QListWidget::currentRowChanged, this, &LogInspector::showDiagnosis);
    connect(m_diagnosisList, &QListWidget::itemActivated, this, [this] {
        const int row = m_diagnosisList->currentRow();
        if (row >= 0 && row < m_diagnoses.size())
            m_view->scrollToLine(m_diagnoses.at(row).line - 1);
    });

    connect(&m_indexWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_progress->hide();
        const QString error = m_indexWatcher.result();
        if (!error.isEmpty()) {
            showError(error);
            return;
        }
        m_status->setText(tr("%n line(s)", "status after indexing", int(qMin<qint64>(INT_MAX, m_file->lineCount()))));
        qCInfo(lcLogInspector, "indexed %lld lines (%lld bytes) in %lld ms", static_cast<long long>(m_file->lineCount()),
               static_cast<long long>(m_file->size()), static_cast<long long>(m_indexClock.elapsed()));
        emit indexingFinished();
        diagnose();
        if (!m_searchEdit->text().isEmpty())
            runSearch();
    });
    connect(&m_searchWatcher, &QFutureWatcher<std::vector<qint64>>::finished, this, [this] {
        if (m_searchWatcher.isCanceled())
            return;
        if (m_searchAppends) {
            const std::vector<qint64> more = m_searchWatcher.result();
            m_matches.insert(m_matches.end(), more.begin(), more.end());
        } else {
            m_matches = m_searchWatcher.result();
            m_currentMatch = -1;
        }
        m_matchLabel->setText(m_matches.empty() ? tr("no match") : tr("%n match(es)", "", int(qMin<std::size_t>(INT_MAX, m_matches.size()))));
        m_view->setHighlight(m_regexBox->isChecked() ? QString() : m_searchEdit->text());
        emit searchFinished();
    });
    connect(&m_filterWatcher, &QFutureWatcher<std::vector<qint64>>::finished, this, [this] {
        if (m_errorsOnlyBox->isChecked()) {
            const std::vector<qint64> lines = m_filterWatcher.result();
            if (m_filterAppends)
                m_filterLines.insert(m_filterLines.end(), lines.begin(), lines.end());
            else
                m_filterLines = lines;
            m_view->setLineFilter(m_filterLines);
        }
        m_progress->hide();
        m_status->setText(tr("%1 of %2 lines shown").arg(m_view->rowCount()).arg(m_file ? m_file->lineCount() : 0));
        emit filterFinished();
    });
    connect(&m_diagnosisWatcher, &QFutureWatcher<QList<log::Diagnosis>>::finished, this, [this] {
        const QList<log::Diagnosis> found = m_diagnosisWatcher.result();
        const auto same = [](const QList<log::Diagnosis> &a, const QList<log::Diagnosis> &b) {
            if (a.size() != b.size())
                return false;
            for (qsizetype i = 0; i < a.size(); ++i)
                if (a[i].id != b[i].id || a[i].line != b[i].line)
                    return false;
            return true;
        };
        if (m_liveDiagnoser && !m_diagnoses.isEmpty() && same(found, m_diagnoses)) {
            emit diagnosisFinished(); // a live catch-up that found nothing new keeps the selection
            return;
        }
        m_diagnoses = found;
        m_diagnosisList->clear();
        for (const log::Diagnosis &d : m_diagnoses)
            m_diagnosisList->addItem(tr("%1 (line %2)", "diagnosis list entry").arg(d.title).arg(d.line));
        m_rootCauseButton->setEnabled(!m_diagnoses.isEmpty());
        m_copyButton->setEnabled(!m_diagnoses.isEmpty());
        if (m_diagnoses.isEmpty())
            m_diagnosisText->setPlainText(tr("No known cause of failure was found in this log."));
        else
            m_diagnosisList->setCurrentRow(0);
        if (!m_liveDiagnoser && m_file)
            qCInfo(lcLogInspector, "diagnosed %lld lines (%lld causes) %lld ms after opening",
                   static_cast<long long>(m_file->lineCount()), static_cast<long long>(m_diagnoses.size()),
                   static_cast<long long>(m_indexClock.elapsed()));
        emit diagnosisFinished();
    });
}

LogInspector::~LogInspector()
{
    m_cancel->store(true);
    m_searchCancel->store(true);
    m_indexWatcher.waitForFinished();
    m_followIndexWatcher.waitForFinished();
    m_searchWatcher.waitForFinished();
    m_filterWatcher.waitForFinished();
    m_diagnosisWatcher.waitForFinished();
}

void LogInspector::showError(const QString &message)
{
    m_lastError = message;
    m_status->setText(message);
    emit failed(message);
}

void LogInspector::setBusy(const QString &what, int percent)
{
    m_status->setText(what);
    m_progress->setValue(percent);
    m_progress->show();
}

void LogInspector::openFile(const QString &path)
{
    m_liveTimer->stop(); // a file opened by the user is not followed
    m_followPath.clear();
    m_liveDiagnoser.reset();
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_lastError.clear();
    if (looksCompressed(path)) {
        // Random access needs a plain file: unpack into a private temporary folder first.
        m_tempDir = std::make_unique<QTemporaryDir>();
        const QString target = m_tempDir->filePath(QFileInfo(path).completeBaseName());
        setBusy(tr("Unpacking %1…").arg(QFileInfo(path).fileName()), 0);
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, target] {
            watcher->deleteLater();
            const QString error = watcher->result();
            m_progress->hide();
            if (!error.isEmpty())
                showError(error); // a truncated file still shows what could be read
            openFile(target);
        });
        watcher->setFuture(QtConcurrent::run([path, target] {
            const auto error = log::LogReader::decompressTo(path, target);
            return error ? error->summary : QString();
        }));
        return;
    }
    auto opened = log::LogFile::open(path);
    if (!opened) {
        showError(opened.error().summary + u' ' + opened.error().remedy);
        return;
    }
    window()->setWindowFilePath(path);
    startIndexing(opened.value());
}

void LogInspector::startIndexing(std::shared_ptr<log::LogFile> file)
{
    m_file = file;
    m_view->setLogFile(file);
    m_matches.clear();
    m_diagnoses.clear();
    m_diagnosisList->clear();
    setBusy(tr("Reading the log…"), 0);
    m_indexClock.start();
    const auto cancel = m_cancel;
    QPointer<LogInspector> self(this);
    m_indexWatcher.setFuture(QtConcurrent::run([file, cancel, self] {
        int lastPercent = -1;
        const auto error = file->buildIndex(
            [&](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 100;
                if (percent == lastPercent)
                    return;
                lastPercent = percent;
                QMetaObject::invokeMethod(self, [self, percent] {
                    if (self)
                        self->m_progress->setValue(percent);
                }, Qt::QueuedConnection);
            },
            cancel.get());
        return error ? error->summary : QString();
    }));
}

void LogInspector::followFile(const QString &path)
{
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_followIndexWatcher.waitForFinished();
    m_followPath = path;
    m_lastError.clear();
    setLiveLog(nullptr);
    m_status->setText(tr("Following %1").arg(QFileInfo(path).fileName()));
    catchUpLive();
}

void LogInspector::setLiveLog(std::shared_ptr<const log::LogFile> file)
{
    if (file)
        m_followPath.clear();
    m_file = std::const_pointer_cast<log::LogFile>(file);
    m_view->setLogFile(file);
    m_view->setFollow(true);
    const auto rules = log::RuleSet::withUserRules({}, nullptr); // a bad user file is skipped
    m_liveDiagnoser = rules ? std::make_shared<log::Diagnoser>(rules.value(), m_profile) : nullptr;
    m_diagnosedUpTo = m_filteredUpTo = m_searchedUpTo = 0;
    m_diagnoses.clear();
    m_diagnosisList->clear();
    m_diagnosisText->setPlainText(tr("The diagnosis follows the build's output."));
    m_liveTimer->start();
}

void LogInspector::catchUpLive()
{
    if (!m_followPath.isEmpty()) {
        if (!m_file) {
            auto opened = log::LogFile::open(m_followPath);
            if (!opened.ok())
                return; // not written yet: the next tick tries again
            m_file = opened.value();
            m_view->setLogFile(m_file);
            m_view->setFollow(true);
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
    if (m_errorsOnlyBox->isChecked() && count > m_filteredUpTo && !m_filterWatcher.isRunning()) {
        const qint64 from = m_filteredUpTo;
        m_filteredUpTo = count;
        m_filterAppends = true;
        m_filterWatcher.setFuture(QtConcurrent::run([file, cancel, from, count] {
            const auto search = log::LogSearch::compile(
                {QString(), false, false, log::classBit(log::LineClass::Error) | log::classBit(log::LineClass::Warning)});
            return search.value().run(*file, from, count, cancel.get());
        }));
    }
    if (!m_searchEdit->text().isEmpty() && count > m_searchedUpTo && !m_searchWatcher.isRunning()) {
        auto search = log::LogSearch::compile({m_searchEdit->text(), m_regexBox->isChecked(), false, log::kAllClasses});
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

void LogInspector::setSearch(const QString &text, bool regex)
{
    m_regexBox->setChecked(regex);
    m_searchEdit->setText(text);
    m_searchDelay->stop();
    runSearch();
}

void LogInspector::runSearch()
{
    m_searchCancel->store(true);
    m_searchCancel = std::make_shared<std::atomic_bool>(false);
    m_matches.clear();
    m_currentMatch = -1;
    const QString text = m_searchEdit->text();
    if (!m_file || text.isEmpty()) {
        m_matchLabel->clear();
        m_view->setHighlight(QString());
        emit searchFinished();
        return;
    }
    auto search = log::LogSearch::compile({text, m_regexBox->isChecked(), false, log::kAllClasses});
    if (!search) {
        m_matchLabel->setText(search.error().summary);
        emit searchFinished();
        return;
    }
    m_matchLabel->setText(tr("searching…"));
    const auto file = m_file;
    const auto cancel = m_searchCancel;
    const qint64 count = file->lineCount();
    m_searchedUpTo = count;
    m_searchAppends = false;
    m_searchWatcher.setFuture(QtConcurrent::run([file, cancel, count, s = std::move(search).value()] {
        return s.run(*file, 0, count, cancel.get());
    }));
}

void LogInspector::findNext()
{
    if (m_matches.empty())
        return;
    const qint64 from = m_view->currentLine();
    const auto it = std::upper_bound(m_matches.begin(), m_matches.end(), from);
    m_currentMatch = it == m_matches.end() ? 0 : int(it - m_matches.begin());
    m_view->scrollToLine(m_matches[std::size_t(m_currentMatch)]);
    m_matchLabel->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matches.size()));
}

void LogInspector::findPrevious()
{
    if (m_matches.empty())
        return;
    const qint64 from = m_view->currentLine() < 0 ? qint64(1) << 62 : m_view->currentLine();
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), from);
    m_currentMatch = it == m_matches.begin() ? int(m_matches.size()) - 1 : int(it - m_matches.begin()) - 1;
    m_view->scrollToLine(m_matches[std::size_t(m_currentMatch)]);
    m_matchLabel->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matches.size()));
}

void LogInspector::setErrorsAndWarningsOnly(bool on)
{
    if (m_errorsOnlyBox->isChecked() != on) {
        m_errorsOnlyBox->setChecked(on); // comes back here through toggled
        return;
    }
    if (!on || !m_file) {
        m_view->setLineFilter(std::nullopt);
        m_status->setText(tr("%n line(s)", "", int(qMin<qint64>(INT_MAX, m_file ? m_file->lineCount() : 0))));
        emit filterFinished();
        return;
    }
    setBusy(tr("Filtering…"), 0);
    const auto file = m_file;
    const auto cancel = m_cancel;
    const qint64 count = file->lineCount();
    m_filteredUpTo = count;
    m_filterAppends = false;
    m_filterWatcher.setFuture(QtConcurrent::run([file, cancel, count] {
        const auto search = log::LogSearch::compile(
            {QString(), false, false, log::classBit(log::LineClass::Error) | log::classBit(log::LineClass::Warning)});
        return search.value().run(*file, 0, count, cancel.get());
    }));
}

void LogInspector::diagnose()
{
    if (!m_file)
        return;
    m_diagnosisText->setPlainText(tr("Looking for the cause of the failure…"));
    const auto file = m_file;
    const auto cancel = m_cancel;
    const auto profile = m_profile;
    m_diagnosisWatcher.setFuture(QtConcurrent::run([file, cancel, profile] {
        const auto rules = log::RuleSet::withUserRules({}, nullptr);
        if (!rules)
            return QList<log::Diagnosis>();
        return log::Diagnoser::diagnoseFile(*file, rules.value(), profile, cancel.get());
    }));
}

void LogInspector::jumpToRootCause()
{
    if (m_diagnoses.isEmpty())
        return;
    m_diagnosisList->setCurrentRow(0);
    m_view->scrollToLine(m_diagnoses.first().line - 1);
    m_view->setFocus();
}

void LogInspector::showDiagnosis(int row)
{
    if (row < 0 || row >= m_diagnoses.size())
        return;
    const log::Diagnosis &d = m_diagnoses.at(row);
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b> %3</p><p><b>%4</b> %5</p><p><small>%6</small></p>")
                       .arg(d.title.toHtmlEscaped(), tr("Why:"), d.explanation.toHtmlEscaped(), tr("What to do:"),
                            d.remedy.toHtmlEscaped(),
                            tr("Rule %1, line %2").arg(d.id).arg(d.line));
    m_diagnosisText->setHtml(html);
}

void LogInspector::copyDiagnosis() const
{
    const int row = qMax(0, m_diagnosisList->currentRow());
    if (row >= m_diagnoses.size())
        return;
    const log::Diagnosis &d = m_diagnoses.at(row);
    QString text = QStringLiteral("%1 [%2]\n").arg(d.title, d.id);
    for (int i = 0; i < d.excerpt.size(); ++i)
        text += QStringLiteral("%1 | %2\n").arg(d.excerptFirstLine + i, 7).arg(d.excerpt.at(i));
    text += tr("Why: %1\nWhat to do: %2\n").arg(d.explanation, d.remedy);
    if (QClipboard *clipboard = QApplication::clipboard())
        clipboard->setText(text);
}

} // namespace dlstack::ui
