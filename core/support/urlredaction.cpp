// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/urlredaction.h"

#include <QStringList>

namespace dlstack::support {

namespace {

const QString kHidden = QStringLiteral("***");

bool isSchemeChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.';
}

bool endsUrl(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'\'' || c == u'<' || c == u'>' || c == u'`';
}

// "a=1&b&c=" -> "a=***&***&c=": keys stay, values go; an item without '=' may itself be a token.
QString redactQuery(QStringView query)
{
    QStringList items;
    for (QStringView item : query.split(u'&')) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0)
            items << (item.isEmpty() ? QString() : kHidden);
        else
            items << item.left(equals + 1).toString() + (equals + 1 < item.size() ? kHidden : QString());
    }
    return items.join(u'&');
}

// One URL from its scheme to its end; `schemeEnd` is the index of "://".
QString redactOne(QStringView url, qsizetype schemeEnd)
{
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = authorityStart;
    while (authorityEnd < url.size() && url[authorityEnd] != u'/' && url[authorityEnd] != u'?' &&
           url[authorityEnd] != u'#')
        ++authorityEnd;
    QString out = url.left(authorityStart).toString();
    const QStringView authority = url.mid(authorityStart, authorityEnd - authorityStart);
    const qsizetype at = authority.lastIndexOf(u'@');
    out += at < 0 ? authority.toString() : kHidden + authority.mid(at).toString();
    const QStringView rest = url.mid(authorityEnd);
    const qsizetype fragment = rest.indexOf(u'#');
    const QStringView beforeFragment = fragment < 0 ? rest : rest.left(fragment);
    const qsizetype question = beforeFragment.indexOf(u'?');
    if (question < 0) {
        out += rest.toString();
    } else {
        out += beforeFragment.left(question + 1).toString() + redactQuery(beforeFragment.mid(question + 1));
        if (fragment >= 0)
            out += rest.mid(fragment).toString();
    }
    return out;
}

// Where the scheme in front of "://" at `separator` begins; -1 when there is none.
qsizetype schemeStart(QStringView text, qsizetype separator)
{
    qsizetype start = separator;
    while (start > 0 && isSchemeChar(text[start - 1]))
        --start;
    while (start < separator && !text[start].isLetter()) // a scheme begins with a letter
        ++start;
    return start < separator ? start : -1;
}

} // namespace

QString redactUrls(const QString &text)
{
    qsizetype separator = text.indexOf(u"://");
    if (separator < 0)
        return text;
    QString out;
    qsizetype copied = 0;
    while (separator >= 0) {
        const qsizetype start = schemeStart(text, separator);
        if (start < 0) {
            separator = text.indexOf(u"://", separator + 3);
            continue;
        }
        qsizetype end = separator + 3;
        while (end < text.size() && !endsUrl(text[end]))
            ++end;
        out += QStringView(text).mid(copied, start - copied);
        out += redactOne(QStringView(text).mid(start, end - start), separator - start);
        copied = end;
        separator = text.indexOf(u"://", end);
    }
    out += QStringView(text).mid(copied);
    return out;
}

QString redactedUrl(const QString &url)
{
    const qsizetype separator = url.indexOf(u"://");
    if (separator < 0 || schemeStart(url, separator) != 0)
        return redactUrls(url);
    return redactOne(url, separator);
}

QString redactedUrl(const QUrl &url)
{
    // Fully encoded, '@', '/', '?' and '#' inside a user name or password are escaped, so
    // the parts are found where QUrl put them.
    return redactedUrl(url.toString(QUrl::FullyEncoded));
}

bool hasUrlSecrets(const QString &url)
{
    return redactedUrl(url) != url;
}

} // namespace dlstack::support
