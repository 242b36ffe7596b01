// SPDX-License-Identifier: GPL-3.0-or-later
// RecipeContext: the facts every recipe reads (profile, selection, the matrix records it
// names) and the facts earlier recipes settle for later ones (the environment's python,
// CUDA_HOME, the compiler, activation lines). Built once per plan by the Planner; recipes
// fill it in stage order. Pure data plus small derivations; no I/O.
#pragma once

#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/plan/plan.h"
#include "core/probe/systemprofile.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace dlstack::plan {

struct RecipeContext
{
    const probe::SystemProfile *profile = nullptr;
    const matrix::Selection *selection = nullptr;
    const matrix::Matrix *matrix = nullptr;
    const matrix::TorchRelease *release = nullptr;
    const matrix::TorchVariant *variant = nullptr; // may be null for a source build
    const matrix::CudaRelease *cuda = nullptr;     // backend cuda only

    QString prefix;    // absolute
    QString mirrorUrl; // base URL replacing download.pytorch.org, github.com, NVIDIA
    QString mirrorDir; // offline directory: wheels and installers by file name
    QString python;    // "3.11": the Python the environment gets

    // Settled by the environment recipe.
    QString envPath;   // root of the environment
    QString envPython; // interpreter inside it
    QString envKind;   // "venv" | "conda"
    QString condaExe;  // conda/mamba/micromamba used for the env (may be empty)
    QString condaRoot; // root whose etc/profile.d/conda.sh activates it
    // Settled by the toolkit and compiler recipes.
    QString cudaHome;
    QString cudnnRoot; // a cuDNN archive unpacked by the plan (include/, lib/); empty: the system's
    QString rocmPath;
    QString cc;
    QString cxx;
    // Activation: exported variables and PATH / LD_LIBRARY_PATH entries, in order.
    QStringList pathEntries;
    QStringList libraryEntries;
    QMap<QString, QString> exports;
    // Words for the user that are not steps: root commands to run, pins, warnings.
    QStringList notes;
    QStringList rootCommands;

    bool isCuda() const { return selection->backend == matrix::Backend::Cuda; }
    bool isRocm() const { return selection->backend == matrix::Backend::Rocm; }
    bool wantsExtra(const QString &name) const;
    // A build that compiles CUDA code with nvcc: PyTorch from source, Apex, OpenCV with CUDA.
    bool needsNvcc() const;
    // A build that links cuDNN: PyTorch from source and OpenCV with CUDA (wheels bring their
    // own cuDNN through pip; Apex does not use it). hasCudnn: detected, or planned into cudnnRoot.
    bool linksCudnn() const;
    bool hasCudnn() const { return !profile->cudnn.isEmpty() || !cudnnRoot.isEmpty(); }
    int cudaMajor() const
    {
        return cuda ? cuda->parsedVersion.major() : 0;
    }                                            // "torchvision" matches "torchvision==0.19.1"
    QString extraPin(const QString &name) const; // version of "name==V", else the release's

    // TORCH_CUDA_ARCH_LIST ("8.6;9.0+PTX") or PYTORCH_ROCM_ARCH ("gfx90a"): the user's list,
    // else the detected GPUs (CUDA: clamped to the toolkit's sm range, last one +PTX),
    // else the wheel variant's list.
    QStringList archList() const;
    // MAX_JOBS: the user's number, else min(cores, memory / 3 GiB), at least 1.
    int maxJobs() const;
    // Environment of source-build steps (CUDA_HOME, USE_*, CC/CXX, launchers, ...).
    QMap<QString, QString> buildEnv() const;
    QString envBin() const { return envPath + QStringLiteral("/bin"); }
};

// Quotes one word for a POSIX shell ('it'\''s'); used by notes and the bash export.
QString shellQuote(const QString &word);

// Convenience constructors for steps.
Step runStep(const QStringList &argv, const QString &cwd = {}, const QMap<QString, QString> &env = {});
Step writeFileStep(const QString &path, const QByteArray &content, int mode = 0644);
// `<env python> -m pip install` and a git checkout (through the mirror URL when there is one).
QStringList pipInstall(const RecipeContext &ctx);
Step gitStep(const RecipeContext &ctx, const QString &url, const QString &ref, const QString &to,
             bool submodules = true);
// `<conda> install -y -p <env> -c CHANNEL PACKAGES`, undone by removing undoPackages.
Step condaInstallStep(const RecipeContext &ctx, const QStringList &packages, const QStringList &undoPackages,
                      const QString &channel = QStringLiteral("conda-forge"));

} // namespace dlstack::plan
