// SPDX-License-Identifier: GPL-3.0-or-later
// DockerfileExporter: a selection as a multi-stage Dockerfile. The build stage starts from
// the published base image of the selection's CUDA or ROCm version (DockerImages: a tag
// that exists, with its patch level), takes build args TORCH_CUDA_ARCH_LIST /
// PYTORCH_ROCM_ARCH, MAX_JOBS, USER_UID / USER_GID (the non-root user who runs the build and
// owns the prefix, in both images) and TZ (tzdata set without a question), and runs the bash
// export of a plan made for the image (its toolkit, compiler and python3, never this host's).
// A source build adds a stage "wheels" (FROM scratch, the wheels its build steps packed into
// /wheels) for `docker build --target wheels --output type=local,dest=./wheels .`; the last
// stage, "runtime", copies the prefix. planDockerfile() is the one way the wizard and `dlstack plan --format
// dockerfile` make it, so the same stack gives the same file. Pure functions.
#pragma once

#include "core/matrix/matrix.h"
#include "core/matrix/selection.h"
#include "core/plan/export/dockerimages.h"
#include "core/plan/plan.h"
#include "core/plan/planner.h"
#include "core/probe/systemprofile.h"

#include <QByteArray>
#include <QString>

namespace dlstack::plan {

struct DockerTarget
{
    DockerImage image;
    QString archList; // default of the TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH build arg
    int maxJobs = 4;  // default of the MAX_JOBS build arg
    QString envPath;  // the environment the plan installs into; empty: <prefix>/venv
    // Defaults of the USER_UID, USER_GID and TZ build args.
    int userUid = 1000;
    int userGid = 1000;
    QString timeZone = QStringLiteral("UTC"); // an IANA zone name ("Europe/Berlin")
};

// The base image of a selection, or why there is none ("NVIDIA publishes no nvidia/cuda
// image for CUDA 13.4 yet", with the versions that have one).
support::Result<DockerImage> dockerImageFor(const matrix::Selection &selection);

QByteArray exportDockerfile(const Plan &plan, const DockerTarget &target);
// Whether exportDockerfile() writes the "wheels" stage: a PyTorch source build.
bool exportsWheels(const Plan &plan);
QString dockerBaseImage(const DockerTarget &target, bool devel);

// The machine as the build stage's image sees it: the GPUs, cores and memory of `machine`
// (arch list, MAX_JOBS), and the image's toolkit at /usr/local/cuda-X.Y with its cuDNN (or
// ROCm at /opt/rocm), gcc and python3 of its Ubuntu; no conda, no environments.
probe::SystemProfile imageProfile(const probe::SystemProfile &machine, const DockerImage &image);

struct DockerExport
{
    PlanOutcome outcome; // the plan made for the image (outcome.plan unset: error says why)
    DockerTarget target;
    QByteArray dockerfile; // empty unless outcome.plan is set
};

// Plans `selection` for the image of its backend on `machine`'s hardware and writes the
// Dockerfile. What belongs to this machine alone does not go into the image: an existing
// environment becomes a new venv, an offline folder gives way to the origins (both noted
// in outcome.notes).
DockerExport planDockerfile(const probe::SystemProfile &machine, const matrix::Selection &selection,
                            const PlannerOptions &options, const matrix::Matrix &matrix);

} // namespace dlstack::plan
