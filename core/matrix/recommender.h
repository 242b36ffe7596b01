// SPDX-License-Identifier: GPL-3.0-or-later
// Recommender: ranks the selections that will work on a machine. Newest torch whose wheels
// run on this driver and cover this GPU first; the source route when no wheel covers the
// GPU; on a machine whose only GPUs for PyTorch are Intel's (Arc, Data Center GPU Max) the
// newest XPU wheels, or those once Level Zero is installed; CPU when there is no usable GPU.
// Each recommendation says why it was chosen and carries its own findings (warnings and
// notes only, unless nothing works without a driver upgrade or Intel's driver packages,
// which is then said). Pure: no I/O.
#pragma once

#include "core/matrix/finding.h"
#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/probe/systemprofile.h"

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

    QList<Recommendation> recommend(const probe::SystemProfile &profile, int limit = 5) const;

private:
    // Fills python and env kind: a venv when a fitting interpreter is installed, else conda.
    Selection withEnvironment(const probe::SystemProfile &profile, Selection selection) const;
    void addPrebuilt(const probe::SystemProfile &profile, Backend backend, int limit, QList<Recommendation> &out) const;
    void addSource(const probe::SystemProfile &profile, QList<Recommendation> &out) const;
    void addAfterDriverUpgrade(const probe::SystemProfile &profile, QList<Recommendation> &out) const;
    void addXpuAfterRuntimeInstall(const probe::SystemProfile &profile, QList<Recommendation> &out) const;
    void addCpu(const probe::SystemProfile &profile, const QString &why, QList<Recommendation> &out) const;

    const Matrix &m_matrix;
};

} // namespace dlstack::matrix
