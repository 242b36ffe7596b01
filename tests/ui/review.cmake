# SPDX-License-Identifier: GPL-3.0-or-later
# The Review page's Dockerfile against `dlstack plan --format dockerfile`, and Install held
# back by preflight.
dlstack_add_test(tst_reviewexports SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reviewexports.cpp LABELS ui LIBS dlstack_ui TIMEOUT 120)
add_dependencies(tst_reviewexports dlstack)
# The Review page's network check against a local server, a refused port and a refusing proxy.
dlstack_add_test(tst_reviewnetwork SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reviewnetwork.cpp LABELS ui
    LIBS dlstack_ui Qt6::Network TIMEOUT 120)
