// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/modulefilereader.h"

#include "core/support/textutil.h"

#include <QRegularExpression>

namespace dlstack::probe::modulefile {

namespace {

constexpr int kMaxLines = 5000;

// `a .. "/b" .. c` at the top level, outside quotes and parentheses.
QStringList splitConcat(const QString &expr)
{
    QStringList parts;
    QString current;
    QChar quote;
    int depth = 0;
    for (qsizetype i = 0; i < expr.size(); ++i) {
        const QChar c = expr[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (depth == 0 && c == u'.' && i + 1 < expr.size() && expr[i + 1] == u'.') {
            parts << current;
            current.clear();
            ++i;
            continue;
        }
        current += c;
    }
    parts << current;
    return parts;
}

QStringList luaArgs(const QString &inner);

// Lua: "a", pathJoin(x, "b"), x .. "/b", x
QString luaValue(QString expr, const QMap<QString, QString> &vars)
{
    expr = expr.trimmed();
    static const QRegularExpression join(QStringLiteral(R"(^pathJoin\s*\((.*)\)$)"));
    if (const auto m = join.match(expr); m.hasMatch()) {
        QStringList parts;
        for (const QString &arg : luaArgs(m.captured(1))) {
            const QString v = luaValue(arg, vars);
            if (v.isNull())
                return {};
            parts << v;
        }
        return parts.join(u'/');
    }
    if (const QStringList parts = splitConcat(expr); parts.size() > 1) {
        QString out;
        for (const QString &part : parts) {
            const QString v = luaValue(part, vars);
            if (v.isNull())
                return {};
            out += v;
        }
        return out;
    }
    if (expr.size() >= 2 && (expr.front() == u'"' || expr.front() == u'\'') && expr.back() == expr.front())
        return expr.mid(1, expr.size() - 2);
    if (expr.startsWith(QStringLiteral("[[")) && expr.endsWith(QStringLiteral("]]")))
        return expr.mid(2, expr.size() - 4);
    static const QRegularExpression ident(QStringLiteral(R"(^[A-Za-z_]\w*$)"));
    if (ident.match(expr).hasMatch() && vars.contains(expr))
        return vars.value(expr);
    return {};
}

// Splits "f(a, g(b, c), d)" arguments at top-level commas.
QStringList luaArgs(const QString &inner)
{
    QStringList args;
    int depth = 0;
    QChar quote;
    QString current;
    for (const QChar c : inner) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == u',' && depth == 0) {
            args << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        args << current.trimmed();
    return args;
}

void readLua(const QStringList &lines, Effects &effects)
{
    QMap<QString, QString> vars;
    static const QRegularExpression local(QStringLiteral(R"(^\s*local\s+([A-Za-z_]\w*)\s*=\s*(.+?)\s*;?\s*$)"));
    static const QRegularExpression call(
        QStringLiteral(R"(^\s*(prepend_path|setenv|pushenv)\s*\((.*)\)\s*;?\s*(?:--.*)?$)"));
    for (const QString &line : lines) {
        if (const auto m = local.match(line); m.hasMatch()) {
            const QString v = luaValue(m.captured(2), vars);
            if (!v.isNull())
                vars.insert(m.captured(1), v);
            continue;
        }
        const auto m = call.match(line);
        if (!m.hasMatch())
            continue;
        const QStringList args = luaArgs(m.captured(2));
        if (args.size() < 2)
            continue;
        const QString name = luaValue(args[0], vars);
        const QString value = luaValue(args[1], vars);
        if (name.isEmpty() || value.isNull())
            continue;
        if (m.captured(1) == u"prepend_path") {
            if (name == u"PATH")
                effects.pathPrepends << value.split(u':', Qt::SkipEmptyParts);
        } else {
            effects.setenv.insert(name, value);
        }
    }
}

// Tcl words: "a b", {a b}, bare; $var and ${var} substituted from `set`.
QStringList tclWords(const QString &line)
{
    QStringList words;
    QString current;
    bool inWord = false;
    QChar close;
    int braces = 0;
    for (const QChar c : line) {
        if (!close.isNull()) {
            if (close == u'}' && c == u'{') {
                ++braces;
            } else if (c == close && (close != u'}' || --braces == 0)) {
                close = QChar();
                continue;
            }
            current += c;
            continue;
        }
        if (c.isSpace() || c == u';') {
            if (inWord)
                words << current;
            current.clear();
            inWord = false;
            continue;
        }
        if (!inWord && (c == u'"' || c == u'{')) {
            close = c == u'"' ? u'"' : u'}';
            braces = 1;
            inWord = true;
            continue;
        }
        if (!inWord && c == u'#')
            break;
        current += c;
        inWord = true;
    }
    if (inWord)
        words << current;
    return words;
}

QString tclSubstitute(const QString &word, const QMap<QString, QString> &vars, bool *unresolved)
{
    static const QRegularExpression ref(QStringLiteral(R"(\$\{?([A-Za-z_]\w*)\}?)"));
    QString out = word;
    auto it = ref.globalMatch(word);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.prepend(it.next());
    for (const auto &m : std::as_const(matches)) {
        if (!vars.contains(m.captured(1))) {
            *unresolved = true;
            return {};
        }
        out.replace(m.capturedStart(), m.capturedLength(), vars.value(m.captured(1)));
    }
    if (out.contains(u'[')) // [exec ...], [file dirname ...]: computed, not read
        *unresolved = true;
    return out;
}

void readTcl(const QStringList &lines, Effects &effects)
{
    QMap<QString, QString> vars;
    for (const QString &line : lines) {
        QStringList words = tclWords(line);
        if (words.size() < 3)
            continue;
        const QString command = words.takeFirst();
        while (!words.isEmpty() && words.first().startsWith(QStringLiteral("--"))) { // --delim ":"
            const QString option = words.takeFirst();
            if ((option == u"--delim" || option == u"-d") && !words.isEmpty())
                words.removeFirst();
        }
        if (words.size() < 2)
            continue;
        bool unresolved = false;
        const QString value = tclSubstitute(words[1], vars, &unresolved);
        if (unresolved)
            continue;
        if (command == u"set")
            vars.insert(words[0], value);
        else if (command == u"setenv")
            effects.setenv.insert(words[0], value);
        else if ((command == u"prepend-path" || command == u"module-prepend-path") && words[0] == u"PATH")
            effects.pathPrepends << value.split(u':', Qt::SkipEmptyParts);
    }
}

} // namespace

Effects read(const QString &fileName, const QString &text)
{
    Effects effects;
    QStringList lines = support::splitLines(text.left(256 * 1024));
    if (lines.size() > kMaxLines)
        lines = lines.mid(0, kMaxLines);
    if (fileName.endsWith(QStringLiteral(".lua"))) {
        effects.format = Format::Lua;
        readLua(lines, effects);
    } else if (!lines.isEmpty() && lines.first().startsWith(QStringLiteral("#%Module"))) {
        effects.format = Format::Tcl;
        readTcl(lines, effects);
    }
    return effects;
}

QString rootOf(const Effects &effects)
{
    for (QString dir : effects.pathPrepends) {
        while (dir.endsWith(u'/'))
            dir.chop(1);
        if (!dir.endsWith(QStringLiteral("/bin")))
            continue;
        dir.chop(4);
        while (dir.endsWith(QStringLiteral("/.")))
            dir.chop(2);
        return dir;
    }
    return {};
}

QString providesFromFamily(const QString &family)
{
    const QString f = family.toLower();
    if (f == u"cuda" || f == u"cudacore" || f == u"cuda-toolkit" || f == u"cudatoolkit")
        return QStringLiteral("cuda");
    if (f == u"cudnn")
        return QStringLiteral("cudnn");
    if (f == u"nccl")
        return QStringLiteral("nccl");
    if (f == u"gcc" || f == u"gcccore")
        return QStringLiteral("gcc");
    if (f == u"python" || f == u"python3")
        return QStringLiteral("python");
    static const QRegularExpression conda(
        QStringLiteral(R"(^(?:mini(?:conda|forge)\d?|anaconda\d?|mambaforge|conda|mamba|micromamba)$)"));
    if (conda.match(f).hasMatch())
        return QStringLiteral("conda");
    return {};
}

} // namespace dlstack::probe::modulefile
