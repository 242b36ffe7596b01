// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style/accessiblelook.h"

#include <QWidget>

#include <QApplication>
#include <QPainter>
#include <QStyleOption>

#include <cmath>

namespace dlstack::ui {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// c mixed with target by t (0: c, 1: target).
QColor mix(const QColor &c, const QColor &target, double t)
{
    const QColor a = c.toRgb();
    const QColor b = target.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// The smallest step of `moving` towards black or white (away from `fixed`) that reaches the
// minimum; the far end when even that does not.
QColor reach(const QColor &moving, const QColor &fixed, double minimum)
{
    const QColor end = luminance(moving) >= luminance(fixed) ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 40; ++step) {
        const QColor candidate = mix(moving, end, step / 40.0);
        if (contrastRatio(candidate, fixed) >= minimum)
            return candidate;
    }
    return end;
}

} // namespace

QColor flattened(const QColor &text, const QColor &background)
{
    const double a = text.alphaF();
    if (a >= 1.0)
        return text;
    return mix(background, QColor::fromRgbF(text.redF(), text.greenF(), text.blueF()), a);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QList<TextPair> textPairs()
{
    return {{QPalette::WindowText, QPalette::Window},       {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase},      {QPalette::ButtonText, QPalette::Button},
            {QPalette::PlaceholderText, QPalette::Base},    {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase}, {QPalette::Link, QPalette::Base},
            {QPalette::LinkVisited, QPalette::Base}};
}

QPalette accessiblePalette(const QPalette &palette, double minimum)
{
    QPalette out = palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (const TextPair &pair : textPairs()) {
            const QColor background = out.color(group, pair.background);
            const QColor text = flattened(out.color(group, pair.text), background);
            if (contrastRatio(text, background) >= minimum)
                continue;
            const QColor moved = reach(text, background, minimum);
            if (contrastRatio(moved, background) >= minimum) {
                out.setColor(group, pair.text, moved);
                continue;
            }
            // Text already at black or white (white on a mid blue selection): darken or
            // lighten the background instead, keeping its hue.
            out.setColor(group, pair.text, moved);
            out.setColor(group, pair.background, reach(background, moved, minimum));
        }
    }
    return out;
}

QColor focusRingColour(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor base = luminance(window) > 0.2 ? QColor(0xb3, 0x4d, 0x00) : QColor(0xff, 0xb3, 0x47);
    return reach(base, window, 3.0);
}

QColor errorTextColour(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor base = luminance(window) > 0.2 ? QColor(0xb0, 0x00, 0x20) : QColor(0xff, 0x8a, 0x80);
    return reach(base, window, 4.5);
}

void showAsError(QWidget *label, bool error)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, error ? errorTextColour(QApplication::palette())
                                                 : QApplication::palette().color(QPalette::WindowText));
    label->setPalette(palette);
}

void FocusRingStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    if (element != PE_FrameFocusRect) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    drawRing(option, option->rect, painter);
}

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (!(option->state & State_HasFocus))
        return;
    if (element == CE_PushButton)
        drawRing(option, option->rect.adjusted(1, 1, -1, -1), painter);
    else if (element == CE_CheckBox || element == CE_RadioButton)
        drawRing(
            option,
            subElementRect(element == CE_CheckBox ? SE_CheckBoxFocusRect : SE_RadioButtonFocusRect, option, widget),
            painter);
}

void FocusRingStyle::drawRing(const QStyleOption *option, const QRect &rect, QPainter *painter)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(focusRingColour(option->palette), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(1, 1, -1, -1));
    painter->restore();
}

void applyAccessibleLook(QApplication &app)
{
    QApplication::setStyle(new FocusRingStyle(QApplication::style()->name()));
    app.setPalette(accessiblePalette(QApplication::palette()));
}

} // namespace dlstack::ui
