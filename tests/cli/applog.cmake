# SPDX-License-Identifier: GPL-3.0-or-later
dlstack_add_test(tst_applogcli SOURCES tst_applogcli.cpp LABELS integration TIMEOUT 60)
add_dependencies(tst_applogcli dlstack)
if(DLSTACK_BUILD_GUI)
    add_dependencies(tst_applogcli dlstack-wizard)
    target_compile_definitions(tst_applogcli PRIVATE DLSTACK_WIZARD="$<TARGET_FILE:dlstack-wizard>")
endif()
