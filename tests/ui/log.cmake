# SPDX-License-Identifier: GPL-3.0-or-later
# Log inspector widgets under the offscreen platform (widget sources compiled in, over dlstack_log).
dlstack_log_test(tst_logview SOURCES tst_logview.cpp ${dlstack_log_widget_sources} LABELS ui
    LIBS Qt6::Widgets Qt6::Concurrent TIMEOUT 120)
