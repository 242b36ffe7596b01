// SPDX-License-Identifier: GPL-3.0-or-later
// Environment rules: NumPy 2 against wheels built for NumPy 1 (torch.json numpy2_compatible,
// tools.json numpy2) and Python 3.12's removal of distutils for older source builds.
#include "core/matrix/rules/rule.h"

#include <QCoreApplication>

namespace dlstack::matrix::rules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentRules)
};
} // namespace

void checkNumpy(const RuleInput &in, Findings &out)
{
    const TorchRelease &r = *in.release;
    if (r.numpy2Compatible)
        return;
    const auto facts = [&] {
        return Facts{{QStringLiteral("torch"), r.version},
                     {QStringLiteral("numpy2_first_torch"), in.matrix.tools().numpy2FirstTorch},
                     {QStringLiteral("source"), in.matrix.tools().numpy2Source}};
    };
    const QString numpy = in.env ? in.env->packages.value(QStringLiteral("numpy")) : QString();
    if (!numpy.isEmpty() && majorOf(numpy) >= 2) {
        out.append(makeFinding("numpy2_incompatible", Severity::Warning,
                               Tr::tr("PyTorch %1 was built against NumPy 1.x, and the environment has numpy %2: "
                                      "\"A module that was compiled using NumPy 1.x cannot be run in NumPy 2.x\".")
                                   .arg(r.version, numpy),
                               Tr::tr("pip install \"numpy<2\" in the environment, or pick torch %1 or newer.")
                                   .arg(in.matrix.tools().numpy2FirstTorch),
                               facts()));
    } else if (in.selection.envKind != EnvKind::Existing) {
        out.append(makeFinding("numpy_pinned_below_2", Severity::Info,
                               Tr::tr("PyTorch %1 needs NumPy 1.x; the new environment gets numpy<2.").arg(r.version),
                               {}, facts()));
    }
}

void checkDistutils(const RuleInput &in, Findings &out)
{
    const TorchRelease &r = *in.release;
    const QString removedIn = in.matrix.tools().distutilsRemovedPython;
    if (!in.selection.isSource() || in.python.isEmpty() || removedIn.isEmpty())
        return;
    if (compareVersion(in.python, removedIn) < 0 || compareVersion(r.pythonMax, removedIn) >= 0)
        return;
    out.append(makeFinding("python_without_distutils", Severity::Warning,
                           Tr::tr("Python %1 no longer ships distutils, which the build scripts of PyTorch %2 "
                                  "(made for Python up to %3) still import.")
                               .arg(in.python, r.version, r.pythonMax),
                           Tr::tr("Use Python %1, or install setuptools in the build environment (it provides a "
                                  "distutils shim).")
                               .arg(r.pythonMax),
                           {{QStringLiteral("source"), in.matrix.tools().distutilsSource}}));
}

} // namespace dlstack::matrix::rules
