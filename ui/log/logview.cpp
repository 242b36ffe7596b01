// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/log/logview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace dlstack::ui {

namespace {

constexpr int kPaintChars = 2000; // characters painted per line; the rest is reachable by copy
constexpr qint64 kCopyLimit = 200000;

QColor classColour(log::LineClass c, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (c) {
    case log::LineClass::Error:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb0, 0x00, 0x20);
    case log::LineClass::Warning:
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x5b, 0x00);
    case log::LineClass::Progress:
        return dark ? QColor(0x90, 0x90, 0x90) : QColor(0x70, 0x70, 0x70);
    case log::LineClass::Command:
        return dark ? QColor(0x7a, 0xb8, 0xff) : QColor(0x1a, 0x4f, 0xa0);
    case log::LineClass::Note:
        return dark ? QColor(0x6f, 0xd0, 0xa0) : QColor(0x1d, 0x6e, 0x45);
    case log::LineClass::Plain:
        break;
    }
    return palette.color(QPalette::Text);
}

} // namespace

LogView::LogView(QWidget *parent) : QAbstractScrollArea(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    viewport()->setFont(font);
    const QFontMetrics metrics(font);
    m_lineHeight = metrics.height();
    m_charWidth = qMax(1, metrics.horizontalAdvance(u'0'));
    // A monospaced advance is often fractional (7.2 px): wrapping by the rounded width, a row of
    // 80 characters would be 16 px wider than its columns say and lose its end under the edge.
    m_charAdvance = qMax(1.0, QFontMetricsF(font).horizontalAdvance(QString(64, u'0')) / 64);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Build log"));
    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &LogView::poll);
    m_poll.start();
}

