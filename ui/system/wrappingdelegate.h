// SPDX-License-Identifier: GPL-3.0-or-later
// WrappingDelegate: an item delegate whose size hint wraps the text at its column's width in
// a QTreeView, so a long reason grows its row instead of being cut (Qt's own hint measures
// wrapped text only for a valid, non-empty rect, which a tree view's row layout never
// passes). The view calls doItemsLayout() after a column resize for rows to follow. GUI thread.
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace dlstack::ui {

class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingDelegate(QTreeView *view);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace dlstack::ui
