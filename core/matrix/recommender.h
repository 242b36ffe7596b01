// SPDX-License-Identifier: GPL-3.0-or-later
// Recommender: ranks the selections that will work on a machine. Newest torch whose wheels
// run on this driver and cover this GPU first; the source route when no wheel covers the
// GPU, and, when only older releases' wheels still do, the newest release's source build
// second (a toolkit that still targets the GPU, a gcc it accepts); on a machine whose only GPUs for PyTorch are Intel's
// (Arc, Data Center GPU Max) the newest XPU wheels, or those once Level Zero is installed; CPU when there is no usable
// GPU. Each recommendation says why it was chosen and carries its own findings (warnings and notes only, unless nothing
// works without a driver upgrade or Intel's driver packages, which is then said). Pure: no I/O.
#pragma once

#include "core/matrix/finding.h"
#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/probe/systemprofile.h"

#include <optional>

namespace dlstack::matrix {

struct Recommendation
{
    Selection selection;
    QString reason;
    QList<Finding> findings;

    QJsonObject toJson() const;
};

class Recommender
{
public:
    explicit Recommender(const Matrix &matrix) : m_matrix(matrix) {}

    // At most `limit` proposals, best first; `torch` ("2.14.1") keeps to that release.
    QList<Recommendation> recommend(const probe::SystemProfile &profile, int limit = 5,
                                    const QString &torch = QString()) const;

private:
    // The releases considered, newest first: all, or only `torch`.
    QList<const TorchRelease *> candidates(const QString &torch) const;
    // Fills python and env kind: a venv when a fitting interpreter is installed, else conda.
    Selection withEnvironment(const probe::SystemProfile &profile, Selection selection) const;
    // A CUDA source build of the release with this toolkit; a conda environment when no
    // installed gcc is accepted by the toolkit's nvcc (conda-forge's gcc then).
    Selection sourceSelection(const probe::SystemProfile &profile, const TorchRelease &release,
                              const CudaRelease &toolkit) const;
    // The release built from source with the newest of its own CUDA versions that still
    // targets the GPU and passes check(); nullopt when none does.
    std::optional<Recommendation> sourceFor(const probe::SystemProfile &profile, const TorchRelease &release) const;
    void addPrebuilt(const probe::SystemProfile &profile, Backend backend, const QString &torch, int limit,
                     QList<Recommendation> &out) const;
    void addSource(const probe::SystemProfile &profile, const QString &torch, QList<Recommendation> &out) const;
    // When the newest (or chosen) release has no wheel with kernels for the GPU but an older
    // one does: that release's source build, second after the older wheels.
    void addSourceForNewest(const probe::SystemProfile &profile, const QString &torch,
                            QList<Recommendation> &out) const;
    void addAfterDriverUpgrade(const probe::SystemProfile &profile, const QString &torch,
                               QList<Recommendation> &out) const;
    void addXpuAfterRuntimeInstall(const probe::SystemProfile &profile, const QString &torch,
                                   QList<Recommendation> &out) const;
    void addCpu(const probe::SystemProfile &profile, const QString &torch, const QString &why,
                QList<Recommendation> &out) const;

    const Matrix &m_matrix;
};

} // namespace dlstack::matrix
