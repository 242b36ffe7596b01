# SPDX-License-Identifier: GPL-3.0-or-later
# The wizard from the keyboard and for low vision: unique mnemonics per page (en, de, fr),
# Enter as the default button, the focus ring, WCAG contrast of the palette, a keys-only walk.
dlstack_add_test(tst_wizard_keyboard SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_wizard_keyboard.cpp LABELS ui
    LIBS dlstack_ui TIMEOUT 180)
# The Install page's time left: only from real, moving progress.
dlstack_add_test(tst_etaestimator SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_etaestimator.cpp LABELS unit
    LIBS dlstack_ui TIMEOUT 60)
# The sidebar of numbered steps, and the Install page at 1024x600, cancelled and failed.
dlstack_add_test(tst_wizard_frame SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_wizard_frame.cpp LABELS ui
    LIBS dlstack_ui TIMEOUT 120)
