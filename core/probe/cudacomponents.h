// SPDX-License-Identifier: GPL-3.0-or-later
// CUDA and ROCm from every source, and which one wins:
//  - the CUDA/ROCm libraries a Python environment brings: pip's nvidia-cuda-runtime-cu12,
//    nvidia-cudnn-cu12, nvidia-nccl-cu12, cuda-toolkit, rocm-sdk-core wheels (site-packages
//    names) and conda's cuda-cudart, cudnn, nccl, cuda-version, cudatoolkit packages
//    (conda-meta/<name>-<version>-<build>.json);
//  - the CUDA the current shell reaches through PATH (nvcc), CUDA_HOME and LD_LIBRARY_PATH
//    (a directory with libcudart.so.12.4.127 or inside a known toolkit);
//  - the sentences that say when those disagree with each other or with the active
//    environment's torch (nvcc 12.1 on PATH, torch built with 12.8, LD_LIBRARY_PATH at 11.8).
// Pure functions over names and profiles, except shellCudaOf, which reads the context.
#pragma once

#include "core/probe/probecontext.h"
#include "core/probe/systemprofile.h"

namespace dlstack::probe {

// From an environment's package map (normalised name -> version), pip wheels only.
QList<CudaComponent> cudaComponentsFromPip(const QMap<QString, QString> &packages);
// From conda-meta file names.
QList<CudaComponent> cudaComponentsFromConda(const QStringList &metaFileNames);
// The conda-meta name patterns worth listing for cudaComponentsFromConda.
QStringList condaCudaMetaPatterns();

// "libcudart.so.12.4.127" -> "12.4.127", "libcudart.so.11.0" -> "11.0"; empty otherwise.
QString cudartVersionFromName(const QString &fileName);

ShellCuda shellCudaOf(const ProbeContext &context, const QList<CudaToolkit> &toolkits);

// One sentence per disagreement between the shell's choices and the active environment's torch.
QStringList cudaShellConflicts(const SystemProfile &profile);

// "system" | "distro" | "conda" | "pip" for a toolkit root (see CudaToolkit::origin).
QString toolkitOrigin(const ProbeContext &context, const QString &root, bool condaEnv);

} // namespace dlstack::probe
