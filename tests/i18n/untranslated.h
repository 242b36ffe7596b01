// SPDX-License-Identifier: GPL-3.0-or-later
// UntranslatedText: says whether a text shown in the German or French UI is English that a
// translation should have replaced. Two independent signs:
//  - it is (with its %1 arguments filled anyhow) the source text of a message that the
//    language's .ts file translates differently, or one of Qt's own English button texts
//    ("&Next >", "Cancel"), i.e. a translation that was not found or not asked for;
//  - it reads as an English sentence: at least two different English function words ("the",
//    "you", "is", "with", ...) outside `commands`, quotes, URLs, paths and --options. This
//    also catches text that never went through tr().
// The .ts files are read from the source tree, so a string whose translation is missing from
// the compiled .qm is still known by its English source.
#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace dlstack::test {

class UntranslatedText
{
public:
    // language: "de" or "fr"; reads translations/dlstack_<language>.ts of the source tree.
    explicit UntranslatedText(const QString &language);
    bool loaded() const { return m_sources > 0; }
    int sourceCount() const { return m_sources; }

    // Empty when the text may be shown in this language, else why not.
    QString why(const QString &shown) const;

    static QString withoutMnemonic(const QString &text);

private:
    int m_sources = 0;
    QSet<QString> m_plain;                // sources without placeholders
    QList<QRegularExpression> m_patterns; // sources with %1.. or %n
};

} // namespace dlstack::test
