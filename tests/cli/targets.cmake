# SPDX-License-Identifier: GPL-3.0-or-later
# `dlstack plan` and `check` for another machine's profile and for an image.
dlstack_add_test(tst_targetcli SOURCES tst_targetcli.cpp LABELS integration TIMEOUT 180)
add_dependencies(tst_targetcli dlstack)
