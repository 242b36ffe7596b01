// SPDX-License-Identifier: GPL-3.0-or-later
// LogInspectorWindow: the log inspector on its own (`dlstack-wizard --log FILE`), with File >
// Open and Quit. GUI thread only.
#pragma once

#include <QMainWindow>

namespace dlstack::ui {

class LogInspector;

class LogInspectorWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit LogInspectorWindow(QWidget *parent = nullptr);
    void openFile(const QString &path);
    LogInspector *inspector() const { return m_inspector; }

private:
    LogInspector *m_inspector = nullptr;
};

} // namespace dlstack::ui
