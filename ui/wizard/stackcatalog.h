// SPDX-License-Identifier: GPL-3.0-or-later
// StackCatalog: the wizard's view of the tested matrix (resources/matrix/torch.json and
// cuda.json): which torch releases and wheel variants exist, and whether a variant can work
// on a given machine, with the reason in words when it cannot. The verdicts come from
// matrix::check() over the built-in matrix; the wizard's own driver/arch rules are used only
// when that matrix fails to load. Immutable after load().
#pragma once

#include "core/matrix/finding.h"
#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/probe/systemprofile.h"
#include "ui/wizard/wizardstate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dlstack::ui {

struct CatalogVariant
{
    QString id;      // "cu124"
    QString backend; // "cuda" | "rocm" | "cpu"
    QString version; // "12.4"
    QString indexUrl;
    bool isDefault = false;
    QStringList archList; // "5.0", "9.0+PTX"
    QStringList gfx;
};

struct CatalogRelease
{
    QString version;
    QString pythonMin;
    QString pythonMax;
    QString torchvision;
    QString torchaudio;
    QList<CatalogVariant> variants;
};

struct CatalogCuda
{
    QString version;
    QString driverMin; // the lowest driver that runs it (minor-version compatibility)
};

// Why a choice cannot work here; empty when it can. Blockers disable the choice, warnings
// are shown beside it.
struct Verdict
{
    QString blocker;
    QStringList warnings;
    bool blocked() const { return !blocker.isEmpty(); }
};

class StackCatalog
{
public:
    // Reads the matrix compiled into the binary (":/matrix"); an error string when broken.
    QString load(const QString &dir = QStringLiteral(":/matrix"));

    const QList<CatalogRelease> &releases() const { return m_releases; } // newest first
    const CatalogRelease *release(const QString &version) const;
    const CatalogCuda *cuda(const QString &version) const;

    // Can this wheel variant of this release work on the machine?
    Verdict assess(const probe::SystemProfile &profile, const CatalogRelease &release,
                   const CatalogVariant &variant) const;
    // Python versions "3.9".."3.12" the release supports.
    static QStringList pythonVersions(const CatalogRelease &release);

    struct Recommendation
    {
        QString torch;
        QString variantId;
        QString python;
    };
    // The newest release with the best variant that is not blocked (its default variant
    // when possible, else the newest CUDA/ROCm one, else CPU).
    Recommendation recommend(const probe::SystemProfile &profile) const;

    // Every finding of matrix::check() for the whole selection (empty without a matrix).
    QList<matrix::Finding> findings(const probe::SystemProfile &profile, const matrix::Selection &selection) const;
    bool usesMatrixRules() const { return m_matrix != nullptr; }

private:
    Verdict ownRules(const probe::SystemProfile &profile, const CatalogVariant &variant) const;

    const matrix::Matrix *m_matrix = nullptr;
    QList<CatalogRelease> m_releases;
    QList<CatalogCuda> m_cuda;
    QList<QPair<int, QString>> m_majorDriverMin; // CUDA major -> driver minimum
};

// The matrix module's Selection for what the wizard pages decided.
matrix::Selection selectionOf(const StackChoice &stack, const InstallOptions &options);

// True when a GPU of compute capability `cc` ("6.1") can run code built for `archList`.
bool archCovers(const QStringList &archList, const QString &cc);

} // namespace dlstack::ui
