// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/log/loginspectorwindow.h"

#include "ui/log/loginspector.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>

namespace dlstack::ui {

LogInspectorWindow::LogInspectorWindow(QWidget *parent) : QMainWindow(parent)
{
    m_inspector = new LogInspector(this);
    setCentralWidget(m_inspector);
    setWindowTitle(tr("dlstack log inspector"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open log…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a build log"), QString(),
                                                          tr("Logs (*.log *.txt *.gz *.xz);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    // Ctrl+Q as on every Linux desktop: QKeySequence::Quit is empty where the platform theme
    // follows the Windows key scheme (the offscreen and minimal platforms).
    file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);
    resize(1100, 720);
}

void LogInspectorWindow::openFile(const QString &path)
{
    setWindowTitle(tr("%1 — dlstack log inspector").arg(QFileInfo(path).fileName()));
    m_inspector->openFile(path);
}

} // namespace dlstack::ui
