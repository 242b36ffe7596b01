// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/pythonversionfile.h"

#include "core/probe/pythonenvparsers.h"

#include <QRegularExpression>

namespace dlstack::probe {

std::optional<InterpreterVersion> interpreterVersionFromFiles(const ProbeContext &context, const QString &interpreter)
{
    const QString real = context.canonical(interpreter);
    const qsizetype slash = real.lastIndexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    // python3.11, python3.7m (3.7 and older), python3.13t (free-threaded), python2.7
    static const QRegularExpression binary(QStringLiteral(R"(^python(\d)\.(\d{1,2})([dmt]{0,3})$)"));
    const auto m = binary.match(real.mid(slash + 1));
    const QString bin = real.left(slash);
    if (!m.hasMatch() || !bin.endsWith(QStringLiteral("/bin")))
        return std::nullopt;
    const QString prefix = bin.chopped(4);
    const QString majorMinor = m.captured(1) + u'.' + m.captured(2);
    // 3.7's binary is python3.7 beside a hard-linked python3.7m, its headers in include/python3.7m.
    QStringList dirs{QStringLiteral("python") + majorMinor + m.captured(3)};
    static const QRegularExpression abiDir(QStringLiteral(R"(^python\d\.\d{1,2}[dmt]{0,3}$)"));
    for (const QString &dir :
         context.list(prefix + QStringLiteral("/include"), {QStringLiteral("python") + majorMinor + u'*'})) {
        if (abiDir.match(dir).hasMatch() && !dirs.contains(dir))
            dirs << dir;
    }
    for (const QString &dir : std::as_const(dirs)) {
        const QString header = prefix + QStringLiteral("/include/") + dir + QStringLiteral("/patchlevel.h");
        const auto text = context.readFile(header, 64 * 1024);
        if (!text)
            continue;
        const auto level = pythonenvparsers::parsePatchlevelH(QString::fromUtf8(*text));
        if (level.version.isEmpty() || level.major != m.captured(1).toInt() || level.minor != m.captured(2).toInt())
            continue;
        if (!level.version.startsWith(majorMinor + u'.'))
            continue;
        return InterpreterVersion{level.version, header};
    }
    return std::nullopt;
}

} // namespace dlstack::probe
