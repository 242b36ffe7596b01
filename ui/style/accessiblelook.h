// SPDX-License-Identifier: GPL-3.0-or-later
// AccessibleLook: what makes the wizard readable and usable from the keyboard whatever the
// desktop's theme: every text colour of the palette at WCAG AA contrast (4.5:1) against the
// background it is drawn on, disabled text included, and a keyboard focus ring (a solid
// outline in its own colour) that looks nothing like the default button's tint.
// applyAccessibleLook() is called once by dlstack-wizard before any window is made.
#pragma once

#include <QColor>
#include <QPalette>
#include <QProxyStyle>

class QApplication;
class QWidget;

namespace dlstack::ui {

// WCAG 2.x contrast ratio of two opaque colours, 1.0 (same) .. 21.0 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// A text role and the background role it is drawn on.
struct TextPair
{
    QPalette::ColorRole text;
    QPalette::ColorRole background;
};
QList<TextPair> textPairs();

// The palette with each text role of textPairs() moved (towards black or white, the
// background only when the text cannot go further) until it reaches minimum contrast
// in every colour group. Colours that already pass are left as they are.
QPalette accessiblePalette(const QPalette &palette, double minimum = 4.5);

// The colour of the keyboard focus ring for a palette: dark orange on light windows,
// light orange on dark ones; at least 3:1 against the window (WCAG non-text contrast).
QColor focusRingColour(const QPalette &palette);

// The colour of error text (a problem under a field, a keyring that cannot be used): red, at
// least 4.5:1 against the palette's window, on light and dark themes alike.
QColor errorTextColour(const QPalette &palette);
// Draws a label's text in errorTextColour() of the application's palette, or in its usual
// colour again when `error` is false. Used instead of style sheets with a fixed colour.
void showAsError(QWidget *label, bool error = true);

// Text drawn in a semi-transparent colour shows as this opaque one on its background.
QColor flattened(const QColor &text, const QColor &background);

// Draws the focus as a 2-pixel outline in focusRingColour() on any base style: PE_FrameFocusRect,
// and over push buttons, check boxes and radio buttons that have the focus (Fusion shows their
// focus only as a tint much like the default button's).
class FocusRingStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

private:
    static void drawRing(const QStyleOption *option, const QRect &rect, QPainter *painter);
};

// The application's style wrapped in FocusRingStyle and its palette made accessible.
void applyAccessibleLook(QApplication &app);

} // namespace dlstack::ui
