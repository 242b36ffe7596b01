// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/stepsidebar.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace dlstack::ui {

StepSidebar::StepSidebar(const QStringList &steps, QWidget *parent) : QWidget(parent), m_steps(steps)
{
    setAccessibleName(tr("Steps"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 12, 8, 12);
    layout->setSpacing(2);
    for (int i = 0; i < m_steps.size(); ++i) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setMargin(6);
        label->setAutoFillBackground(true);
        label->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(label);
        m_labels << label;
    }
    layout->addStretch(1);
    setMinimumWidth(150);
    refresh();
}

void StepSidebar::setCurrent(int index)
{
    m_current = qBound(0, index, qMax(0, count() - 1));
    refresh();
}

StepSidebar::StepState StepSidebar::state(int index) const
{
    return index < m_current ? StepState::Done : index == m_current ? StepState::Current : StepState::Upcoming;
}

QString StepSidebar::text(int index) const
{
    return index >= 0 && index < count() ? m_labels.at(index)->text() : QString();
}

void StepSidebar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void StepSidebar::refresh()
{
    for (int i = 0; i < count(); ++i) {
        QLabel *label = m_labels.at(i);
        const StepState s = state(i);
        // A tick before a finished step; the numbers line up either way.
        const QString mark = s == StepState::Done ? QStringLiteral("\u2713 ") : QStringLiteral("   ");
        label->setText(QStringLiteral("%1%2  %3").arg(mark).arg(i + 1).arg(m_steps.at(i)));
        QFont font = label->font();
        font.setBold(s == StepState::Current);
        label->setFont(font);
        QPalette p = palette();
        if (s == StepState::Current) {
            p.setColor(QPalette::Window, p.color(QPalette::Highlight));
            p.setColor(QPalette::WindowText, p.color(QPalette::HighlightedText));
        } else {
            p.setColor(QPalette::Window, p.color(QPalette::Base));
        }
        label->setPalette(p);
        const QString stateWord = s == StepState::Done      ? tr("done")
                                  : s == StepState::Current ? tr("current")
                                                            : tr("to come");
        label->setAccessibleName(tr("Step %1 of %2: %3, %4").arg(i + 1).arg(count()).arg(m_steps.at(i), stateWord));
    }
}

} // namespace dlstack::ui
