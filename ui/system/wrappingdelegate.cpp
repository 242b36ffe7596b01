// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/system/wrappingdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

namespace dlstack::ui {

WrappingDelegate::WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int width = m_view->header()->sectionSize(index.column());
    if (index.column() == 0) { // the tree's indentation and the decoration take part of the first column
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= m_view->indentation() * depth + opt.decorationSize.width();
    }
    const QStyle *style = m_view->style() ? m_view->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, m_view) + 1;
    if (opt.text.isEmpty() || width <= 4 * margin)
        return size;
    const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, width - 4 * margin, 0),
                                                    int(Qt::TextWordWrap | opt.displayAlignment), opt.text);
    size.setHeight(std::max(size.height(), text.height() + 2 * margin + 2));
    return size;
}

} // namespace dlstack::ui
