// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/pages/installpage.h"

#include "ui/log/loginspector.h"
#include "ui/style/flowlayout.h"
#include "ui/system/wrappingdelegate.h"
#include "ui/wizard/installdriver.h"
#include "ui/wizard/wizardcontext.h"
#include "ui/wizard/wizardplan.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace dlstack::ui {

namespace {

// The first sentence of a reason, for the stage row; the log and the diagnosis say the rest.
QString firstSentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (qsizetype at = trimmed.indexOf(QStringLiteral(". ")); at >= 0;
         at = trimmed.indexOf(QStringLiteral(". "), at + 1))
        if (at > 12)
            return trimmed.left(at + 1);
    return trimmed;
}

} // namespace

InstallPage::InstallPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_stageModel(new StageModel(this)), m_stages(new QTreeView),
      m_progress(new QProgressBar), m_inspector(new LogInspector), m_log(new QPlainTextEdit), m_status(new QLabel),
      m_eta(new QLabel), m_start(new QPushButton(tr("&Start"))), m_cancel(new QPushButton(tr("&Cancel install"))),
      m_pause(new QPushButton(tr("&Pause"))), m_rollback(new QPushButton(tr("Ro&ll back stage…"))),
      m_etaTimer(new QTimer(this))
{
    setTitle(tr("Install"));
    setSubTitle(tr("Each stage can be rolled back on its own. The log shows every line of output."));
    m_stages->setModel(m_stageModel);
    m_stages->setRootIsDecorated(false);
    m_stages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stages->setAccessibleName(tr("Install stages"));
    m_stages->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_stages->header()->setSectionResizeMode(1, QHeaderView::Fixed); // fitStageColumns()
    // A long title (German compounds) wraps in its row instead of being cut.
    m_stages->setWordWrap(true);
    m_stages->setUniformRowHeights(false);
    m_stages->setItemDelegate(new WrappingDelegate(m_stages));
    m_stages->setTextElideMode(Qt::ElideNone);
    connect(m_stages->header(), &QHeaderView::sectionResized, m_stages, [this](int column) {
        if (column == 0)
            m_stages->doItemsLayout();
    });
    m_progress->setAccessibleName(tr("Overall progress"));
    m_progress->setRange(0, 100);
    m_inspector->setAccessibleName(tr("Install log"));
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Install messages"));
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(20000);
    m_log->setMaximumHeight(90);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_inspector->view()->setWrap(true);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Install status"));
    m_eta->setAccessibleName(tr("Time left"));
    m_start->setAccessibleName(tr("Start the install"));
    m_cancel->setAccessibleName(tr("Cancel the install"));
    m_pause->setAccessibleName(tr("Pause or continue the install"));
    m_pause->setToolTip(tr("Stops the running program or download until you continue."));
    m_rollback->setAccessibleName(tr("Roll back the selected stage"));
    m_rollback->setToolTip(tr("Removes what the selected stage created and restores what it changed."));

    // The stages beside the log, not above it: on a 600-pixel screen the log keeps its height.
    auto *logColumn = new QSplitter(Qt::Vertical);
    logColumn->addWidget(m_inspector);
    logColumn->addWidget(m_log);
    logColumn->setStretchFactor(0, 1);
    logColumn->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_stages);
    splitter->addWidget(logColumn);
    splitter->setStretchFactor(0, 0); // the list keeps the width fitStageColumns() gives it
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});
    m_stages->header()->setStretchLastSection(false);
    m_log->hide(); // shown once the driver reports a message of its own
    // The buttons go below the progress bar where one row would widen the window past the screen.
    auto *row = new FlowLayout;
    row->addWidget(m_progress);
    row->addWidget(m_eta);
    row->addWidget(m_start);
    row->addWidget(m_pause);
    row->addWidget(m_cancel);
    row->addWidget(m_rollback);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);

    m_etaTimer->setInterval(1000);
    connect(m_etaTimer, &QTimer::timeout, this, &InstallPage::updateEta);
    connect(m_inspector, &LogInspector::diagnosisFinished, this, [this] {
        // A failed stage's log opens at its root cause.
        const int shown = selectedStage();
        if (shown >= 0 && stageState(shown) == StageState::Failed && !m_running)
            m_inspector->jumpToRootCause();
    });
    connect(m_start, &QPushButton::clicked, this, &InstallPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &InstallPage::cancel);
    connect(m_pause, &QPushButton::clicked, this, [this] { setPaused(!m_paused); });
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        if (const int row = selectedStage(); row >= 0)
            rollBackStage(row);
    });
    connect(m_stages->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                updateButtons();
                // Show the log of the stage the user picks (the running one while nothing is picked).
                showStageLog(current.isValid() ? current.row() : -1);
            });
}

