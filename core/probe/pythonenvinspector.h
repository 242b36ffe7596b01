// SPDX-License-Identifier: GPL-3.0-or-later
// PythonEnvInspector: finds Python environments (active venv/conda env, conda envs, venvs
// of the pythons on PATH, the usual venv places, pyenv's virtualenvs, the ones dlstack made
// (dlstackEnvs), `detect --env` paths, the user site) and
// describes each from its files: pyvenv.cfg, conda-meta, site-packages/*.dist-info and
// torch/version.py. It never starts Python, so a hundred envs take milliseconds. Reentrant.
#pragma once

#include "core/probe/probecontext.h"
#include "core/probe/systemprofile.h"
#include "core/support/error.h"

namespace dlstack::probe {

struct PythonEnvCandidate
{
    QString path; // as found: a venv's python symlink is not resolved
    QString kind; // venv | conda | user | system
    bool active = false;
    QString source; // why it was looked at: "$VIRTUAL_ENV", "/home/u/.conda/environments.txt", ...
};

// Every environment worth inspecting, each once (by canonical path), active ones first.
QList<PythonEnvCandidate> locatePythonEnvs(const ProbeContext &context, const QStringList &condaEnvs);

// site-packages directories of an environment (lib/pythonX.Y/site-packages; the user site for "user").
QStringList sitePackagesDirs(const ProbeContext &context, const PythonEnvCandidate &candidate);

// A folder someone chose as an environment (the System page's and the Options page's "Add"
// buttons): a venv (pyvenv.cfg) or a conda environment (conda-meta/), read like a found one.
// An error that says why when the folder is missing, unreadable or neither. `dir` is
// absolute (host path); `source` says where it was chosen.
support::Result<PythonEnv> inspectChosenEnv(const ProbeContext &context, const QString &dir, const QString &source,
                                            QList<Problem> &problems);

// Reads the environment's files; unreadable files become problems of `probe`.
PythonEnv inspectPythonEnv(const ProbeContext &context, const PythonEnvCandidate &candidate, QList<Problem> &problems,
                           const QString &probe);

} // namespace dlstack::probe
