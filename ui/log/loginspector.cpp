// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/log/loginspector.h"

#include "core/log/diagnosistext.h"
#include "ui/style/flowlayout.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dlstack::ui {

LogInspector::LogInspector(QWidget *parent) : QWidget(parent), m_controller(new log::LogInspectorController(this))
{
    m_view = new LogView(this);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setPlaceholderText(tr("Search the log", "placeholder of the log search field"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(m_searchEdit->placeholderText()); // a placeholder is no name to a screen reader
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

    // One row where the window is wide enough, two or more where it is not (a netbook, German).
    auto *tools = new FlowLayout;
    tools->addWidget(m_searchEdit);
    tools->addWidget(m_regexBox);
    tools->addWidget(previous);
    tools->addWidget(next);
    tools->addWidget(m_matchLabel);
    tools->addWidget(m_errorsOnlyBox);
    tools->addWidget(follow);
    tools->addWidget(m_rootCauseButton);

    m_diagnosisList = new QListWidget(this);
    m_diagnosisList->setWordWrap(true); // a cause's title wraps in a narrow panel
    m_diagnosisList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_diagnosisText = new QTextBrowser(this);
    m_diagnosisText->setOpenExternalLinks(true);
    m_copyButton = new QPushButton(tr("Copy diagnosis"), this);
    m_copyButton->setEnabled(false);
    m_diagnosisText->setAccessibleName(tr("Diagnosis"));
    auto *panel = new QWidget(this);
    m_panel = panel;
    auto *panelLayout = new QHBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_diagnosisList, 1);
    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_diagnosisText, 1);
    textColumn->addWidget(m_copyButton, 0, Qt::AlignRight);
    panelLayout->addLayout(textColumn, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_splitter = splitter;
    splitter->addWidget(m_view);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

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
        if (row >= 0 && row < m_controller->diagnoses().size())
            m_view->scrollToLine(m_controller->diagnoses().at(row).line - 1);
    });
    connectController();
}

LogInspector::~LogInspector() = default; // the controller, a child, cancels and waits for its workers

void LogInspector::connectController()
{
    using Controller = log::LogInspectorController;
    connect(m_controller, &Controller::fileChanged, this, &LogInspector::showFile);
    connect(m_controller, &Controller::progress, this, &LogInspector::showProgress);
    connect(m_controller, &Controller::failed, this, &LogInspector::showError);
    connect(m_controller, &Controller::indexingFinished, this, [this] {
        m_progress->hide();
        m_status->setText(
            tr("%n line(s)", "status after indexing", int(qMin<qint64>(INT_MAX, m_controller->file()->lineCount()))));
        emit indexingFinished();
    });
    connect(m_controller, &Controller::searchFinished, this, &LogInspector::showMatches);
    connect(m_controller, &Controller::filterFinished, this, &LogInspector::showFilter);
    connect(m_controller, &Controller::diagnosisStarted, this,
            [this] { m_diagnosisText->setPlainText(tr("Looking for the cause of the failure…")); });
    connect(m_controller, &Controller::diagnosisFinished, this, &LogInspector::showDiagnoses);
}

void LogInspector::showError(const QString &message)
{
    m_progress->hide();
    m_status->setText(message);
    emit failed(message);
}

void LogInspector::showProgress(log::LogInspectorController::Work work, int percent)
{
    using Work = log::LogInspectorController::Work;
    if (percent == 0) {
        if (work == Work::Unpacking)
            m_status->setText(tr("Unpacking %1…").arg(QFileInfo(m_controller->openedPath()).fileName()));
        else if (work == Work::Indexing)
            m_status->setText(tr("Reading the log…"));
        else
            m_status->setText(tr("Filtering…"));
    }
    m_progress->setValue(percent);
    m_progress->show();
}

void LogInspector::showFile()
{
    m_view->setLogFile(m_controller->file());
    m_diagnosisList->clear();
    if (m_controller->isLive()) {
        m_view->setFollow(true);
    } else {
        window()->setWindowFilePath(m_controller->openedPath());
    }
}

void LogInspector::openFile(const QString &path)
{
    m_controller->openFile(path);
}

void LogInspector::followFile(const QString &path)
{
    m_controller->followFile(path);
    m_status->setText(tr("Following %1").arg(QFileInfo(path).fileName()));
    m_diagnosisText->setPlainText(tr("The diagnosis follows the build's output."));
}

void LogInspector::setLiveLog(std::shared_ptr<const log::LogFile> file)
{
    m_controller->setLiveLog(std::move(file));
    m_view->setFollow(true);
    m_diagnosisText->setPlainText(tr("The diagnosis follows the build's output."));
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
    const QString text = m_searchEdit->text();
    if (m_controller->file() && !text.isEmpty())
        m_matchLabel->setText(tr("searching…"));
    m_controller->setSearch(text, m_regexBox->isChecked());
}

void LogInspector::showMatches()
{
    if (m_controller->searchText().isEmpty() || !m_controller->file()) {
        m_matchLabel->clear();
        m_view->setHighlight(QString());
    } else if (!m_controller->searchError().isEmpty()) {
        m_matchLabel->setText(m_controller->searchError());
    } else {
        const qint64 count = m_controller->matchCount();
        m_matchLabel->setText(count == 0 ? tr("no match") : tr("%n match(es)", "", int(qMin<qint64>(INT_MAX, count))));
        m_view->setHighlight(m_controller->searchIsRegex() ? QString() : m_controller->searchText());
    }
    emit searchFinished();
}

void LogInspector::findNext()
{
    const qint64 line = m_controller->findNext(m_view->currentLine());
    if (line >= 0) {
        m_view->scrollToLine(line);
        showCurrentMatch();
    }
}

