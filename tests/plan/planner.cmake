# SPDX-License-Identifier: GPL-3.0-or-later
# Planner, recipes and exports.
dlstack_add_test(tst_planner SOURCES tst_planner.cpp plannerprofiles.h LABELS unit)
dlstack_add_test(tst_plannerexport SOURCES tst_plannerexport.cpp plannerprofiles.h LABELS integration TIMEOUT 120)
dlstack_add_test(tst_plancli SOURCES tst_plancli.cpp plannerprofiles.h LABELS integration TIMEOUT 300)
dlstack_add_test(tst_launchers SOURCES tst_launchers.cpp plannerprofiles.h LABELS integration LIBS Qt6::Network TIMEOUT 180)
dlstack_add_test(tst_xpuplan SOURCES tst_xpuplan.cpp LABELS unit LIBS dlstack_matrix_testspec)
dlstack_add_test(tst_sourcefallback SOURCES tst_sourcefallback.cpp LABELS integration LIBS dlstack_matrix_testspec TIMEOUT 180)
if(TARGET dlstack)
    add_dependencies(tst_sourcefallback dlstack)
endif()
dlstack_add_test(tst_rocmsource SOURCES tst_rocmsource.cpp plannerprofiles.h LABELS unit)
dlstack_add_test(tst_sourcebuildextras SOURCES tst_sourcebuildextras.cpp plannerprofiles.h LABELS unit)
