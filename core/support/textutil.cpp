// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/textutil.h"

namespace dlstack::support {

QString decodeToolOutput(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QChar(u'\0'), QChar(u' '));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

QString stripAnsi(QStringView line)
{
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\x1b' && i + 1 < line.size()) {
            const QChar kind = line[i + 1];
            if (kind == u'[') { // CSI: parameters, then one final byte in 0x40..0x7e
                i += 2;
                while (i < line.size() && !(line[i].unicode() >= 0x40 && line[i].unicode() <= 0x7e))
                    ++i;
                continue;
            }
            if (kind == u']') { // OSC: until BEL or ESC backslash
                i += 2;
                while (i < line.size() && line[i] != u'\a' && !(line[i] == u'\x1b'))
                    ++i;
                if (i < line.size() && line[i] == u'\x1b')
                    ++i;
                continue;
            }
            ++i;
            continue;
        }
        out.append(c);
    }
    return out;
}

bool looksBinary(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096);
    if (n == 0)
        return false;
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x1b && c != '\f') || c == 0x7f)
            ++control;
    }
    return control * 10 > n;
}

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace dlstack::support
