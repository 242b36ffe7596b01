# SPDX-License-Identifier: GPL-3.0-or-later
dlstack_add_test(tst_gpuparsers SOURCES tst_gpuparsers.cpp LABELS unit)
dlstack_add_test(tst_gpuprobes SOURCES tst_gpuprobes.cpp LABELS unit)
dlstack_add_test(tst_intelgpu SOURCES tst_intelgpu.cpp LABELS unit)
dlstack_add_test(tst_intelimport SOURCES tst_intelimport.cpp LABELS unit)
dlstack_add_test(tst_nvml SOURCES tst_nvml.cpp LABELS unit)
