// SPDX-License-Identifier: GPL-3.0-or-later
// TorchInstall: where and how torch is installed in one site-packages directory, read from
// the files each installer leaves behind, without starting Python:
//   wheel / distro:  torch-2.4.1+cu121.dist-info, Debian's torch-1.13.1.egg-info in dist-packages
//   setup.py install: torch-1.13.0a0+gitunknown-py3.10-linux-x86_64.egg/ (its EGG-INFO/PKG-INFO)
//   setup.py develop: torch.egg-link, whose first line is the source tree ("/home/u/pytorch")
//   PEP 660 editable: __editable__.torch-2.7.0a0+ecf3bae.pth ("/home/u/pytorch") or
//                     __editable___torch_2_7_0a0_ecf3bae_finder.py ("MAPPING = {'torch': '/src/torch'}")
//   conda:            conda-meta/pytorch-2.1.0-py3.10_cuda12.1_cudnn8.9.2_0.json
// The version is kept whole ("2.7.0a0+ecf3bae"); the CUDA it was built with comes from
// torch/version.py (`cuda = '12.4'`) wherever the package lives. Reentrant.
#pragma once

#include "core/probe/probecontext.h"
#include "core/probe/systemprofile.h"

#include <optional>

namespace dlstack::probe {

struct TorchInstall
{
    TorchInstallKind kind = TorchInstallKind::None;
    QString version;  // "2.7.0a0+ecf3bae"
    QString cuda;     // "12.4", empty for CPU/ROCm/unknown
    QString hip;      // HIP version of a ROCm build
    QString location; // directory holding the torch package ("/home/u/pytorch/torch")
    QStringList sources;
};

// torch in one site-packages (or dist-packages) directory; nullopt when none of the above is there.
// A metadata or configuration file as text (at most `max` bytes); unreadable or binary files
// become problems of `probe` and give an empty text.
QString readMetadataText(const ProbeContext &context, const QString &path, qint64 max, QList<Problem> &problems,
                         const QString &probe);

std::optional<TorchInstall> findTorchInSite(const ProbeContext &context, const QString &site, QList<Problem> &problems,
                                            const QString &probe);

// True when `site` holds any trace of torch (cheap: directory listings only).
bool siteHasTorch(const ProbeContext &context, const QString &site);

// The pytorch package of a conda environment from its conda-meta file name, or nullopt.
std::optional<TorchInstall> findCondaTorch(const ProbeContext &context, const QString &envRoot);

namespace torchinstallfiles {

// The first non-empty line of an .egg-link or editable .pth file that is an absolute path.
QString firstPathLine(const QString &text);
// MAPPING = {'torch': '/src/pytorch/torch', ...} -> "/src/pytorch/torch"
QString finderMapping(const QString &finderText, const QString &package);
// "torch-1.13.0a0+gitunknown-py3.10-linux-x86_64.egg" -> "1.13.0a0+gitunknown"; empty otherwise.
QString eggVersion(const QString &eggName);
// direct_url.json: {"dir_info": {"editable": true}, "url": "file:///src/pytorch"} -> "/src/pytorch"
// when editable, else empty.
QString editableDirectUrl(const QByteArray &json);
// A conda build string's CUDA: "py3.10_cuda12.1_cudnn8.9.2_0" -> "12.1", "cuda126_py312h1234_300" -> "12.6".
QString condaBuildCuda(const QString &build);

} // namespace torchinstallfiles

} // namespace dlstack::probe
