# SPDX-License-Identifier: GPL-3.0-or-later
# Development installs (--develop) and what `dlstack rebuild` finds in their plans.
dlstack_add_test(tst_developinstall SOURCES tst_developinstall.cpp plannerprofiles.h LABELS integration TIMEOUT 120)
if(TARGET dlstack)
    add_dependencies(tst_developinstall dlstack)
endif()
