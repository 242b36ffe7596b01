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

support::Error refusal(const QString &summary, const QString &details, const QString &remedy)
{
    return support::Error{summary, details, remedy};
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
            r.tensorrtGap
                ? Tr::tr("No torch-tensorrt that dlstack can install goes with PyTorch %1: %2 (%3)")
                      .arg(r.version, r.tensorrtGap->reason, r.tensorrtGap->source)
                : Tr::tr("No torch-tensorrt release is paired with PyTorch %1 in the tested matrix.").arg(r.version),
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

QString minorOf(const TorchRelease &r)
{
    return r.parsedVersion.majorMinor();
}

// A run of consecutive releases (oldest first) without an Apex tag: before the first recorded
// tag, between two of them, or after the last. Apex's tags follow NVIDIA's PyTorch containers
// (NVIDIA/apex#1648), so a run is a stretch of torch minors no tagged container shipped.
struct ApexGap
{
    const TorchRelease *before = nullptr; // newest release with a tag older than the run
    const TorchRelease *after = nullptr;  // oldest release with a tag newer than the run
    QStringList versions;                 // the releases of the run
    QString firstMinor;                   // "1.8"
    QString lastMinor;                    // "1.11"
};

QList<ApexGap> apexGaps(const Matrix &matrix)
{
    QList<ApexGap> gaps;
    const TorchRelease *lastTagged = nullptr;
    std::optional<ApexGap> open;
    for (const TorchRelease &r : matrix.releases()) {
        if (r.apex) {
            if (open) {
                open->after = &r;
                gaps << *open;
                open.reset();
            }
            lastTagged = &r;
            continue;
        }
        if (!open) {
            open = ApexGap{};
            open->before = lastTagged;
            open->firstMinor = minorOf(r);
        }
        open->lastMinor = minorOf(r);
        open->versions << r.version;
    }
    if (open)
        gaps << *open;
    return gaps;
}

// "Apex has no tag after 25.09, the tag of NVIDIA's PyTorch container 25.09 (PyTorch 2.9)".
QString gapSentence(const ApexGap &gap)
{
    if (gap.before && gap.after)
        return Tr::tr("Apex has no tag between %1 (PyTorch %2) and %3 (PyTorch %4)")
            .arg(gap.before->apex->ref, minorOf(*gap.before), gap.after->apex->ref, minorOf(*gap.after));
    if (gap.before)
        return Tr::tr("Apex has no tag after %1, the tag of NVIDIA's PyTorch container %2 (PyTorch %3)")
            .arg(gap.before->apex->ref, gap.before->apex->ngcContainer, minorOf(*gap.before));
    return Tr::tr("Apex has no tag before %1, the tag of NVIDIA's PyTorch container %2 (PyTorch %3)")
        .arg(gap.after->apex->ref, gap.after->apex->ngcContainer, minorOf(*gap.after));
}

// The newest release of `tagged`'s minor that has an Apex tag ("2.0.1" for 2.0.0).
const TorchRelease *newestTaggedOfMinor(const Matrix &matrix, const TorchRelease &tagged)
{
    const TorchRelease *newest = &tagged;
    for (const TorchRelease &r : matrix.releases())
        if (r.apex && minorOf(r) == minorOf(tagged) && r.parsedVersion > newest->parsedVersion)
            newest = &r;
    return newest;
}

// Why release `r` has no Apex tag, in the recorded tags' terms, and the nearest releases that have one.
support::Error apexRefusal(const TorchRelease &r, const Matrix &matrix)
{
    const QList<ApexGap> gaps = apexGaps(matrix);
    const ApexGap *own = nullptr;
    for (const ApexGap &gap : gaps)
        if (gap.versions.contains(r.version))
            own = &gap;
    if (!own || (!own->before && !own->after))
        return refusal(
            Tr::tr("No Apex tag goes with PyTorch %1: the matrix records none for any release.").arg(r.version),
            Tr::tr("Drop apex."));

    QStringList details{Tr::tr("Apex's tags follow NVIDIA's PyTorch containers of the same name.")};
    for (const ApexGap &gap : gaps) {
        if (&gap == own)
            continue;
        const QString minors =
            gap.firstMinor == gap.lastMinor ? gap.firstMinor : Tr::tr("%1 to %2").arg(gap.firstMinor, gap.lastMinor);
        details << Tr::tr("%1: none for PyTorch %2.").arg(gapSentence(gap), minors);
    }

    QString remedy;
    const TorchRelease *later = own->after ? newestTaggedOfMinor(matrix, *own->after) : nullptr;
    if (own->before && later)
        remedy = Tr::tr("Pick PyTorch %1 (Apex %2) or %3 (Apex %4), or drop apex.")
                     .arg(own->before->version, own->before->apex->ref, later->version, later->apex->ref);
    else {
        const TorchRelease *nearest = own->before ? own->before : later;
        remedy = Tr::tr("Pick PyTorch %1 (Apex %2), or drop apex.").arg(nearest->version, nearest->apex->ref);
    }
    return refusal(Tr::tr("No Apex tag goes with PyTorch %1: %2.").arg(r.version, gapSentence(*own)),
                   details.join(u'\n'), remedy);
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
        if (!r.apex)
            return apexRefusal(r, matrix);
    }
    if (wants(s, QStringLiteral("test-nn")) && !s.isSource())
        return refusal(Tr::tr("test-nn runs PyTorch's own test/test_nn.py from the source tree, and prebuilt wheels "
                              "have no source tree."),
                       Tr::tr("Add --route source to build PyTorch from source, or drop test-nn."));
    return std::nullopt;
}

} // namespace dlstack::matrix
