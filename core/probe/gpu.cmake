# SPDX-License-Identifier: GPL-3.0-or-later
# GPU and driver probes and their parsers.
set(probe_gpu_sources
    nvidiaprobe.cpp pciprobe.cpp rocmprobe.cpp gpuimport.cpp
)
