# SPDX-License-Identifier: GPL-3.0-or-later
# GPU and driver probes and their parsers.
set(probe_gpu_sources
    nvidiaprobe.cpp pciprobe.cpp rocmprobe.cpp gpuimport.cpp
    nvidiasmiparser.h nvidiasmiparser.cpp nvidiaprocparser.h nvidiaprocparser.cpp
    lspciparser.h lspciparser.cpp rocmparsers.h rocmparsers.cpp
    nvidiasmixmlparser.h nvidiasmixmlparser.cpp amdsmiparsers.h amdsmiparsers.cpp
    nvml.h nvml.cpp sysfspci.h sysfspci.cpp pciidtable.h pciidtable.cpp intelruntime.h intelruntime.cpp
    syclparsers.h syclparsers.cpp xpusmiparser.h xpusmiparser.cpp
)
