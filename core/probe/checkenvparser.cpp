// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/probe/checkenvparser.h"

#include "core/probe/pythonenvparsers.h"
#include "core/probe/toolparsers.h"
#include "core/support/textutil.h"

#include <QRegularExpression>

namespace dlstack::probe::checkenv {

QString cudaOfLocalVersion(const QString &torchVersion)
{
    static const QRegularExpression cu(QStringLiteral(R"(\+cu(\d{2,3})\b)"));
    const QRegularExpressionMatch m = cu.match(torchVersion);
    if (!m.hasMatch())
        return {};
    const QString digits = m.captured(1); // "124" -> 12.4, "92" -> 9.2
    return digits.left(digits.size() - 1) + u'.' + digits.right(1);
}

bool looksLike(const QString &text)
{
    static const QRegularExpression torch(QStringLiteral(R"((?:^|\n)PyTorch: \d)"));
    // The report's CUDA branch, or its ROCm one (is_hip(): "ROCM available", ROCM_HOME, HIPCC).
    static const QRegularExpression cuda(QStringLiteral(R"((?:^|\n)(?:CUDA|ROCM) available: )"));
    static const QRegularExpression other(QStringLiteral(
        R"((?:^|\n)(?:NVCC|CUDA_HOME|CUDA Driver Version|ROCM_HOME|HIPCC|ROCM Driver Version|Python): )"));
    const QString head = text.left(16 * 1024);
    return torch.match(head).hasMatch() && cuda.match(head).hasMatch() && other.match(head).hasMatch();
}

SystemProfile parse(const QString &text, const QString &source)
{
    SystemProfile profile;
    static const QRegularExpression field(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9 _.,-]{0,60}?):\s*(.*?)\s*$)"));
    static const QRegularExpression gpuKey(QStringLiteral(R"(^GPU ((?:\d{1,3},)*\d{1,3})( Compute Capability)?$)"));
    static const QRegularExpression version(QStringLiteral(R"(^(\d{1,4}(?:\.\d{1,6}){1,3}))"));
    static const QRegularExpression release(
        QStringLiteral(R"(release (\d{1,2}\.\d{1,2}), V(\d{1,2}\.\d{1,2}\.\d{1,4}))"));
    PythonEnv env;
    env.kind = QStringLiteral("system");
    env.source = source;
    QMap<int, Gpu> gpus;
    for (const QString &line : support::splitLines(text.left(2 * 1024 * 1024))) {
        const QRegularExpressionMatch m = field.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1);
        const QString value = m.captured(2);
        if (const QRegularExpressionMatch g = gpuKey.match(key); g.hasMatch()) {
            for (const QString &index : g.captured(1).split(u',')) {
                Gpu &gpu = gpus[index.toInt()];
                if (g.captured(2).isEmpty())
                    gpu.name = value;
                else if (version.match(value).hasMatch())
                    gpu.computeCapability = value;
            }
        } else if (key == u"Python") {
            env.pythonVersion = version.match(value).captured(1);
            if (value.contains(u"conda", Qt::CaseInsensitive) || value.contains(u"Anaconda"))
                env.kind = QStringLiteral("conda");
        } else if (key == u"PyTorch" && version.match(value).hasMatch()) {
            env.packages.insert(QStringLiteral("torch"), value.section(u' ', 0, 0));
            env.torchCuda = cudaOfLocalVersion(value);
        } else if (key == u"CUDA Driver Version" && version.match(value).hasMatch() && !profile.nvidiaDriver) {
            profile.nvidiaDriver = NvidiaDriver{version.match(value).captured(1), QString(), false, source};
        } else if (key ==
                   u"GCC") { // gcc --version's first line: "x86_64-linux-gnu-gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0"
            const auto v = toolparsers::parseCompilerVersion(value);
            if (!v.version.isEmpty() && (v.kind.isEmpty() || v.kind == u"gcc"))
                profile.compilers.append({QStringLiteral("gcc"), v.version, QStringLiteral("gcc"), source});
        } else if (key == u"NVCC") {
            if (const QRegularExpressionMatch r = release.match(value); r.hasMatch()) {
                CudaToolkit toolkit;
                toolkit.version = r.captured(1);
                toolkit.fullVersion = r.captured(2);
                toolkit.nvcc = QStringLiteral("nvcc");
                toolkit.source = source;
                profile.cudaToolkits.append(toolkit);
            }
        } else if (version.match(value).hasMatch()) {
            const QString name = pythonenvparsers::normalizeName(key);
            if (pythonenvparsers::isRelevantPackage(name) && !env.packages.contains(name))
                env.packages.insert(name, value.section(u' ', 0, 0));
        }
    }
    for (Gpu gpu : std::as_const(gpus)) {
        if (gpu.name.isEmpty())
            continue;
        gpu.vendor = QStringLiteral("nvidia");
        gpu.source = source;
        profile.gpus.append(gpu);
    }
    if (!env.pythonVersion.isEmpty() || !env.packages.isEmpty()) {
        profile.pythonEnvs.append(env);
        if (!env.pythonVersion.isEmpty())
            profile.pythons.append({env.pythonVersion, QString(), source});
    }
    return profile;
}

} // namespace dlstack::probe::checkenv
