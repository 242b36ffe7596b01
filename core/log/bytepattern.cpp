// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/bytepattern.h"

#include <QCoreApplication>

namespace dlstack::log {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuleSet)
};

// One code point of the line, as bytes: the atom itself and the continuation bytes that may
// follow it. A single-byte atom ('.', '[^x]', '\S') then covers every UTF-8 sequence it begins.
constexpr char kTail[] = "[\\x80-\\xbf]{0,3}";
constexpr char kAnyCodePoint[] = ".";

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

void appendByte(QByteArray &out, unsigned char b)
{
    static const char digits[] = "0123456789abcdef";
    out += "\\x";
    out += digits[b >> 4];
    out += digits[b & 15];
}

// A non-ASCII literal code point, in every case the line may write it (PCRE2 matches caseless).
void appendLiteral(QByteArray &out, char32_t cp)
{
    QList<char32_t> forms{cp, QChar::toLower(cp), QChar::toUpper(cp), QChar::toTitleCase(cp)};
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    out += "(?:";
    for (qsizetype k = 0; k < forms.size(); ++k) {
        if (k > 0)
            out += '|';
        for (const char b : QString::fromUcs4(&forms[k], 1).toUtf8())
            appendByte(out, static_cast<unsigned char>(b));
    }
    out += ')';
}

class Rewriter
{
public:
    explicit Rewriter(const QString &p) : m_p(p) {}

    BytePattern run()
    {
        while (m_i < m_p.size() && m_error.isEmpty())
            step();
        if (!m_error.isEmpty())
            return {QByteArray(), m_error};
        return {m_out, QString()};
    }

private:
    QChar at(qsizetype k) const { return k < m_p.size() ? m_p.at(k) : QChar(); }

    char32_t codePointAt(qsizetype &k) const
    {
        const QChar c = m_p.at(k);
        if (c.isHighSurrogate() && k + 1 < m_p.size() && m_p.at(k + 1).isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(c, m_p.at(k + 1));
            k += 2;
            return cp;
        }
        ++k;
        return c.unicode();
    }

    // An atom that matches one code point: bare when '*' or '+' repeats it (a run of bytes is a
    // run of code points), else with the continuation bytes that may follow.
    void atom(const QByteArray &text)
    {
        const QChar next = at(m_i);
        if (next == u'*' || next == u'+')
            m_out += text;
        else
            m_out += "(?:" + text + kTail + ")";
    }

    void literal(char32_t cp)
    {
        if (cp == 0xfffd) // stands for any invalid byte sequence the line had
            return atom("[\\x80-\\xff]");
        if (cp < 0x20 || cp == 0x7f)
            appendByte(m_out, static_cast<unsigned char>(cp)); // a NUL would end the expression
        else if (cp < 0x80)
            m_out += char(cp);
        else
            appendLiteral(m_out, cp);
    }

    void step()
    {
        const QChar c = m_p.at(m_i);
        if (c == u'\\')
            return escape();
        if (c == u'[')
            return characterClass();
        if (c == u'.') {
            ++m_i;
            return atom(".");
        }
        if (c == u'(')
            return group();
        if (c == u'{')
            return brace();
        if (c == u'*' || c == u'+' || c == u'?') {
            m_out += char(c.unicode());
            ++m_i;
            return possessive();
        }
        literal(codePointAt(m_i));
    }

    void possessive()
    {
        if (at(m_i) == u'+')
            ++m_i; // "a*+" -> "a*": possessive only ever rejects matches
    }

    // "{n}", "{n,}", "{n,m}" is a quantifier; any other '{' is a literal, as in PCRE2.
    void brace()
    {
        qsizetype k = m_i + 1;
        const auto digits = [&] {
            const qsizetype from = k;
            while (at(k).isDigit())
                ++k;
            return k > from;
        };
        bool quantifier = digits();
        if (quantifier && at(k) == u',') {
            ++k;
            digits();
        }
        quantifier = quantifier && at(k) == u'}';
        if (!quantifier) {
            m_out += "\\{";
            ++m_i;
            return;
        }
        m_out += m_p.mid(m_i, k + 1 - m_i).toLatin1();
        m_i = k + 1;
        possessive();
    }

    void escape()
    {
        const QChar e = at(m_i + 1);
        if (e.isNull()) {
            m_error = Tr::tr("it ends with a backslash");
            return;
        }
        m_i += 2;
        switch (e.unicode()) {
        case u'A':
        case u'G':
            m_out += '^';
            return;
        case u'z':
        case u'Z':
            m_out += '$';
            return;
        case u'K':
        case u'E':
            return; // \K only moves the reported start; a stray \E is ignored
        case u'D':
        case u'W':
        case u'S':
            return atom("\\" + QByteArray(1, char(e.unicode())));
        case u'N':
        case u'H':
        case u'V':
        case u'h':
        case u'v':
        case u'R':
        case u'X':
        case u'C':
            return atom(kAnyCodePoint);
        case u'p':
        case u'P':
            if (at(m_i) == u'{') {
                while (m_i < m_p.size() && m_p.at(m_i) != u'}')
                    ++m_i;
                ++m_i;
            } else {
                ++m_i;
            }
            return atom(kAnyCodePoint);
        case u'x':
            return hexEscape();
        case u'Q':
            return quoted();
        case u'c':
            m_out += "\\c";
            if (m_i < m_p.size())
                m_out += char(m_p.at(m_i++).unicode() & 0x7f);
            return;
        default:
            break;
        }
        if (e.unicode() >= 0x80) {
            --m_i;
            literal(codePointAt(m_i)); // an escaped non-ASCII character is itself
            return;
        }
        m_out += '\\';
        m_out += char(e.unicode());
    }

