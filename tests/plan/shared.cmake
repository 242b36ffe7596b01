# SPDX-License-Identifier: GPL-3.0-or-later
# What the wizard and the CLI share from the plan module.
dlstack_add_test(tst_builddefaults SOURCES tst_builddefaults.cpp plannerprofiles.h LABELS unit)
dlstack_add_test(tst_dockerexport SOURCES tst_dockerexport.cpp plannerprofiles.h LABELS unit)
dlstack_add_test(tst_preflight SOURCES tst_preflight.cpp plannerprofiles.h LABELS unit)
dlstack_add_test(tst_bundlelist SOURCES tst_bundlelist.cpp LABELS unit)
dlstack_add_test(tst_networkneeds SOURCES tst_networkneeds.cpp LABELS unit)
dlstack_add_test(tst_verifyreport SOURCES tst_verifyreport.cpp LABELS integration TIMEOUT 120)
