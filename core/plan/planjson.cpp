// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/planjson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace dlstack::plan {

namespace {

constexpr int kMaxDepth = 64;

class Reader
{
public:
    explicit Reader(const QByteArray &bytes, LocatedJson &out) : m_data(bytes), m_out(out)
    {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < m_data.size(); ++i)
            if (m_data[i] == '\n')
                m_lineStarts.push_back(i + 1);
    }

    bool parseDocument()
    {
        skipSpace();
        if (!parseValue(QString(), m_out.root, 0))
            return false;
        skipSpace();
        if (m_pos < m_data.size())
            return fail(QStringLiteral("unexpected text after the end of the document"));
        return true;
    }

private:
    JsonPosition positionOf(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        const qsizetype line = std::max<qsizetype>(1, it - m_lineStarts.begin());
        return JsonPosition{int(line), int(offset - m_lineStarts[line - 1] + 1)};
    }

    bool fail(const QString &message)
    {
        if (m_out.error.isEmpty()) {
            m_out.error = message;
            m_out.errorAt = positionOf(m_pos);
        }
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_data.size()) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool literal(const char *word, QJsonValue value, QJsonValue &out)
    {
        const qsizetype n = qstrlen(word);
        if (m_data.mid(m_pos, n) != QByteArray(word, n))
            return fail(QStringLiteral("unexpected character"));
        m_pos += n;
        out = value;
        return true;
    }

    bool parseValue(const QString &path, QJsonValue &out, int depth)
    {
        if (depth > kMaxDepth)
            return fail(QStringLiteral("nested too deeply"));
        m_out.positions.insert(path, positionOf(m_pos));
        if (m_pos >= m_data.size())
            return fail(QStringLiteral("unexpected end of the document"));
        const char c = m_data[m_pos];
        switch (c) {
        case '{':
            return parseObject(path, out, depth);
        case '[':
            return parseArray(path, out, depth);
        case '"': {
            QString s;
            if (!parseString(s))
                return false;
            out = s;
            return true;
        }
        case 't':
            return literal("true", true, out);
        case 'f':
            return literal("false", false, out);
        case 'n':
            return literal("null", QJsonValue::Null, out);
        default:
            return parseNumber(out);
        }
    }

    bool parseObject(const QString &path, QJsonValue &out, int depth)
    {
        QJsonObject object;
        ++m_pos; // '{'
        skipSpace();
        if (m_pos < m_data.size() && m_data[m_pos] == '}') {
            ++m_pos;
            out = object;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_data.size() || m_data[m_pos] != '"')
                return fail(QStringLiteral("expected a quoted field name"));
            const qsizetype keyAt = m_pos;
            QString key;
            if (!parseString(key))
                return false;
            if (object.contains(key)) {
                m_pos = keyAt;
                return fail(QStringLiteral("field \"%1\" appears twice").arg(key));
            }
            skipSpace();
            if (m_pos >= m_data.size() || m_data[m_pos] != ':')
                return fail(QStringLiteral("expected ':' after a field name"));
            ++m_pos;
            skipSpace();
            QJsonValue value;
            const QString childPath = path.isEmpty() ? key : path + u'.' + key;
            if (!parseValue(childPath, value, depth + 1))
                return false;
            object.insert(key, value);
            skipSpace();
            if (m_pos < m_data.size() && m_data[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_data.size() && m_data[m_pos] == '}') {
                ++m_pos;
                out = object;
                return true;
            }
            return fail(QStringLiteral("expected ',' or '}'"));
        }
    }

    bool parseArray(const QString &path, QJsonValue &out, int depth)
    {
        QJsonArray array;
        ++m_pos; // '['
        skipSpace();
        if (m_pos < m_data.size() && m_data[m_pos] == ']') {
            ++m_pos;
            out = array;
            return true;
        }
        for (;;) {
            skipSpace();
            QJsonValue value;
            if (!parseValue(path + u'[' + QString::number(array.size()) + u']', value, depth + 1))
                return false;
            array.append(value);
            skipSpace();
            if (m_pos < m_data.size() && m_data[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_data.size() && m_data[m_pos] == ']') {
                ++m_pos;
                out = array;
                return true;
            }
            return fail(QStringLiteral("expected ',' or ']'"));
        }
    }

    int hex4()
    {
        if (m_pos + 4 > m_data.size())
            return -1;
        bool ok = false;
        const int v = m_data.mid(m_pos, 4).toInt(&ok, 16);
        if (!ok)
            return -1;
        m_pos += 4;
        return v;
    }

    bool parseString(QString &out)
    {
        ++m_pos; // '"'
        QByteArray utf8;
        while (m_pos < m_data.size()) {
            const char c = m_data[m_pos];
            if (c == '"') {
                ++m_pos;
                out = QString::fromUtf8(utf8);
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(QStringLiteral("control character inside a string"));
            if (c != '\\') {
                utf8.append(c);
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (m_pos >= m_data.size())
                break;
            const char e = m_data[m_pos++];
            switch (e) {
            case '"':
                utf8.append('"');
                break;
            case '\\':
                utf8.append('\\');
                break;
            case '/':
                utf8.append('/');
                break;
            case 'b':
                utf8.append('\b');
                break;
            case 'f':
                utf8.append('\f');
                break;
            case 'n':
                utf8.append('\n');
                break;
            case 'r':
                utf8.append('\r');
                break;
            case 't':
                utf8.append('\t');
                break;
            case 'u': {
                int code = hex4();
                if (code < 0)
                    return fail(QStringLiteral("bad \\u escape"));
                char32_t cp = char32_t(code);
                if (code >= 0xD800 && code <= 0xDBFF && m_pos + 6 <= m_data.size() && m_data[m_pos] == '\\' &&
                    m_data[m_pos + 1] == 'u') {
                    m_pos += 2;
                    const int low = hex4();
                    if (low >= 0xDC00 && low <= 0xDFFF)
                        cp = 0x10000 + ((char32_t(code) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                    else
                        return fail(QStringLiteral("bad surrogate pair"));
                }
                utf8.append(QString::fromUcs4(&cp, 1).toUtf8());
                break;
            }
            default:
                return fail(QStringLiteral("unknown escape \\%1").arg(QLatin1Char(e)));
            }
        }
        return fail(QStringLiteral("unterminated string"));
    }

    bool parseNumber(QJsonValue &out)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_data.size()) {
            const char c = m_data[m_pos];
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')
                ++m_pos;
            else
                break;
        }
        if (m_pos == start)
            return fail(QStringLiteral("unexpected character"));
        bool ok = false;
        const double v = m_data.mid(start, m_pos - start).toDouble(&ok);
        if (!ok) {
            m_pos = start;
            return fail(QStringLiteral("malformed number"));
        }
        out = v;
        return true;
    }

    const QByteArray &m_data;
    LocatedJson &m_out;
    qsizetype m_pos = 0;
    std::vector<qsizetype> m_lineStarts;
};

} // namespace

JsonPosition LocatedJson::at(const QString &field) const
{
    QString f = field;
    while (!f.isEmpty()) {
        const auto it = positions.constFind(f);
        if (it != positions.constEnd())
            return *it;
        const qsizetype cut = std::max(f.lastIndexOf(u'.'), f.lastIndexOf(u'['));
        f = cut > 0 ? f.left(cut) : QString();
    }
    return positions.value(QString());
}

LocatedJson parseLocatedJson(const QByteArray &bytes)
{
    LocatedJson result;
    Reader reader(bytes, result);
    if (!reader.parseDocument())
        result.root = QJsonValue();
    return result;
}

} // namespace dlstack::plan
