// SPDX-License-Identifier: GPL-3.0-or-later
// Selection: what the user wants installed: route (prebuilt wheels or a source build),
// backend and its version, torch and Python versions, the environment and the extras and
// build options. A plain value with a JSON form; validate() checks it against the matrix
// (unknown versions, contradictions) without looking at any machine.
#pragma once

#include "core/matrix/choices.h"
#include "core/matrix/matrix.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dlstack::matrix {

struct Selection
{
    Route route = Route::Prebuilt;
    Backend backend = Backend::Cuda;
    QString torch;  // "2.4.1"
    QString cuda;   // "12.4" when backend is cuda
    QString rocm;   // "6.1" when backend is rocm
    QString python; // "3.11"; empty: the environment's or the newest fitting
    EnvKind envKind = EnvKind::NewVenv;
    QString
        envPath; // the existing environment; for a new one where it goes (empty: <prefix>/venv or <prefix>/conda-env)
    QStringList extras;   // "torchvision", "torchaudio", "apex", "torchvision==0.19.1"
    QStringList archList; // TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH for a source build
    int maxJobs = 0;      // 0: dlstack proposes one
    Launcher launcher = Launcher::None;
    ToolkitSource toolkitFrom = ToolkitSource::Auto; // where a missing CUDA toolkit comes from
    QString distccHosts; // DISTCC_HOSTS for the distcc launcher ("10.0.0.5/16 10.0.0.6/16"); empty: distcc's own config
    // A development install (source route only): torch is installed editable from its source
    // tree (`pip install -e .`, what `python setup.py develop` did), so `dlstack rebuild`
    // re-runs the incremental build there after an edit.
    bool develop = false;

    bool isSource() const { return route == Route::Source; }
    QString backendVersion() const; // cuda, rocm or empty, after the backend
    QString variantId() const;      // "cu124", "rocm6.1", "cpu"
    QString label() const;          // "torch 2.4.1 + CUDA 12.4 (prebuilt wheels)"

    QJsonObject toJson() const;
    static support::Result<Selection> fromJson(const QJsonObject &json);

    // Unknown torch/CUDA/ROCm/Python versions and contradictions, in words; nullopt when valid.
    std::optional<support::Error> validate(const Matrix &matrix) const;
};

// A DISTCC_HOSTS value (host[:port][/limit][,options] words, @ssh hosts, localhost,
// --randomize): nullopt when it is one, else the problem in words.
std::optional<support::Error> checkDistccHosts(const QString &hosts);
// Compile slots of a DISTCC_HOSTS list: "host/N" counts N, a host without a limit counts
// distcc's default of 4 (2 for localhost); options such as --randomize count nothing.
int distccSlots(const QString &hosts);

} // namespace dlstack::matrix
