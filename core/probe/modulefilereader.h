// SPDX-License-Identifier: GPL-3.0-or-later
// ModulefileReader: what a cluster modulefile would do to the environment, read as text
// without running `module` (or Lua or Tcl). Both formats the module systems load:
//   Lmod Lua:  local root = "/apps/CUDA/12.4.0"   prepend_path("PATH", pathJoin(root, "bin"))
//              setenv("CUDA_HOME", "/appl/.../cuda-12.6.0")   prepend_path("PATH", cuda.."/bin")
//   Tcl:       #%Module   set root /apps/cuda/12.4   prepend-path PATH $root/bin
//              prepend-path --delim ":" PATH "/usr/local/cuda-8.0/bin"   setenv CUDA_HOME {/x}
// Only literal strings and variables set earlier in the file are resolved; anything
// computed (os.getenv, [exec ...]) is left out rather than guessed. Pure.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace dlstack::probe::modulefile {

enum class Format
{
    None, // not a modulefile
    Lua,
    Tcl
};

struct Effects
{
    Format format = Format::None;
    QStringList pathPrepends;      // directories put in front of PATH, in file order
    QMap<QString, QString> setenv; // CUDA_HOME -> "/apps/cuda/12.4"
};

// `fileName` decides Lua (.lua) against Tcl (first line "#%Module").
Effects read(const QString &fileName, const QString &text);

// The prefix of the first PATH entry ending in /bin ("/x/./bin" -> "/x"), else empty.
QString rootOf(const Effects &effects);

// "cuda" | "cudnn" | "nccl" | "gcc" | "python" | "conda" from a module family name
// ("CUDA", "cuDNN", "GCCcore", "Miniforge3", "anaconda3"); empty for anything else.
QString providesFromFamily(const QString &family);

} // namespace dlstack::probe::modulefile
