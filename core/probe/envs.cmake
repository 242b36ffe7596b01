# SPDX-License-Identifier: GPL-3.0-or-later
# Toolkit, cuDNN, conda and Python-environment probes and their parsers.
set(probe_envs_sources
    cudatoolkitprobe.cpp cudnnprobe.cpp condaprobe.cpp pythonenvprobe.cpp envimport.cpp
    nvccparser.h nvccparser.cpp cudnnparser.h cudnnparser.cpp condaparsers.h condaparsers.cpp
    collectenvparser.h collectenvparser.cpp collectenvsentinels.h collectenvsentinels.cpp checkenvparser.h checkenvparser.cpp pythonenvparsers.h pythonenvparsers.cpp
    condalocator.h condalocator.cpp cudalocator.h cudalocator.cpp pythonenvinspector.h pythonenvinspector.cpp
    modulesprobe.cpp modulefilereader.h modulefilereader.cpp dlstackenvs.h dlstackenvs.cpp
    torchinstall.h torchinstall.cpp cudacomponents.h cudacomponents.cpp rocmlocator.h rocmlocator.cpp
)
