# SPDX-License-Identifier: GPL-3.0-or-later
# Log inspector widgets under the offscreen platform.
dlstack_add_test(tst_logview SOURCES tst_logview.cpp LABELS ui LIBS dlstack_ui TIMEOUT 120)
