// SPDX-License-Identifier: GPL-3.0-or-later
// DockerfileExporter: the Plan as a multi-stage Dockerfile: a build stage on the CUDA
// (nvidia/cuda:<X.Y.Z>-cudnn-devel-ubuntu22.04) or ROCm base image matching the plan's
// toolkit, build args TORCH_CUDA_ARCH_LIST and MAX_JOBS, the bash export run inside it
// (toolkit, compiler and verify stages skipped where the plan has them), and a runtime
// stage that copies the prefix. Pure functions.
#pragma once

#include "core/plan/plan.h"
#include "core/probe/systemprofile.h"

#include <QByteArray>
#include <QString>

namespace dlstack::plan {

struct DockerTarget
{
    QString backend;      // "cuda" | "rocm" | "cpu"
    QString version;      // "12.4.1" full CUDA version, "6.1" ROCm; empty for cpu
    QString archList;     // default of the TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH build arg
    int maxJobs = 4;      // default of the MAX_JOBS build arg
};

QByteArray exportDockerfile(const Plan &plan, const DockerTarget &target);
QString dockerBaseImage(const DockerTarget &target, bool devel);
// The machine as the build stage's image sees it, for planning a Dockerfile: the GPUs,
// cores and memory of `machine` (arch list, MAX_JOBS), and the image's toolkit at
// /usr/local/cuda-X.Y with cuDNN (or ROCm at /opt/rocm), gcc and python3 of its Ubuntu;
// no conda, no environments. The plan then uses the image's CUDA_HOME, not the host's.
probe::SystemProfile imageProfile(const probe::SystemProfile &machine, const DockerTarget &target);

} // namespace dlstack::plan
