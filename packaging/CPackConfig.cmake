# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in the build directory makes a .deb of the CLI and the wizard.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/dlstack-wizard.desktop DESTINATION share/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.github.dlstack.metainfo.xml DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/dlstack.svg
        DESTINATION share/icons/hicolor/scalable/apps)
set(CPACK_PACKAGE_NAME dlstack)
set(CPACK_PACKAGE_VENDOR "The dlstack developers")
set(CPACK_PACKAGE_CONTACT "The dlstack developers <dlstack@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Set up deep-learning stacks (PyTorch, CUDA, ROCm) on Linux")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "git, python3, python3-venv, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, cmake, ninja-build")
set(CPACK_GENERATOR DEB)
include(CPack)
