// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matrix/extras.h"

#include <QCoreApplication>

namespace dlstack::matrix {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Extras)
};

bool wants(const Selection &selection, const QString &name)
{
    for (const QString &extra : selection.extras)
        if (extra == name || extra.startsWith(name + QStringLiteral("==")))
            return true;
    return false;
}

bool hasTorchtext(const TorchRelease &r)
{
    return !r.torchtext.isEmpty();
}

bool hasTensorrt(const TorchRelease &r)
{
    return r.tensorrt.has_value();
}

// "12.6, 12.8": the release's CUDA variants of one major.
QStringList cudaVariantsOfMajor(const TorchRelease &release, const QString &major)
{
    QStringList out;
    for (const TorchVariant &v : release.variants)
        if (v.backend == Backend::Cuda && QString::number(v.parsedVersion.major()) == major)
            out << v.version;
    return out;
}

support::Error refusal(const QString &summary, const QString &remedy)
{
    return support::Error{summary, {}, remedy};
}

std::optional<support::Error> checkTensorrt(const Selection &s, const TorchRelease &r, const Matrix &matrix)
{
    if (s.backend != Backend::Cuda)
        return refusal(
            Tr::tr("TensorRT runs on NVIDIA GPUs only; the selection is for %1.").arg(backendTitle(s.backend)),
            Tr::tr("Pick a CUDA version (--cuda X.Y), or drop tensorrt."));
    if (s.isSource())
        return refusal(Tr::tr("torch-tensorrt wheels are built against the published torch wheels, not a torch built "
                              "from source."),
                       Tr::tr("Use the prebuilt route for tensorrt, or drop tensorrt."));
    if (!r.tensorrt) {
        const QString span = releaseSpan(matrix, hasTensorrt);
        return refusal(
            Tr::tr("No torch-tensorrt release is paired with PyTorch %1 in the tested matrix.").arg(r.version),
            span.isEmpty() ? Tr::tr("Drop tensorrt.")
                           : Tr::tr("Drop tensorrt, or pick a PyTorch release that has one (%1).").arg(span));
    }
    const QString major = s.cuda.section(u'.', 0, 0);
    if (!r.tensorrt->cudaMajors.contains(major)) {
        QStringList cudas;
        for (const QString &m : r.tensorrt->cudaMajors)
            cudas += cudaVariantsOfMajor(r, m);
        return refusal(
            Tr::tr("torch-tensorrt %1 (for PyTorch %2) has TensorRT wheels for CUDA %3 only, not CUDA %4.")
                .arg(r.tensorrt->torchTensorrt, r.version,
                     r.tensorrt->cudaMajors.join(QStringLiteral(".x, ")) + QStringLiteral(".x"), s.cuda),
            cudas.isEmpty()
                ? Tr::tr("Drop tensorrt.")
                : Tr::tr("Pick --cuda %1, or drop tensorrt.").arg(cudas.join(QStringLiteral(" or --cuda "))));
    }
    return std::nullopt;
}

} // namespace

QString releaseSpan(const Matrix &matrix, bool (*has)(const TorchRelease &))
{
    QString first;
    QString last;
    for (const TorchRelease &r : matrix.releases()) {
        if (!has(r))
            continue;
        if (first.isEmpty())
            first = r.version;
        last = r.version;
    }
    if (first.isEmpty() || first == last)
        return first;
    return Tr::tr("%1 to %2").arg(first, last);
}

std::optional<support::Error> checkExtrasAvailable(const Selection &s, const TorchRelease &r, const Matrix &matrix)
{
    if (wants(s, QStringLiteral("torchtext")) && r.torchtext.isEmpty()) {
        const QString span = releaseSpan(matrix, hasTorchtext);
        const QString last = span.section(QStringLiteral(" to "), -1);
        const TorchRelease *lastRelease = matrix.release(last);
        return refusal(
            Tr::tr("torchtext has no release for PyTorch %1: its development stopped with torchtext %2, the partner "
                   "of PyTorch %3.")
                .arg(r.version, lastRelease ? lastRelease->torchtext : QString(), last),
            Tr::tr("Drop torchtext, or pick PyTorch %1 or older.").arg(last));
    }
    if (wants(s, QStringLiteral("tensorrt")))
        if (auto problem = checkTensorrt(s, r, matrix))
            return problem;
    if (wants(s, QStringLiteral("apex"))) {
        if (s.backend != Backend::Cuda)
            return refusal(
                Tr::tr("NVIDIA Apex builds CUDA extensions; the selection is for %1.").arg(backendTitle(s.backend)),
                Tr::tr("Pick a CUDA version (--cuda X.Y), or drop apex."));
        if (!r.apex) {
            QStringList minors;
            for (const TorchRelease &other : matrix.releases()) {
                const QString minor =
                    QStringLiteral("%1.%2.x").arg(other.parsedVersion.major()).arg(other.parsedVersion.minor());
                if (other.apex && !minors.contains(minor))
                    minors << minor;
            }
            return refusal(Tr::tr("No Apex release is known to go with PyTorch %1: Apex's tags follow NVIDIA's "
                                  "PyTorch containers, and none is recorded for this release.")
                               .arg(r.version),
                           Tr::tr("Drop apex, or pick a PyTorch release with a recorded Apex tag (%1).")
                               .arg(minors.join(QStringLiteral(", "))));
        }
    }
    if (wants(s, QStringLiteral("test-nn")) && !s.isSource())
        return refusal(Tr::tr("test-nn runs PyTorch's own test/test_nn.py from the source tree, and prebuilt wheels "
                              "have no source tree."),
                       Tr::tr("Add --route source to build PyTorch from source, or drop test-nn."));
    return std::nullopt;
}

} // namespace dlstack::matrix
