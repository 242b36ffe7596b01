// SPDX-License-Identifier: GPL-3.0-or-later
// LogView: a virtualised view of one LogFile: it paints only the visible lines (any file size
// opens at once), coloured by line class, with line numbers, line selection and copy, keyboard
// navigation and a follow mode for logs that grow. It never signals per line: a 100 ms timer
// polls the file's line count, so appends are coalesced to at most 10 repaints a second.
// GUI thread only; the LogFile may be appended to or indexed from a worker meanwhile.
#pragma once

#include "core/log/logfile.h"

#include <QAbstractScrollArea>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace dlstack::ui {

class LogView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);

    void setLogFile(std::shared_ptr<const log::LogFile> file);
    std::shared_ptr<const log::LogFile> logFile() const { return m_file; }

    // Shows only these 0-based lines (ascending), e.g. errors and warnings; nullopt shows all.
    void setLineFilter(std::optional<std::vector<qint64>> lines);
    bool isFiltered() const { return m_filter.has_value(); }
    qint64 rowCount() const;
    qint64 lineAtRow(qint64 row) const;
    qint64 rowOfLine(qint64 line) const; // the row showing line, or the nearest row after it

    void setFollow(bool follow);
    bool follow() const { return m_follow; }

    // Wrapped, a long line continues on the next rows (no horizontal scrolling): the cause
    // of a failure at the end of a 300-character compiler line stays on screen.
    void setWrap(bool wrap);
    bool wrap() const { return m_wrap; }
    // How many rows of the viewport a line takes (1 unless wrapped).
    int rowsOfLine(qint64 line) const;
    // The line painted at viewport pixel row y, -1 when none (as last painted).
    qint64 lineAtY(int y) const;

    // Makes line current (selected, scrolled into the middle when off screen).
    void scrollToLine(qint64 line);
    qint64 currentLine() const; // -1 when none
    qint64 firstVisibleLine() const;
    QString selectedText() const; // cleaned lines of the selection, '\n' separated
    void copySelection() const;
    void setHighlight(const QString &text)
    {
        m_highlight = text;
        viewport()->update();
    }

    qint64 paintCount() const { return m_paints; }

signals:
    void currentLineChanged(qint64 line);
    void followChanged(bool follow);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void poll();
    void updateScrollBars();
    int visibleRows() const;
    int gutterWidth() const;
    qint64 rowAt(int y) const;
    int wrapColumns() const;
    QString displayText(qint64 line) const;
    qint64 firstPaintedRow() const; // at the end of a wrapped log: the first row that lets the last one show
    void setCursorRow(qint64 row, bool extend);

    std::shared_ptr<const log::LogFile> m_file;
    std::optional<std::vector<qint64>> m_filter;
    QTimer m_poll;
    qint64 m_knownLines = 0;
    qint64 m_cursorRow = -1;
    qint64 m_anchorRow = -1;
    bool m_follow = false;
    bool m_wrap = false;
    struct PaintedRow
    {
        qint64 row;
        int top;
        int bottom;
    };
    std::vector<PaintedRow> m_painted;
    int m_lineHeight = 16;
    int m_charWidth = 8;
    qreal m_charAdvance = 8; // the exact advance of one character, for wrapping
    int m_widestLine = 0;
    qint64 m_paints = 0;
    QString m_highlight;
};

} // namespace dlstack::ui
