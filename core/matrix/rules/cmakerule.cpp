// SPDX-License-Identifier: GPL-3.0-or-later
// CMake rule (source route): the installed cmake against the release's range
// (source_build.cmake_min / cmake_max_exclusive: CMake 4.0 removed compatibility with
// cmake_minimum_required < 3.5, which older releases' third_party code still declares) and
// the known pitfalls of tools.json (3.23.0 broke CUDA builds, ...). Reported-only pitfalls
// are warnings.
#include "core/matrix/rules/rule.h"
#include "core/matrix/toolscatalogue.h"

#include <QCoreApplication>

namespace dlstack::matrix::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CmakeRule)
};

} // namespace

void checkCmake(const RuleInput &in, Findings &out)
{
    if (!in.selection.isSource())
        return;
    const TorchRelease &r = *in.release;
    const auto cmake = in.profile.tools.constFind(QStringLiteral("cmake"));
    const QString have = cmake != in.profile.tools.cend() && cmake->has_value() ? (*cmake)->version : QString();
    const auto range = [&] {
        return r.cmakeMaxExclusive.isEmpty() ? QStringLiteral("cmake>=%1").arg(r.cmakeMin)
                                             : QStringLiteral("cmake>=%1,<%2").arg(r.cmakeMin, r.cmakeMaxExclusive);
    };
    const auto facts = [&] {
        Facts f{{QStringLiteral("cmake_min"), r.cmakeMin},
                {QStringLiteral("cmake_max_exclusive"), r.cmakeMaxExclusive}};
        if (!have.isEmpty())
            f.insert(QStringLiteral("cmake"), have);
        return f;
    };
    if (have.isEmpty()) {
        out.append(makeFinding("cmake_missing", Severity::Info, Tr::tr("No cmake was found."),
                               Tr::tr("The build environment gets one with pip install \"%1\".").arg(range()),
                               facts()));
        return;
    }
    if (compareVersion(have, r.cmakeMin) < 0) {
        out.append(makeFinding(
            "cmake_too_old", Severity::Blocker,
            Tr::tr("Building PyTorch %1 needs CMake %2 or newer; you have %3.").arg(r.version, r.cmakeMin, have),
            Tr::tr("pip install \"%1\" in the build environment.").arg(range()), facts()));
    } else if (!r.cmakeMaxExclusive.isEmpty() && compareVersion(have, r.cmakeMaxExclusive) >= 0) {
        out.append(makeFinding("cmake_too_new", Severity::Warning,
                               Tr::tr("CMake %1 removed compatibility with cmake_minimum_required below 3.5, which "
                                      "PyTorch %2's third-party code still declares; the configure step fails.")
                                   .arg(have, r.version),
                               Tr::tr("Set CMAKE_POLICY_VERSION_MINIMUM=3.5 (dlstack's plan does), or pip install "
                                      "\"%1\".")
                                   .arg(range()),
                               facts()));
    }
    const auto ninjaTool = in.profile.tools.constFind(QStringLiteral("ninja"));
    const bool ninja = ninjaTool != in.profile.tools.cend() && ninjaTool->has_value();
    for (const Pitfall &p : in.matrix.tools().cmakePitfalls) {
        // Range checks above already cover these two.
        if (p.id == u"cmake4_min_version" || p.id == u"cmake_below_project_minimum")
            continue;
        if (!p.versionSpec || !p.versionSpec->matches(have) || (p.torchSpec && !p.torchSpec->matches(r.version)))
            continue;
        if (p.affects.contains(QLatin1String("CUDA")) && in.selection.backend != Backend::Cuda)
            continue;
        if (p.affects.contains(QLatin1String("Ninja")) && !ninja)
            continue;
        QStringList workarounds; // tools.json's texts, in the user's language
        for (const QString &w : p.workaround)
            workarounds << pitfallText(w);
        out.append(
            makeFinding(p.id.toLatin1().constData(), p.reportedOnly ? Severity::Warning : Severity::Blocker,
                        Tr::tr("CMake %1 has a known problem with this build: %2").arg(have, pitfallText(p.message)),
                        workarounds.join(QStringLiteral("; ")),
                        {{QStringLiteral("cmake"), have},
                         {QStringLiteral("source"), p.source},
                         {QStringLiteral("reported_only"), p.reportedOnly}}));
    }
}

} // namespace dlstack::matrix::rules
