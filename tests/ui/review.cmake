# SPDX-License-Identifier: GPL-3.0-or-later
# The Review page's Dockerfile against `dlstack plan --format dockerfile`, and Install held
# back by preflight.
dlstack_add_test(tst_reviewexports SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reviewexports.cpp LABELS ui LIBS dlstack_ui TIMEOUT 120)
add_dependencies(tst_reviewexports dlstack)
