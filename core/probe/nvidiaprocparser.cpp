// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/nvidiaprocparser.h"

#include <QRegularExpression>

namespace dlstack::probe::nvidiaproc {

ProcDriverVersion parse(const QString &text)
{
    ProcDriverVersion result;
    const QString head = text.left(16 * 1024);
    static const QRegularExpression nvrm(QStringLiteral(
        "NVRM version:\\s*NVIDIA UNIX\\s+(?:(Open)\\s+)?(?:(\\S+)\\s+)?Kernel Module(?:\\s+for\\s+(\\S+))?\\s+"
        "(\\d+(?:\\.\\d+)+)"));
    const QRegularExpressionMatch m = nvrm.match(head);
    if (m.hasMatch()) {
        result.openKernelModule = !m.captured(1).isEmpty();
        result.arch = m.captured(3).isEmpty() ? m.captured(2) : m.captured(3);
        result.version = m.captured(4);
        // Desktop drivers are numbered from 1xx up; Jetson prints its L4T release (32.x, 35.x, 36.x).
        result.jetson = result.version.section(u'.', 0, 0).toInt() < 100;
    }
    static const QRegularExpression gcc(QStringLiteral("GCC version:.*?gcc version\\s+(\\d+(?:\\.\\d+)+)"));
    const QRegularExpressionMatch g = gcc.match(head);
    if (g.hasMatch())
        result.gccVersion = g.captured(1);
    return result;
}

bool looksLike(const QString &text)
{
    return text.left(4096).contains(u"NVRM version:") && !parse(text).version.isEmpty();
}

SystemProfile toProfile(const ProcDriverVersion &version, const QString &source)
{
    SystemProfile profile;
    if (version.version.isEmpty())
        return profile;
    NvidiaDriver driver;
    driver.version = version.version;
    driver.openKernelModule = version.openKernelModule;
    driver.source = source;
    profile.nvidiaDriver = driver;
    return profile;
}

} // namespace dlstack::probe::nvidiaproc
