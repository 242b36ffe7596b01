// SPDX-License-Identifier: GPL-3.0-or-later
// SystemWindow: the first window of dlstack-wizard: runs detection on a worker thread
// and shows every detected fact with its state and source; Rescan runs it again.
#pragma once

#include "core/probe/systemprofile.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QPushButton;
class QTreeView;

namespace dlstack::ui {

class ProfileModel;

class SystemWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit SystemWindow(QWidget *parent = nullptr);
    void showProfile(const probe::SystemProfile &profile);

public slots:
    void rescan();

signals:
    void detectionFinished();

private:
    ProfileModel *m_model;
    QTreeView *m_view;
    QLabel *m_status;
    QPushButton *m_rescan;
    QFutureWatcher<probe::SystemProfile> m_watcher;
};

} // namespace dlstack::ui
