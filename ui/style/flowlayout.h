// SPDX-License-Identifier: GPL-3.0-or-later
// FlowLayout: lays its items out left to right in rows and starts a new row where the width runs
// out, so a tool bar or a button row stays whole in a narrow window (a netbook's 1024x600, long
// German labels) instead of widening the window past the screen. Items keep their size hints;
// on each row the items that can grow horizontally (a search field, a progress bar) share the
// width left over. Its minimum width is that of its widest item; its height follows the width
// (heightForWidth), so the widgets below it move down when it wraps.
#pragma once

#include <QLayout>
#include <QList>

namespace dlstack::ui {

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int horizontalGap() const;
    int verticalGap() const;
    // Places the items in rect (or only measures, when apply is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
};

} // namespace dlstack::ui
