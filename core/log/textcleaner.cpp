// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/textcleaner.h"

namespace dlstack::log {

namespace {

// Skips an escape sequence starting at s[i] == ESC; returns the index after it.
qsizetype skipEscape(const char *s, qsizetype n, qsizetype i)
{
    if (i + 1 >= n)
        return n;
    const char kind = s[i + 1];
    if (kind == '[') { // CSI: parameters and intermediates, then a final byte 0x40-0x7e
        qsizetype j = i + 2;
        while (j < n && static_cast<unsigned char>(s[j]) >= 0x20 && static_cast<unsigned char>(s[j]) <= 0x3f)
            ++j;
        while (j < n && static_cast<unsigned char>(s[j]) >= 0x20 && static_cast<unsigned char>(s[j]) <= 0x2f)
            ++j;
        return j < n ? j + 1 : n;
    }
    if (kind == ']') { // OSC: up to BEL or ESC '\'
        qsizetype j = i + 2;
        while (j < n) {
            if (s[j] == '\a')
                return j + 1;
            if (s[j] == '\x1b' && j + 1 < n && s[j + 1] == '\\')
                return j + 2;
            ++j;
        }
        return n;
    }
    return i + 2; // two-byte sequences such as ESC ( B, ESC =
}

} // namespace

QByteArray cleanLineBytes(QByteArrayView raw, qsizetype cap)
{
    qsizetype n = qMin(raw.size(), cap);
    const char *s = raw.data();
    // Trailing '\r' (CRLF files, a bar that ended with '\r') are not content.
    while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == '\n'))
        --n;
    // A progress bar redraws with '\r': only the last segment is what a terminal showed.
    qsizetype begin = 0;
    if (const void *cr = memrchr(s, '\r', static_cast<size_t>(n)))
        begin = static_cast<const char *>(cr) - s + 1;
    QByteArray out;
    if (!memchr(s + begin, '\x1b', static_cast<size_t>(n - begin)))
        return QByteArray(s + begin, n - begin);
    out.reserve(n - begin);
    for (qsizetype i = begin; i < n;) {
        if (s[i] == '\x1b') {
            i = skipEscape(s, n, i);
            continue;
        }
        out.append(s[i]);
        ++i;
    }
    return out;
}

QString cleanLine(QByteArrayView raw, qsizetype cap)
{
    QString text = QString::fromUtf8(cleanLineBytes(raw, cap));
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f)
            c = QChar(0xfffd);
    }
    if (raw.size() > cap)
        text += QStringLiteral(" \u2026");
    return text;
}

bool looksBinary(QByteArrayView head)
{
    if (head.isEmpty())
        return false;
    if (head.contains('\0'))
        return true;
    const QString text = QString::fromUtf8(head);
    qsizetype odd = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0xfffd || (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != 0x1b && u != u'\f') || u == 0x7f)
            ++odd;
    }
    return odd * 8 > text.size();
}

void asciiLower(QByteArray &bytes)
{
    char *p = bytes.data();
    for (qsizetype i = 0, n = bytes.size(); i < n; ++i) {
        const char c = p[i];
        if (c >= 'A' && c <= 'Z')
            p[i] = static_cast<char>(c + 32);
    }
}

} // namespace dlstack::log
