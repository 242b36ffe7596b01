# SPDX-License-Identifier: GPL-3.0-or-later
# The install wizard walked page by page under the offscreen platform with replayed profiles.
dlstack_add_test(tst_wizard SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_wizard.cpp LABELS ui LIBS dlstack_ui dlstack_matrix_testspec
    TIMEOUT 180)
add_dependencies(tst_wizard dlstack) # defaultIsRecommendation runs `dlstack recommend`

# The settings dialog against a real Secret Service: gnome-keyring in a private D-Bus session.
add_executable(tst_wizard_settings ${CMAKE_CURRENT_LIST_DIR}/tst_wizard_settings.cpp)
target_link_libraries(tst_wizard_settings PRIVATE dlstack_ui Qt6::Test dlstack_testsupport dlstack_warnings)
find_program(DLSTACK_DBUS_RUN_SESSION dbus-run-session)
find_program(DLSTACK_GNOME_KEYRING gnome-keyring-daemon)
if(DLSTACK_DBUS_RUN_SESSION AND DLSTACK_GNOME_KEYRING)
    add_test(NAME tst_wizard_settings
        COMMAND ${DLSTACK_DBUS_RUN_SESSION} -- sh -c
            "echo test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec \"$0\""
            $<TARGET_FILE:tst_wizard_settings>)
    set_tests_properties(tst_wizard_settings PROPERTIES LABELS "ui;integration" TIMEOUT 120
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;DLSTACK_EXPECT_KEYRING=1")
endif()
# Without any D-Bus session the dialog must say that no keyring is available.
add_test(NAME tst_wizard_settings_nokeyring COMMAND tst_wizard_settings noKeyring)
set_tests_properties(tst_wizard_settings_nokeyring PROPERTIES LABELS "ui" TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/dlstack-no-bus;DLSTACK_EXPECT_NO_KEYRING=1")

# Screenshots of every page in light and dark palettes for docs/screenshots (not a test).
add_executable(wizard_screenshots ${CMAKE_CURRENT_LIST_DIR}/wizardscreenshots.cpp)
target_link_libraries(wizard_screenshots PRIVATE dlstack_ui dlstack_testsupport dlstack_warnings)

# The Install page with the real ProcessInstallDriver running `dlstack install` processes.
dlstack_add_test(tst_wizard_install SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_wizard_install.cpp LABELS "ui;integration"
    LIBS dlstack_ui TIMEOUT 180)
add_dependencies(tst_wizard_install dlstack)
add_dependencies(wizard_screenshots dlstack)
dlstack_add_test(tst_stagemodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stagemodel.cpp LABELS ui LIBS dlstack_ui TIMEOUT 60)
