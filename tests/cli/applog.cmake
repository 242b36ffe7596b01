# SPDX-License-Identifier: GPL-3.0-or-later
dlstack_add_test(tst_applogcli SOURCES tst_applogcli.cpp LABELS integration TIMEOUT 60)
add_dependencies(tst_applogcli dlstack)
