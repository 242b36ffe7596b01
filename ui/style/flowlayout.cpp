// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style/flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace dlstack::ui {

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize().expandedTo(QSize(item->sizeHint().width(), 0)));
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row of everything.
    int width = 0;
    int height = 0;
    int visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++visible;
    }
    const QMargins m = contentsMargins();
    return {width + std::max(0, visible - 1) * horizontalGap() + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *owner = parentWidget();
    return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, owner) : 6;
}

int FlowLayout::verticalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *owner = parentWidget();
    return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, owner) : 6;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    const int gap = horizontalGap();
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items)
        if (!item->isEmpty())
            visible.append(item);
    int y = area.y();
    for (qsizetype first = 0; first < visible.size();) {
        // The items of this row: as many as fit, at least one.
        qsizetype end = first;
        int used = 0;
        while (end < visible.size()) {
            const int width = visible.at(end)->sizeHint().width();
            const int needed = used + (end > first ? gap : 0) + width;
            if (end > first && needed > area.width())
                break;
            used = needed;
            ++end;
        }
        int growing = 0;
        int height = 0;
        for (qsizetype i = first; i < end; ++i) {
            growing += (visible.at(i)->expandingDirections() & Qt::Horizontal) ? 1 : 0;
            height = std::max(height, visible.at(i)->sizeHint().height());
        }
        if (apply) {
            const int spare = std::max(0, area.width() - used);
            int x = area.x();
            int shared = 0;
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = visible.at(i);
                int width = std::min(item->sizeHint().width(), area.width());
                if (growing > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    const int extra = ++shared == growing ? spare - spare / growing * (growing - 1) : spare / growing;
                    width += extra;
                }
                const int itemHeight =
                    (item->expandingDirections() & Qt::Vertical) ? height : item->sizeHint().height();
                item->setGeometry(QRect(x, y + (height - itemHeight) / 2, width, itemHeight));
                x += width + gap;
            }
        }
        y += height + (end < visible.size() ? verticalGap() : 0);
        first = end;
    }
    return y - area.y() + m.top() + m.bottom();
}

} // namespace dlstack::ui
