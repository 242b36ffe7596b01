// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/pages/installpage.h"

#include "ui/wizard/installdriver.h"
#include "ui/wizard/installwizard.h"
#include "ui/wizard/pages/reviewpage.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dlstack::ui {
namespace {
constexpr int StateRole = Qt::UserRole + 1;
}

InstallPage::InstallPage(InstallWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_stages(new QTreeWidget), m_progress(new QProgressBar),
      m_log(new QPlainTextEdit), m_status(new QLabel), m_start(new QPushButton(tr("&Start"))),
      m_cancel(new QPushButton(tr("&Cancel install")))
{
    setTitle(tr("Install"));
    setSubTitle(tr("Each stage can be rolled back on its own. The log shows every line of output."));
    m_stages->setHeaderLabels({tr("Stage"), tr("State")});
    m_stages->setRootIsDecorated(false);
    m_stages->setAccessibleName(tr("Install stages"));
    m_stages->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_progress->setAccessibleName(tr("Overall progress"));
    m_progress->setRange(0, 100);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Install log"));
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(200000);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Install status"));
    m_start->setAccessibleName(tr("Start the install"));
    m_cancel->setAccessibleName(tr("Cancel the install"));
    m_cancel->setEnabled(false);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_stages);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(1, 2);
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_start);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_start, &QPushButton::clicked, this, &InstallPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &InstallPage::cancel);
}

void InstallPage::initializePage()
{
    const WizardState &state = m_wizard->state();
    setButtonText(QWizard::NextButton, tr("&Next >"));
    InstallDriver *driver = m_wizard->installDriver();
    m_stages->clear();
    const QStringList names = driver ? driver->stages(state) : ReviewPage::stageNames(state);
    for (const QString &name : names) {
        auto *item = new QTreeWidgetItem(m_stages, {name, QString()});
        Q_UNUSED(item);
    }
    for (int i = 0; i < names.size(); ++i)
        setStageState(i, StageState::Waiting);
    m_progress->setValue(0);
    m_log->clear();
    m_finished = false;
    m_start->setEnabled(driver != nullptr);
    if (!driver) {
        m_start->setToolTip(tr("This build of dlstack cannot run installs yet."));
        m_status->setText(tr("This build cannot run the install itself yet. Go on to see the activation "
                             "command; run the stages above by hand or with the dlstack command line."));
    } else {
        m_status->setText(tr("Press Start to begin. You can cancel at any time."));
    }
    emit completeChanged();
}

void InstallPage::cleanupPage()
{
    if (m_running)
        cancel();
}

bool InstallPage::isComplete() const
{
    return !m_running && (m_finished || !m_wizard->installDriver());
}

void InstallPage::setStageState(int index, StageState state, const QString &detail)
{
    QTreeWidgetItem *item = m_stages->topLevelItem(index);
    if (!item)
        return;
    static const char *const names[] = {QT_TR_NOOP("waiting"), QT_TR_NOOP("running…"), QT_TR_NOOP("done"),
                                        QT_TR_NOOP("failed")};
    static const QColor colours[] = {QColor(0x6b, 0x7b, 0x8c), QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x9d, 0x4a),
                                     QColor(0xc6, 0x28, 0x28)};
    const int i = static_cast<int>(state);
    item->setText(1, detail.isEmpty() ? tr(names[i]) : tr(names[i]) + QStringLiteral(": ") + detail);
    item->setData(0, Qt::DecorationRole, colours[i]);
    item->setData(0, StateRole, i);
    item->setToolTip(1, item->text(1));
}

InstallPage::StageState InstallPage::stageState(int index) const
{
    const QTreeWidgetItem *item = m_stages->topLevelItem(index);
    return item ? static_cast<StageState>(item->data(0, StateRole).toInt()) : StageState::Waiting;
}

int InstallPage::stageCount() const
{
    return m_stages->topLevelItemCount();
}

int InstallPage::progressPercent() const
{
    return m_progress->value();
}

QString InstallPage::logText() const
{
    return m_log->toPlainText();
}

void InstallPage::start()
{
    InstallDriver *driver = m_wizard->installDriver();
    if (!driver || m_running)
        return;
    driver->disconnect(this);
    connect(driver, &InstallDriver::stageStarted, this, [this](int i) { setStageState(i, StageState::Running); });
    connect(driver, &InstallDriver::stageFinished, this, [this](int i) { setStageState(i, StageState::Done); });
    connect(driver, &InstallDriver::stageFailed, this,
            [this](int i, const QString &reason) { setStageState(i, StageState::Failed, reason); });
    connect(driver, &InstallDriver::outputLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(driver, &InstallDriver::progress, this,
            [this](double f) { m_progress->setValue(static_cast<int>(qBound(0.0, f, 1.0) * 100.0 + 0.5)); });
    connect(driver, &InstallDriver::finished, this, [this](bool ok) {
        m_running = false;
        m_finished = ok;
        m_cancel->setEnabled(false);
        m_start->setEnabled(!ok);
        m_start->setText(tr("&Retry"));
        m_status->setText(ok ? tr("Installed. Go on to see how to use it.")
                             : tr("The install stopped. The log above says where; fix the cause and retry."));
        m_wizard->state().installFinished = ok;
        emit completeChanged();
    });
    m_running = true;
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Installing…"));
    emit completeChanged();
    driver->start(m_wizard->state());
}

void InstallPage::cancel()
{
    if (InstallDriver *driver = m_wizard->installDriver(); driver && m_running) {
        m_status->setText(tr("Cancelling…"));
        driver->cancel();
    }
}

} // namespace dlstack::ui
