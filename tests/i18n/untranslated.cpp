// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/i18n/untranslated.h"

#include <QFile>
#include <QXmlStreamReader>

namespace dlstack::test {

namespace {

// Qt's own English texts of the wizard's buttons and standard dialogs (qtbase, QWizard and
// QDialogButtonBox), which qtbase_<lang>.qm translates.
const QStringList &qtEnglish()
{
    static const QStringList texts{
        QStringLiteral("< &Back"), QStringLiteral("&Next >"),  QStringLiteral("&Finish"), QStringLiteral("Cancel"),
        QStringLiteral("&Cancel"), QStringLiteral("&Help"),    QStringLiteral("Commit"),  QStringLiteral("&Commit"),
        QStringLiteral("Go Back"), QStringLiteral("Continue"), QStringLiteral("Done"),    QStringLiteral("&Yes"),
        QStringLiteral("&No"),     QStringLiteral("Close"),    QStringLiteral("&Close"),  QStringLiteral("Apply"),
        QStringLiteral("Discard"), QStringLiteral("Save"),     QStringLiteral("&Save"),   QStringLiteral("&OK"),
    };
    return texts;
}

// English words that neither German nor French uses (so not "was", "will", "die", "on", "a").
const QSet<QString> &functionWords()
{
    static const QSet<QString> words{
        QStringLiteral("the"),   QStringLiteral("and"),   QStringLiteral("you"),  QStringLiteral("your"),
        QStringLiteral("is"),    QStringLiteral("are"),   QStringLiteral("with"), QStringLiteral("this"),
        QStringLiteral("that"),  QStringLiteral("to"),    QStringLiteral("of"),   QStringLiteral("from"),
        QStringLiteral("which"), QStringLiteral("when"),  QStringLiteral("were"), QStringLiteral("has"),
        QStringLiteral("have"),  QStringLiteral("there"), QStringLiteral("can"),  QStringLiteral("cannot"),
        QStringLiteral("be"),    QStringLiteral("it"),    QStringLiteral("its"),  QStringLiteral("for"),
    };
    return words;
}

QString unescapedSource(QString text)
{
    return UntranslatedText::withoutMnemonic(text).simplified();
}

// The shown text without what stays English in every language: `commands`, 'quoted' and
// "quoted" log text, URLs, paths, --options, KEY=value.
QString prose(const QString &text)
{
    static const QList<QRegularExpression> verbatim{
        QRegularExpression(QStringLiteral("`[^`]*`")),
        QRegularExpression(QStringLiteral("'[^']*'")),
        QRegularExpression(QStringLiteral("\"[^\"]*\"")),
        QRegularExpression(QStringLiteral("“[^”]*”|„[^“”]*[“”]|«[^»]*»")),
        QRegularExpression(QStringLiteral("\\b\\w+://\\S+")),
        QRegularExpression(QStringLiteral("(?:^|\\s)[~.]?/\\S*")),
        QRegularExpression(QStringLiteral("(?:^|\\s)--?\\w[\\w-]*(?:=\\S*)?")),
        QRegularExpression(QStringLiteral("\\b[A-Z_][A-Z0-9_]*=\\S*")),
    };
    QString out = text;
    for (const QRegularExpression &re : verbatim)
        out.replace(re, QStringLiteral(" "));
    return out;
}

} // namespace

QString UntranslatedText::withoutMnemonic(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size()) {
            out += text.at(++i) == u'&' ? QStringLiteral("&") : QString(text.at(i));
            continue;
        }
        out += text.at(i);
    }
    return out;
}

UntranslatedText::UntranslatedText(const QString &language)
{
    QFile file(QStringLiteral(DLSTACK_SOURCE_DIR "/translations/dlstack_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return;
    struct Message
    {
        QString source;
        QString translation;
    };
    QList<Message> messages;
    QSet<QString> translations;
    QXmlStreamReader xml(&file);
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message") {
            current = {};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"numerusform") {
            if (current.translation.isEmpty())
                current.translation = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            current.translation = unfinished ? QString() : text.trimmed();
            messages.append(current);
            if (!current.translation.isEmpty())
                translations.insert(unescapedSource(current.translation));
        }
    }
    static const QRegularExpression placeholder(QStringLiteral("%(?:\\d+|n|L\\d+)"));
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{3,}"));
    QStringList sources;
    for (const Message &m : messages) {
        const QString source = unescapedSource(m.source);
        // Texts a language keeps as they are (product names, "%1 (%2)") are not a sign.
        if (m.translation == m.source || translations.contains(source))
            continue;
        QString literal = source;
        literal.remove(placeholder);
        if (!letters.match(literal).hasMatch())
            continue;
        sources << source;
    }
    for (const QString &qt : qtEnglish())
        sources << unescapedSource(qt);
    for (const QString &source : std::as_const(sources)) {
        ++m_sources;
        if (!placeholder.match(source).hasMatch()) {
            m_plain.insert(source);
            continue;
        }
        QString pattern;
        qsizetype last = 0;
        auto it = placeholder.globalMatch(source);
        while (it.hasNext()) {
            const auto match = it.next();
            pattern +=
                QRegularExpression::escape(source.mid(last, match.capturedStart() - last)) + QStringLiteral(".*");
            last = match.capturedEnd();
        }
        pattern += QRegularExpression::escape(source.mid(last));
        m_patterns.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                             QRegularExpression::DotMatchesEverythingOption));
    }
}

QString UntranslatedText::why(const QString &shown) const
{
    const QString text = unescapedSource(shown);
    if (text.isEmpty())
        return {};
    if (m_plain.contains(text))
        return QStringLiteral("the English source text of a translated message");
    for (const QRegularExpression &re : m_patterns)
        if (re.match(text).hasMatch())
            return QStringLiteral("the English source text \"%1\" of a translated message").arg(re.pattern());
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    QSet<QString> english;
    auto it = word.globalMatch(prose(text));
    while (it.hasNext()) {
        const QString w = it.next().captured().toLower();
        if (functionWords().contains(w))
            english.insert(w);
    }
    if (english.size() >= 2)
        return QStringLiteral("reads as English (%1)").arg(QStringList(english.values()).join(QStringLiteral(", ")));
    return {};
}

} // namespace dlstack::test