void InstallPage::showStageLog(int index)
{
    InstallDriver *driver = m_context.installDriver();
    if (!driver || index < 0)
        return;
    const StageState state = stageState(index);
    m_inspector->setDiagnosisShown(state == StageState::Failed); // a cause only where something failed
    const QString path = driver->stageLogPath(index);
    if (!path.isEmpty() && path != m_inspector->followedPath())
        m_inspector->followFile(path);
}

QString InstallPage::statusText() const
{
    return m_status->text();
}

QString InstallPage::etaText() const
{
    return m_eta->text();
}

void InstallPage::startIfNew()
{
    InstallDriver *driver = m_context.installDriver();
    if (!driver || m_running || m_rollingBack || m_finished || stageCount() == 0)
        return;
    for (int i = 0; i < stageCount(); ++i)
        if (stageState(i) != StageState::Waiting)
            return; // an earlier run: Resume or roll back is the user's choice
    start();
}

void InstallPage::fitStageColumns()
{
    QHeaderView *header = m_stages->header();
    const QFontMetrics text(m_stages->font());
    const QFontMetrics heading(header->font());
    // What a cell adds around its text: the style's margins, the focus frame and, in the Stage
    // column, the colour mark (the decoration) with its spacing.
    const int margin = 2 * (m_stages->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_stages) + 1) + 8;
    const int mark = m_stages->iconSize().isValid() ? m_stages->iconSize().width()
                                                    : m_stages->style()->pixelMetric(QStyle::PM_SmallIconSize);
    header->setMinimumSectionSize(1);           // sectionSizeHint() is bounded by it
    const auto headerWidth = [&](int section) { // the style's own need (margins, sort mark), or the text's
        return std::max(header->sectionSizeHint(section),
                        heading.horizontalAdvance(m_stageModel->headerData(section, Qt::Horizontal).toString()) +
                            m_stages->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2 + margin);
    };
    int state = headerWidth(1);
    for (const QString &name : StageModel::stateNames())
        state = std::max(state, text.horizontalAdvance(name) + margin);
    int stage = headerWidth(0);
    // A word of up to 20 average characters (German compounds: "Aktivierungsskript") sets the
    // width; a longer one (a path) is cut rather than widening the list.
    const int longWord = 20 * text.averageCharWidth();
    for (int row = 0; row < m_stageModel->rowCount(); ++row)
        for (const QString &word : m_stageModel->title(row).split(u' ', Qt::SkipEmptyParts))
            stage = std::max(stage, std::min(longWord, text.horizontalAdvance(word)) + margin + mark);
    header->setMinimumSectionSize(std::min(stage, state));
    header->resizeSection(1, state);
    const int frame = 2 * m_stages->frameWidth() + m_stages->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    // The list asks for that width from the splitter; the log column keeps the rest (a small
    // window gives the list less rather than growing past the screen).
    if (auto *splitter = qobject_cast<QSplitter *>(m_stages->parentWidget())) {
        const int total = std::max(splitter->width(), 1000);
        splitter->setSizes({stage + state + frame, total - stage - state - frame});
    }
}

void InstallPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        fitStageColumns();
    QWizardPage::changeEvent(event);
}

