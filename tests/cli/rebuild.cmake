# SPDX-License-Identifier: GPL-3.0-or-later
dlstack_add_test(tst_rebuildcli SOURCES tst_rebuildcli.cpp LABELS integration TIMEOUT 300)
add_dependencies(tst_rebuildcli dlstack)
