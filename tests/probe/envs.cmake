# SPDX-License-Identifier: GPL-3.0-or-later
dlstack_add_test(tst_envimport SOURCES tst_envimport.cpp LABELS unit)
dlstack_add_test(tst_envprobes SOURCES tst_envprobes.cpp LABELS unit)
dlstack_add_test(tst_importlimits SOURCES tst_importlimits.cpp LABELS unit TIMEOUT 120)
dlstack_add_test(tst_torchinstall SOURCES tst_torchinstall.cpp LABELS integration TIMEOUT 180)
dlstack_add_test(tst_cudasources SOURCES tst_cudasources.cpp LABELS unit)
dlstack_add_test(tst_versionfiles SOURCES tst_versionfiles.cpp LABELS integration TIMEOUT 180)
dlstack_add_test(tst_pythonfinding SOURCES tst_pythonfinding.cpp LABELS unit)