void LogView::setLogFile(std::shared_ptr<const log::LogFile> file)
{
    m_file = std::move(file);
    m_filter.reset();
    m_cursorRow = m_anchorRow = -1;
    m_knownLines = m_file ? m_file->lineCount() : 0;
    m_widestLine = 0;
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void LogView::setLineFilter(std::optional<std::vector<qint64>> lines)
{
    const qint64 keep = currentLine();
    m_filter = std::move(lines);
    updateScrollBars();
    m_cursorRow = m_anchorRow = -1;
    if (keep >= 0)
        scrollToLine(keep);
    viewport()->update();
}

qint64 LogView::rowCount() const
{
    if (m_filter)
        return qint64(m_filter->size());
    return m_file ? m_file->lineCount() : 0; // the scroll range catches up in poll()
}

qint64 LogView::lineAtRow(qint64 row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return m_filter ? (*m_filter)[std::size_t(row)] : row;
}

qint64 LogView::rowOfLine(qint64 line) const
{
    if (!m_filter)
        return qBound<qint64>(0, line, qMax<qint64>(0, rowCount() - 1));
    const auto it = std::lower_bound(m_filter->begin(), m_filter->end(), line);
    return qMin<qint64>(it - m_filter->begin(), qMax<qint64>(0, rowCount() - 1));
}

void LogView::setFollow(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    if (m_follow)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    emit followChanged(m_follow);
}

int LogView::visibleRows() const
{
    return qMax(1, viewport()->height() / m_lineHeight);
}

int LogView::gutterWidth() const
{
    const qint64 last = m_file ? qMax<qint64>(1, m_file->lineCount()) : 1;
    return m_charWidth * (int(QString::number(last).size()) + 2);
}

void LogView::updateScrollBars()
{
    const qint64 rows = rowCount();
    const int maximum = int(qMin<qint64>(INT_MAX, qMax<qint64>(0, rows - visibleRows())));
    verticalScrollBar()->setRange(0, maximum);
    verticalScrollBar()->setPageStep(visibleRows());
    horizontalScrollBar()->setRange(0, m_wrap ? 0 : qMax(0, m_widestLine + gutterWidth() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void LogView::poll()
{
    if (!m_file || m_filter)
        return;
    const qint64 lines = m_file->lineCount();
    if (lines == m_knownLines)
        return;
    m_knownLines = lines;
    updateScrollBars();
    if (m_follow)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    viewport()->update();
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LogView::scrollContentsBy(int, int)
{
    if (m_follow && verticalScrollBar()->value() < verticalScrollBar()->maximum())
        setFollow(false); // the user scrolled up to read
    viewport()->update();
}

qint64 LogView::firstVisibleLine() const
{
    return lineAtRow(verticalScrollBar()->value());
}

QString LogView::displayText(qint64 line) const
{
    QString text = log::cleanLine(m_file->rawLine(line, log::kDisplayCap + 1));
    if (text.size() > kPaintChars)
        text = text.left(kPaintChars) + QStringLiteral(" \u2026");
    text.replace(u'\t', QStringLiteral("    "));
    return text;
}

int LogView::wrapColumns() const
{
    return qMax(20, int(std::floor((viewport()->width() - gutterWidth() - m_charWidth) / m_charAdvance)));
}

int LogView::rowsOfLine(qint64 line) const
{
    if (!m_wrap || !m_file || line < 0)
        return 1;
    const qsizetype length = displayText(line).size();
    return int(qMax<qsizetype>(1, (length + wrapColumns() - 1) / wrapColumns()));
}

void LogView::setWrap(bool wrap)
{
    if (m_wrap == wrap)
        return;
    m_wrap = wrap;
    setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

qint64 LogView::firstPaintedRow() const
{
    const qint64 value = verticalScrollBar()->value();
    if (!m_wrap || value < verticalScrollBar()->maximum())
        return value;
    // At the end: as many of the last lines as fit, wrapped, the last one at the bottom.
    int used = 0;
    qint64 row = rowCount() - 1;
    for (; row > 0; --row) {
        used += rowsOfLine(lineAtRow(row));
        if (used >= visibleRows())
            return row + (used > visibleRows() ? 1 : 0);
    }
    return 0;
}

void LogView::paintEvent(QPaintEvent *)
{
    ++m_paints;
    m_painted.clear();
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    if (!m_file)
        return;
    const int gutter = gutterWidth();
    const int xOffset = m_wrap ? 0 : horizontalScrollBar()->value();
    const int columns = wrapColumns();
    const qint64 first = firstPaintedRow();
    const qint64 selFrom = qMin(m_anchorRow, m_cursorRow);
    const qint64 selTo = qMax(m_anchorRow, m_cursorRow);
    const QFontMetrics metrics(font());
    int widest = m_widestLine;
    for (qint64 row = first, y = 0; y < viewport()->height(); ++row) {
        const qint64 line = lineAtRow(row);
        if (line < 0)
            break;
        const QByteArray raw = m_file->rawLine(line, log::kDisplayCap + 1);
        const log::LineClass cls = log::LineClassifier::classify(log::cleanLineBytes(raw));
        const QString text = displayText(line);
        QStringList pieces;
        if (m_wrap)
            for (qsizetype at = 0; at < text.size() || pieces.isEmpty(); at += columns)
                pieces << text.mid(at, columns);
        else
            pieces << text;
        const int height = m_lineHeight * int(pieces.size());
        const QRect rowRect(0, int(y), viewport()->width(), height);
        const bool selected = m_cursorRow >= 0 && row >= selFrom && row <= selTo;
        if (selected)
            painter.fillRect(rowRect, pal.color(QPalette::Highlight).lighter(row == m_cursorRow ? 100 : 130));
        else if (cls == log::LineClass::Error)
            painter.fillRect(rowRect, QColor(0xff, 0x40, 0x40, 28));
        painter.setPen(selected ? pal.color(QPalette::HighlightedText) : classColour(cls, pal));
        for (int p = 0; p < pieces.size(); ++p) {
            const QString &piece = pieces.at(p);
            const int top = int(y) + p * m_lineHeight;
            if (!m_highlight.isEmpty()) {
                const qsizetype at = piece.indexOf(m_highlight, 0, Qt::CaseInsensitive);
                if (at >= 0)
                    painter.fillRect(
                        QRect(gutter - xOffset + m_charWidth / 2 + metrics.horizontalAdvance(piece.left(at)), top,
                              metrics.horizontalAdvance(piece.mid(at, m_highlight.size())), m_lineHeight),
                        QColor(0xff, 0xe0, 0x3c, 160));
            }
            painter.drawText(gutter - xOffset + m_charWidth / 2, top + metrics.ascent(), piece);
        }
        if (!m_wrap)
            widest = qMax(widest, qMin(metrics.horizontalAdvance(text), 200000));
        m_painted.push_back(PaintedRow{row, int(y), int(y) + height});
        y += height;
    }
    // Gutter with 1-based line numbers, drawn last so long lines scroll under it.
    painter.fillRect(QRect(0, 0, gutter, viewport()->height()), pal.color(QPalette::AlternateBase));
    painter.setPen(pal.color(QPalette::PlaceholderText));
    for (const PaintedRow &painted : m_painted)
        painter.drawText(QRect(0, painted.top, gutter - m_charWidth, m_lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(lineAtRow(painted.row) + 1));
    if (widest != m_widestLine) {
        m_widestLine = widest;
        QMetaObject::invokeMethod(this, &LogView::updateScrollBars, Qt::QueuedConnection);
    }
}

qint64 LogView::lineAtY(int y) const
{
    for (const PaintedRow &painted : m_painted)
        if (y >= painted.top && y < painted.bottom)
            return lineAtRow(painted.row);
    return -1;
}

qint64 LogView::rowAt(int y) const
{
    if (m_wrap) {
        for (const PaintedRow &painted : m_painted)
            if (y >= painted.top && y < painted.bottom)
                return painted.row;
        return m_painted.empty() ? verticalScrollBar()->value() : qMin(m_painted.back().row, rowCount() - 1);
    }
    return qMin<qint64>(verticalScrollBar()->value() + y / m_lineHeight, rowCount() - 1);
}

void LogView::setCursorRow(qint64 row, bool extend)
{
    if (rowCount() == 0)
        return;
    row = qBound<qint64>(0, row, rowCount() - 1);
    m_cursorRow = row;
    if (!extend || m_anchorRow < 0)
        m_anchorRow = row;
    const qint64 first = verticalScrollBar()->value();
    if (row < first)
        verticalScrollBar()->setValue(int(row));
    else if (row >= first + visibleRows())
        verticalScrollBar()->setValue(int(row - visibleRows() + 1));
    if (m_follow && row < rowCount() - 1)
        setFollow(false);
    viewport()->update();
    emit currentLineChanged(lineAtRow(row));
}

void LogView::scrollToLine(qint64 line)
{
    poll();
    if (rowCount() == 0)
        return;
    const qint64 row = rowOfLine(line);
    const qint64 first = verticalScrollBar()->value();
    if (m_wrap) // rows above may wrap: a few lines of context, then the line itself
        verticalScrollBar()->setValue(int(qMax<qint64>(0, row - 3)));
    else if (row < first || row >= first + visibleRows())
        verticalScrollBar()->setValue(int(qMax<qint64>(0, row - visibleRows() / 2)));
    setCursorRow(row, false);
}

qint64 LogView::currentLine() const
{
    return lineAtRow(m_cursorRow);
}

QString LogView::selectedText() const
{
    if (!m_file || m_cursorRow < 0)
        return {};
    const qint64 from = qMin(m_anchorRow, m_cursorRow);
    const qint64 to = qMin(qMax(m_anchorRow, m_cursorRow), from + kCopyLimit - 1);
    QStringList lines;
    for (qint64 row = from; row <= to; ++row)
        lines.append(m_file->text(lineAtRow(row)));
    return lines.join(u'\n');
}

void LogView::copySelection() const
{
    if (QClipboard *clipboard = QApplication::clipboard())
        clipboard->setText(selectedText());
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const qint64 cursor = m_cursorRow < 0 ? verticalScrollBar()->value() : m_cursorRow;
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        m_anchorRow = 0;
        m_cursorRow = rowCount() - 1;
        viewport()->update();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Down:
        setCursorRow(cursor + 1, extend);
        break;
    case Qt::Key_Up:
        setCursorRow(cursor - 1, extend);
        break;
    case Qt::Key_PageDown:
        setCursorRow(cursor + visibleRows(), extend);
        break;
    case Qt::Key_PageUp:
        setCursorRow(cursor - visibleRows(), extend);
        break;
    case Qt::Key_Home:
        setCursorRow(0, extend);
        break;
    case Qt::Key_End:
        setCursorRow(rowCount() - 1, extend);
        if (!m_filter)
            setFollow(true);
        break;
    case Qt::Key_Left:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        break;
    case Qt::Key_Right:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        setCursorRow(rowAt(int(event->position().y())), event->modifiers() & Qt::ShiftModifier);
    setFocus();
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        setCursorRow(rowAt(int(event->position().y())), true);
}

} // namespace dlstack::ui