void InstallPage::initializePage()
{
    const WizardState &state = m_context.state();
    setButtonText(QWizard::NextButton, tr("&Next >"));
    InstallDriver *driver = m_context.installDriver();
    const bool attached = driver && driver->isRunning(); // a build that kept running: showAttached()
    const QStringList names = driver ? driver->stages(state) : stageTitles(state);
    m_stageModel->setStages(names);
    fitStageColumns();
    // A build that ran before into this prefix: show where it stopped (Start resumes it).
    const QStringList recorded = driver ? driver->recordedStates(state) : QStringList();
    bool resumable = false;
    for (int i = 0; i < recorded.size() && i < names.size(); ++i) {
        const QString &r = recorded.at(i);
        if (r == u"done")
            setStageState(i, StageState::Done);
        else if (r == u"interrupted" && attached)
            setStageState(i, StageState::Running);
        else if (r == u"failed" || r == u"interrupted")
            setStageState(i, StageState::Failed, r == u"interrupted" ? tr("interrupted") : QString());
        else if (r == u"rolled-back")
            setStageState(i, StageState::RolledBack);
        resumable = resumable || r != u"pending";
    }
    m_progress->setValue(0);
    m_eta->clear();
    m_etaTimer->stop();
    m_log->clear();
    m_log->hide();
    m_finished = false;
    if (driver && !attached && resumable)
        showEarlierRun(names.size());
    if (attached) {
        m_status->setText(tr("A build started earlier is still running; showing it."));
    } else if (!driver) {
        m_start->setToolTip(tr("This build of dlstack cannot run installs yet."));
        m_status->setText(tr("This build cannot run the install itself yet. Go on to see the activation "
                             "command; run the stages above by hand or with the dlstack command line."));
    } else if (names.isEmpty()) {
        m_status->setText(tr("No plan could be made for these choices; go back and change them."));
    } else if (resumable) {
        m_start->setText(tr("&Resume"));
        m_status->setText(tr("An earlier run into this folder stopped part-way. Resume goes on from there "
                             "(finished stages are kept); a stage can also be rolled back."));
    } else {
        m_start->setText(tr("&Start"));
        m_status->setText(tr("Press Start to begin. You can cancel at any time and resume later."));
        m_inspector->setDiagnosisShown(false);
    }
    updateButtons();
    emit completeChanged();
}

// What an earlier run left, as it left it: how far it got, and the log (with its diagnosis,
// using the facts of the machine the plan is for) of the stage it stopped at.
void InstallPage::showEarlierRun(int stages)
{
    InstallDriver *driver = m_context.installDriver();
    driver->prepare(m_context.state());
    int done = 0;
    int failed = -1;
    int last = -1; // the last stage that ran at all
    for (int i = 0; i < stages; ++i) {
        const StageState s = stageState(i);
        done += s == StageState::Done;
        if (failed < 0 && s == StageState::Failed)
            failed = i;
        if (s != StageState::Waiting)
            last = i;
    }
    const int stoppedAt = failed >= 0 ? failed : last;
    if (stages > 0)
        m_progress->setValue(100 * done / stages);
    if (stoppedAt < 0)
        return;
    m_inspector->setProfile(m_context.state().profile);
    selectStage(stoppedAt);
    const QString path = driver->stageLogPath(stoppedAt);
    if (!path.isEmpty() && path != m_inspector->followedPath())
        m_inspector->followFile(path);
}

bool InstallPage::isComplete() const
{
    return !m_running && !m_rollingBack && (m_finished || !m_context.installDriver());
}

void InstallPage::updateButtons()
{
    InstallDriver *driver = m_context.installDriver();
    const bool busy = m_running || m_rollingBack;
    m_start->setEnabled(driver && !busy && !m_finished && m_stageModel->rowCount() > 0);
    m_cancel->setEnabled(m_running);
    m_pause->setEnabled(m_running && driver && driver->canPause());
    m_pause->setText(m_paused ? tr("C&ontinue") : tr("&Pause"));
    const StageState selected = stageState(selectedStage());
    m_rollback->setEnabled(
        driver && driver->canRollBack() && !busy &&
        (selected == StageState::Done || selected == StageState::Failed || selected == StageState::Cancelled));
}

