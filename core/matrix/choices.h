// SPDX-License-Identifier: GPL-3.0-or-later
// The choices a stack is made of, each an enum with one name table (choices.cpp): the words
// of the matrix data, the selection's JSON, the CLI's options and the docs. Names are parsed
// only at those edges; everything inside compares enums.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace dlstack::matrix {

enum class Route
{
    Prebuilt,
    Source
};

enum class EnvKind
{
    NewVenv,
    NewConda,
    Existing
};

// What torch computes on: the wheel variant's family.
enum class Backend
{
    Cuda,
    Rocm,
    Xpu, // Intel GPUs (Arc, Data Center GPU Max) through PyTorch's XPU wheels
    Cpu
};

// The compiler launcher of a source build (CMAKE_<LANG>_COMPILER_LAUNCHER).
enum class Launcher
{
    None,
    Ccache,
    Sccache,
    Distcc
};

// Where a missing CUDA toolkit comes from. Auto: conda in a conda env on CUDA 12+, else the runfile.
enum class ToolkitSource
{
    Auto,
    Runfile,
    Conda
};

// What a check and a plan are for: an install on this machine, another machine described by a
// profile (`--profile`, an imported paste), or a container image (`--format dockerfile`). A
// missing GPU or driver blocks only an install on this machine; elsewhere it is a note.
enum class Target
{
    ThisMachine,
    Profile,
    Image
};

QString routeName(Route route);                  // "prebuilt" | "source"
QString envKindName(EnvKind kind);               // "new_venv" | "new_conda" | "existing"
QString backendName(Backend backend);            // "cuda" | "rocm" | "xpu" | "cpu"
QString backendTitle(Backend backend);           // "CUDA" | "ROCm" | "XPU" | "CPU", for people
QString launcherName(Launcher launcher);         // "" | "ccache" | "sccache" | "distcc"
QString toolkitSourceName(ToolkitSource source); // "" | "runfile" | "conda"
QString targetName(Target target);               // "this_machine" | "profile" | "image"
std::optional<Route> routeFromName(QStringView name);
std::optional<EnvKind> envKindFromName(QStringView name); // also the CLI's "new-venv", "new-conda"
std::optional<Backend> backendFromName(QStringView name);
std::optional<Launcher> launcherFromName(QStringView name);           // "" and "none" are None
std::optional<ToolkitSource> toolkitSourceFromName(QStringView name); // "" and "auto" are Auto
std::optional<Target> targetFromName(QStringView name);

} // namespace dlstack::matrix
