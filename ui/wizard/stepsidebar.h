// SPDX-License-Identifier: GPL-3.0-or-later
// StepSidebar: the wizard's steps as a numbered list at the left of every page (as NVIDIA
// SDK Manager and Calamares show them): the current step highlighted, the steps before it
// ticked, the ones after it plain. The wizard calls setCurrent() when the page changes.
// Accessible names say "Step 2 of 7: System, current". GUI thread only.
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace dlstack::ui {

class StepSidebar : public QWidget
{
    Q_OBJECT
public:
    enum class StepState
    {
        Done,
        Current,
        Upcoming
    };

    explicit StepSidebar(const QStringList &steps, QWidget *parent = nullptr);

    void setCurrent(int index);
    int current() const { return m_current; }
    int count() const { return int(m_labels.size()); }
    StepState state(int index) const;
    QString text(int index) const; // as shown: "✓ 1  Welcome", "2  System"

protected:
    void changeEvent(QEvent *event) override; // palette changes repaint the highlight

private:
    void refresh();

    QStringList m_steps;
    QList<QLabel *> m_labels;
    int m_current = 0;
};

} // namespace dlstack::ui
