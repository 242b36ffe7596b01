# SPDX-License-Identifier: GPL-3.0-or-later
# The System page's fact model against `dlstack import` of the same text: one fact sheet.
dlstack_add_test(tst_profilemodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_profilemodel.cpp LABELS ui LIBS dlstack_ui TIMEOUT 120)
add_dependencies(tst_profilemodel dlstack)
# The System page: greyed unsupported Pythons with their reason, Add environment offered on Options.
dlstack_add_test(tst_systempage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_systempage.cpp LABELS ui LIBS dlstack_ui TIMEOUT 120)