    void hexEscape()
    {
        char32_t cp = 0;
        if (at(m_i) == u'{') {
            qsizetype k = m_i + 1;
            while (isHex(at(k)))
                cp = cp * 16 + char32_t(QStringView(m_p).mid(k++, 1).toUInt(nullptr, 16));
            if (at(k) != u'}') {
                m_error = Tr::tr("\\x{ is not closed");
                return;
            }
            m_i = k + 1;
        } else {
            for (int d = 0; d < 2 && isHex(at(m_i)); ++d)
                cp = cp * 16 + char32_t(QStringView(m_p).mid(m_i++, 1).toUInt(nullptr, 16));
        }
        if (cp < 0x80)
            appendByte(m_out, static_cast<unsigned char>(cp));
        else
            appendLiteral(m_out, cp);
    }

    void quoted()
    {
        while (m_i < m_p.size()) {
            if (m_p.at(m_i) == u'\\' && at(m_i + 1) == u'E') {
                m_i += 2;
                return;
            }
            const char32_t cp = codePointAt(m_i);
            if (cp < 0x80)
                appendByte(m_out, static_cast<unsigned char>(cp));
            else
                appendLiteral(m_out, cp);
        }
    }

    void characterClass()
    {
        const qsizetype begin = m_i;
        qsizetype k = m_i + 1;
        const bool negated = at(k) == u'^';
        if (negated)
            ++k;
        if (at(k) == u']')
            ++k;           // a ']' first is a member
        bool wide = false; // a member outside ASCII: the class matches multi-byte code points
        while (k < m_p.size() && m_p.at(k) != u']') {
            const QChar c = m_p.at(k);
            if (c == u'\\') {
                const QChar e = at(k + 1);
                if (QStringLiteral("pPDWSHVhvNRX").contains(e) || e.unicode() >= 0x80)
                    wide = true;
                if (e == u'x' && at(k + 2) == u'{') {
                    const qsizetype close = m_p.indexOf(u'}', k);
                    if (close < 0)
                        break;
                    if (QStringView(m_p).mid(k + 3, close - k - 3).toUInt(nullptr, 16) >= 0x80)
                        wide = true;
                    k = close + 1;
                    continue;
                }
                if (e == u'x' && isHex(at(k + 2)) && isHex(at(k + 3)) &&
                    QStringView(m_p).mid(k + 2, 2).toUInt(nullptr, 16) >= 0x80)
                    wide = true;
                k += 2;
            } else if (c == u'[' && at(k + 1) == u':') {
                const qsizetype close = m_p.indexOf(QStringLiteral(":]"), k + 2);
                if (close < 0) {
                    ++k;
                    continue;
                }
                if (at(k + 2) == u'^')
                    wide = true;
                k = close + 2;
            } else {
                if (c.unicode() >= 0x80)
                    wide = true;
                ++k;
            }
        }
        if (k >= m_p.size()) {
            m_error = Tr::tr("a character class is not closed");
            return;
        }
        m_i = k + 1;
        if (wide)
            return atom(kAnyCodePoint); // any one code point: a superset of the class
        const QByteArray text = m_p.mid(begin, m_i - begin).toLatin1();
        if (negated)
            atom(text); // [^x] also matches each byte of a multi-byte character
        else
            m_out += text;
    }

    void group()
    {
        if (at(m_i + 1) != u'?') {
            m_out += '(';
            ++m_i;
            return;
        }
        const QStringView rest = QStringView(m_p).mid(m_i);
        if (rest.startsWith(u"(?#")) {
            const qsizetype close = m_p.indexOf(u')', m_i);
            m_i = close < 0 ? m_p.size() : close + 1;
            return;
        }
        for (const char16_t *same : {u"(?:", u"(?=", u"(?!", u"(?<=", u"(?<!"}) {
            if (rest.startsWith(QStringView(same))) {
                const qsizetype length = QStringView(same).size();
                m_out += rest.first(length).toLatin1();
                m_i += length;
                return;
            }
        }
        if (rest.startsWith(u"(?>") || rest.startsWith(u"(?|")) {
            m_out += "(?:"; // atomic and branch-reset groups match no more than a plain group
            m_i += 3;
            return;
        }
        // Named groups: the name is only for captures, which the scanner does not report.
        for (const auto &[open, close] :
             {std::pair{u"(?<", u'>'}, std::pair{u"(?P<", u'>'}, std::pair{u"(?'", u'\''}}) {
            if (rest.startsWith(QStringView(open))) {
                const qsizetype end = m_p.indexOf(close, m_i + QStringView(open).size());
                if (end < 0)
                    break;
                m_out += '(';
                m_i = end + 1;
                return;
            }
        }
        // Option settings such as (?i) or (?-i:...): copied, except extended mode, whose
        // whitespace and comments this rewrite does not read.
        qsizetype k = m_i + 2;
        while (k < m_p.size() && (m_p.at(k).isLetter() || m_p.at(k) == u'-' || m_p.at(k) == u'^'))
            ++k;
        const QStringView options = QStringView(m_p).mid(m_i + 2, k - m_i - 2);
        if (options.contains(u'x')) {
            m_error = Tr::tr("the option (?x) is not supported in diagnosis patterns");
            return;
        }
        m_out += "(?";
        m_i += 2; // anything else, e.g. (?i) or a recursion, is left to Vectorscan to accept or refuse
    }

    const QString &m_p;
    qsizetype m_i = 0;
    QByteArray m_out;
    QString m_error;
};

} // namespace

BytePattern bytePattern(const QString &pattern)
{
    return Rewriter(pattern).run();
}

} // namespace dlstack::log
