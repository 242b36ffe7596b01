# SPDX-License-Identifier: GPL-3.0-or-later
dlstack_add_test(tst_importcli SOURCES tst_importcli.cpp LABELS integration TIMEOUT 120)
add_dependencies(tst_importcli dlstack)
