// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/system/systemwindow.h"

#include "core/probe/profilebuilder.h"
#include "core/support/processrunner.h"
#include "ui/system/profilemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dlstack::ui {

SystemWindow::SystemWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new ProfileModel(this)), m_view(new QTreeView), m_status(new QLabel),
      m_rescan(new QPushButton(tr("&Rescan")))
{
    setWindowTitle(tr("dlstack — your system"));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    auto *intro = new QLabel(tr("This is what dlstack found on this machine. Green is ready, amber needs a look, "
                                "red blocks an install."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Detected facts"));
    m_view->header()->setSectionResizeMode(ProfileModel::Value, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    m_rescan->setAccessibleName(tr("Rescan the system"));
    bottom->addWidget(m_rescan);
    layout->addLayout(bottom);
    setCentralWidget(central);
    resize(1000, 700);

    connect(m_rescan, &QPushButton::clicked, this, &SystemWindow::rescan);
    connect(&m_watcher, &QFutureWatcher<probe::SystemProfile>::finished, this, [this] {
        showProfile(m_watcher.result());
        m_rescan->setEnabled(true);
        emit detectionFinished();
    });
}

void SystemWindow::rescan()
{
    m_rescan->setEnabled(false);
    m_status->setText(tr("Detecting…"));
    m_watcher.setFuture(QtConcurrent::run([] {
        support::ProcessRunner runner;
        return probe::ProfileBuilder().detect(probe::ProbeContext::forHost(&runner));
    }));
}

void SystemWindow::showProfile(const probe::SystemProfile &profile)
{
    m_model->setProfile(profile);
    m_view->expandAll();
    m_view->resizeColumnToContents(ProfileModel::Fact);
    m_status->setText(tr("%n GPU(s), %1 CUDA toolkit(s), %2 Python environment(s).", nullptr,
                         static_cast<int>(profile.gpus.size()))
                          .arg(profile.cudaToolkits.size())
                          .arg(profile.pythonEnvs.size()));
}

} // namespace dlstack::ui
