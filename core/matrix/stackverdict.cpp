// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/stackverdict.h"

#include "core/matrix/checker.h"

namespace dlstack::matrix {

QString StackVerdict::reason() const
{
    return blockers.join(u'\n');
}

StackVerdict verdictFor(const Matrix &matrix, const probe::SystemProfile &profile, const Selection &selection)
{
    StackVerdict out;
    out.findings = check(profile, selection, matrix);
    out.verdict = verdictOf(out.findings);
    for (const Finding &f : std::as_const(out.findings)) {
        if (f.severity == Severity::Blocker)
            out.blockers << (f.remedy.isEmpty() ? f.message : f.message + u' ' + f.remedy);
        else if (f.severity == Severity::Warning)
            (isDataDoubt(f) ? out.doubts : out.warnings) << f.message;
    }
    return out;
}

bool sameStack(const Selection &a, const Selection &b)
{
    return a.torch == b.torch && a.route == b.route && a.backend == b.backend &&
           a.backendVersion() == b.backendVersion();
}

Selection withStack(const Matrix &matrix, Selection base, const TorchRelease &release, const TorchVariant &variant)
{
    base.torch = release.version;
    base.backend = variant.backend;
    base.cuda.clear();
    base.rocm.clear();
    if (variant.backend == Backend::Cuda) {
        base.cuda = variant.version;
    } else if (variant.backend == Backend::Rocm) {
        const RocmRelease *rocm = matrix.rocm(variant.version);
        base.rocm = rocm ? rocm->version : variant.version;
    }
    return base;
}

EnvKind defaultEnvKind(const probe::SystemProfile &profile, const QString &python)
{
    for (const probe::PythonInterpreter &p : profile.pythons) {
        const auto v = support::Version::parse(p.version);
        if (v && v->majorMinor() == python)
            return EnvKind::NewVenv;
    }
    return EnvKind::NewConda;
}

QStringList pythonVersions(const TorchRelease &release)
{
    QStringList out;
    const auto lo = support::Version::parse(release.pythonMin);
    const auto hi = support::Version::parse(release.pythonMax);
    if (!lo || !hi || lo->major() != hi->major())
        return out;
    for (int minor = hi->minor(); minor >= lo->minor(); --minor)
        out << QStringLiteral("%1.%2").arg(lo->major()).arg(minor);
    return out;
}

} // namespace dlstack::matrix