void LogInspector::findPrevious()
{
    const qint64 line = m_controller->findPrevious(m_view->currentLine());
    if (line >= 0) {
        m_view->scrollToLine(line);
        showCurrentMatch();
    }
}

void LogInspector::showCurrentMatch()
{
    m_matchLabel->setText(tr("%1 of %2").arg(m_controller->currentMatch() + 1).arg(m_controller->matchCount()));
}

void LogInspector::setErrorsAndWarningsOnly(bool on)
{
    if (m_errorsOnlyBox->isChecked() != on) {
        m_errorsOnlyBox->setChecked(on); // comes back here through toggled
        return;
    }
    m_controller->setErrorsAndWarningsOnly(on);
}

void LogInspector::showFilter()
{
    m_view->setLineFilter(m_controller->lineFilter());
    m_progress->hide();
    const qint64 lines = m_controller->file() ? m_controller->file()->lineCount() : 0;
    if (m_controller->errorsAndWarningsOnly())
        m_status->setText(tr("%1 of %2 lines shown").arg(m_view->rowCount()).arg(lines));
    else
        m_status->setText(tr("%n line(s)", "", int(qMin<qint64>(INT_MAX, lines))));
    emit filterFinished();
}

void LogInspector::diagnose()
{
    m_controller->diagnose();
}

void LogInspector::showDiagnoses(bool changed)
{
    if (!changed) {
        emit diagnosisFinished(); // a live catch-up that found nothing new keeps the selection
        return;
    }
    const QList<log::Diagnosis> diagnoses = m_controller->diagnoses();
    m_diagnosisList->clear();
    for (const log::Diagnosis &d : diagnoses)
        m_diagnosisList->addItem(
            tr("%1 (line %2)", "diagnosis list entry").arg(log::DiagnosisText::of(d).title).arg(d.line));
    m_rootCauseButton->setEnabled(!diagnoses.isEmpty());
    m_copyButton->setEnabled(!diagnoses.isEmpty());
    if (diagnoses.isEmpty())
        m_diagnosisText->setPlainText(tr("No known cause of failure was found in this log."));
    else
        m_diagnosisList->setCurrentRow(0);
    emit diagnosisFinished();
}

void LogInspector::jumpToRootCause()
{
    const QList<log::Diagnosis> diagnoses = m_controller->diagnoses();
    if (diagnoses.isEmpty())
        return;
    m_diagnosisList->setCurrentRow(0);
    m_view->scrollToLine(diagnoses.first().line - 1);
    m_view->setFocus();
}

void LogInspector::showDiagnosis(int row)
{
    const QList<log::Diagnosis> diagnoses = m_controller->diagnoses();
    if (row < 0 || row >= diagnoses.size())
        return;
    const log::Diagnosis &d = diagnoses.at(row);
    const log::DiagnosisText text = log::DiagnosisText::of(d);
    // The line itself, wrapped, so that its end (where compilers put the cause) is read here too.
    const qsizetype at = qsizetype(d.line) - qsizetype(d.excerptFirstLine);
    const QString line = at >= 0 && at < d.excerpt.size() ? d.excerpt.at(at).trimmed() : QString();
    QString html = QStringLiteral("<h3>%1</h3>").arg(text.title.toHtmlEscaped());
    if (!line.isEmpty())
        html += QStringLiteral("<p style=\"white-space: pre-wrap\"><b>%1</b> <code>%2</code></p>")
                    .arg(tr("Line %1:").arg(d.line), line.left(2000).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p><p><small>%5</small></p>")
                .arg(tr("Why:"), text.explanation.toHtmlEscaped(), tr("What to do:"), text.remedy.toHtmlEscaped(),
                     tr("Rule %1, line %2").arg(d.id).arg(d.line));
    m_diagnosisText->setHtml(html);
    fitDiagnosisPanel();
}

void LogInspector::setDiagnosisShown(bool shown)
{
    m_diagnosisShown = shown;
    m_panel->setVisible(shown);
    if (shown)
        fitDiagnosisPanel();
}

void LogInspector::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitDiagnosisPanel();
}

bool LogInspector::isDiagnosisShown() const
{
    return m_diagnosisShown;
}

QString LogInspector::diagnosisText() const
{
    return m_diagnosisText->toPlainText();
}

void LogInspector::fitDiagnosisPanel()
{
    if (!m_diagnosisShown || m_splitter->height() <= 0)
        return;
    QTextDocument *document = m_diagnosisText->document();
    document->setTextWidth(qMax(200, m_diagnosisText->viewport()->width()));
    const int frame = 2 * m_diagnosisText->frameWidth() + 8;
    const int wanted = int(document->size().height()) + frame + m_copyButton->sizeHint().height();
    const int total = m_splitter->height() - m_splitter->handleWidth();
    const int panel = qBound(m_copyButton->sizeHint().height() * 3, wanted, total / 2);
    m_splitter->setSizes({total - panel, panel});
}

void LogInspector::copyDiagnosis() const
{
    const int row = qMax(0, m_diagnosisList->currentRow());
    const QList<log::Diagnosis> diagnoses = m_controller->diagnoses();
    if (row >= diagnoses.size())
        return;
    const log::Diagnosis &d = diagnoses.at(row);
    const log::DiagnosisText shown = log::DiagnosisText::of(d);
    QString text = QStringLiteral("%1 [%2]\n").arg(shown.title, d.id);
    for (int i = 0; i < d.excerpt.size(); ++i)
        text += QStringLiteral("%1 | %2\n").arg(d.excerptFirstLine + i, 7).arg(d.excerpt.at(i));
    text += tr("Why: %1\nWhat to do: %2\n").arg(shown.explanation, shown.remedy);
    if (QClipboard *clipboard = QApplication::clipboard())
        clipboard->setText(text);
}

} // namespace dlstack::ui
