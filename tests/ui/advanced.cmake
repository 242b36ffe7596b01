# SPDX-License-Identifier: GPL-3.0-or-later
# Beginners and experts: the Options page's Advanced section, reasons in view for fields that
# are off, version marks (latest, recommended, LTS) and no data doubts on the recommended default.
dlstack_add_test(tst_wizard_advanced SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_wizard_advanced.cpp LABELS ui
    LIBS dlstack_ui dlstack_matrix_testspec TIMEOUT 180)
