# SPDX-License-Identifier: GPL-3.0-or-later
dlstack_add_test(tst_jobcli SOURCES tst_jobcli.cpp LABELS integration TIMEOUT 300)
add_dependencies(tst_jobcli dlstack)