void InstallPage::setStageState(int index, StageState state, const QString &detail)
{
    m_stageModel->setState(index, state, detail);
    if (index == selectedStage())
        updateButtons();
}

InstallPage::StageState InstallPage::stageState(int index) const
{
    return m_stageModel->state(index);
}

int InstallPage::stageCount() const
{
    return m_stageModel->rowCount();
}

int InstallPage::selectedStage() const
{
    const QModelIndex current = m_stages->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void InstallPage::selectStage(int row)
{
    m_stages->setCurrentIndex(m_stageModel->index(row, 0));
}

int InstallPage::progressPercent() const
{
    return m_progress->value();
}

QString InstallPage::logText() const
{
    return m_log->toPlainText();
}

void InstallPage::updateEta()
{
    // Only an honest estimate: from the measured pace, and only while progress moves.
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    const std::optional<qint64> left = m_running && !m_paused ? m_etaEstimate.secondsLeft(now) : std::nullopt;
    if (!left) {
        m_eta->setText(m_running && !m_paused && m_etaEstimate.stalled(now) ? tr("no progress for a while")
                                                                            : QString());
        return;
    }
    const qint64 leftS = *left;
    m_eta->setText(leftS < 90     ? tr("about %n second(s) left", "", int(leftS))
                   : leftS < 5400 ? tr("about %n minute(s) left", "", int(leftS / 60))
                                  : tr("about %n hour(s) left", "", int(leftS / 3600)));
}

void InstallPage::connectDriver()
{
    InstallDriver *driver = m_context.installDriver();
    driver->disconnect(this);
    connect(driver, &InstallDriver::stageStarted, this, [this, driver](int i) {
        setStageState(i, StageState::Running);
        if (!driver->stageLogPath(i).isEmpty()) {
            selectStage(i); // follows the running stage's log
            showStageLog(i);
        }
    });
    connect(driver, &InstallDriver::stageFinished, this, [this](int i) {
        setStageState(i, StageState::Done);
        if (i == selectedStage())
            m_inspector->setDiagnosisShown(false);
    });
    connect(driver, &InstallDriver::stageFailed, this, [this](int i, const QString &reason) {
        // A stage stopped because the user cancelled: neutral words, no reason in red.
        if (m_cancelRequested)
            setStageState(i, StageState::Cancelled);
        else
            setStageState(i, StageState::Failed, firstSentence(reason));
        if (i == selectedStage())
            showStageLog(i);
    });
    connect(driver, &InstallDriver::outputLine, this, [this, driver](const QString &line) {
        // A driver that keeps each stage's log in a file says the same there and in the
        // stage's row: a second box with the failure would only repeat it.
        m_log->setVisible(driver->stageLogPath(0).isEmpty());
        m_log->appendPlainText(line);
    });
    connect(driver, &InstallDriver::progress, this, [this](double f) {
        m_progress->setValue(static_cast<int>(qBound(0.0, f, 1.0) * 100.0 + 0.5));
        m_etaEstimate.progress(f, m_clock.isValid() ? m_clock.elapsed() : 0);
        updateEta();
    });
    connect(driver, &InstallDriver::finished, this, [this](bool ok) {
        m_running = false;
        m_paused = false;
        m_finished = ok;
        m_eta->clear();
        m_etaTimer->stop();
        m_start->setText(tr("&Resume"));
        int failed = -1;
        for (int i = 0; i < stageCount() && failed < 0; ++i)
            if (stageState(i) == StageState::Failed)
                failed = i;
        if (ok)
            m_status->setText(tr("Installed. Go on to see how to use it."));
        else if (m_cancelRequested)
            m_status->setText(tr("Cancelled. Resume goes on from where it stopped; finished stages are kept."));
        else if (failed >= 0)
            m_status->setText(tr("\u201c%1\u201d failed: the log shows the line, the panel below it why. Fix it and "
                                 "press Resume; finished stages are kept.")
                                  .arg(m_stageModel->title(failed)));
        else
            m_status->setText(tr("The install stopped. Press Resume to go on; finished stages are kept."));
        m_cancelRequested = false;
        m_context.state().installFinished = ok;
        QStringList logs;
        for (int i = 0; i < stageCount(); ++i)
            logs << m_context.installDriver()->stageLogPath(i);
        m_context.state().stageLogs = logs;
        updateButtons();
        emit completeChanged();
    });
    connect(driver, &InstallDriver::stageRolledBack, this, [this](int i, bool ok, const QString &message) {
        m_rollingBack = false;
        if (ok) {
            setStageState(i, StageState::RolledBack);
            m_finished = false;
            m_context.state().installFinished = false;
            m_status->setText(tr("The stage was rolled back."));
        } else {
            m_status->setText(
                tr("The rollback did not finish: %1 Try it again; it continues where it stopped.").arg(message));
        }
        updateButtons();
        emit completeChanged();
    });
}

void InstallPage::showAttached()
{
    InstallDriver *driver = m_context.installDriver();
    if (!driver)
        return;
    connectDriver();
    m_running = driver->isRunning();
    m_clock.start(); // the pace from now on: what ran before is not known here
    m_etaEstimate.start(0);
    m_etaTimer->start();
    updateButtons();
    emit completeChanged();
}

void InstallPage::start()
{
    InstallDriver *driver = m_context.installDriver();
    if (!driver || m_running || m_rollingBack)
        return;
    connectDriver();
    for (int i = 0; i < stageCount(); ++i)
        if (stageState(i) != StageState::Done)
            setStageState(i, StageState::Waiting);
    m_running = true;
    m_cancelRequested = false;
    m_clock.start();
    m_etaEstimate.start(0);
    m_etaTimer->start();
    m_eta->clear();
    m_log->clear(); // no message of an earlier run stays next to this one
    m_log->hide();
    m_status->setText(tr("Installing…"));
    updateButtons();
    emit completeChanged();
    driver->start(m_context.state());
}

void InstallPage::setPaused(bool paused)
{
    InstallDriver *driver = m_context.installDriver();
    if (!driver || !m_running || !driver->canPause() || paused == m_paused)
        return;
    driver->setPaused(paused);
    m_paused = paused;
    m_status->setText(paused ? tr("Paused: the running program is stopped and no new step starts.")
                             : tr("Installing…"));
    updateButtons();
}

void InstallPage::cancel()
{
    if (InstallDriver *driver = m_context.installDriver(); driver && m_running) {
        m_paused = false;
        m_cancelRequested = true;
        m_status->setText(tr("Cancelling…"));
        driver->cancel();
    }
}

void InstallPage::rollBackStage(int index, bool confirmed)
{
    InstallDriver *driver = m_context.installDriver();
    if (!driver || !driver->canRollBack() || m_running || m_rollingBack || index < 0 || index >= stageCount())
        return;
    if (!confirmed) {
        const QStringList preview = driver->rollbackPreview(index);
        QString text = tr("Roll back \"%1\"?").arg(m_stageModel->title(index));
        QString details;
        if (preview.isEmpty())
            details = tr("The journal records nothing this stage left behind.");
        else
            details = tr("This will:") + u'\n' + preview.mid(0, 30).join(u'\n') +
                      (preview.size() > 30 ? u'\n' + tr("… and %n more", "", int(preview.size() - 30)) : QString());
        QMessageBox box(QMessageBox::Question, tr("Roll back a stage"), text, QMessageBox::Cancel, this);
        box.setInformativeText(details);
        QPushButton *go = box.addButton(tr("Roll back"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != go)
            return;
    }
    connectDriver();
    m_rollingBack = true;
    m_status->setText(tr("Rolling back…"));
    updateButtons();
    emit completeChanged();
    driver->rollBack(index);
}

} // namespace dlstack::ui
