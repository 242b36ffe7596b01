# SPDX-License-Identifier: GPL-3.0-or-later
# The Lmod modulefile export, loaded and unloaded by Debian's real Lmod (docs/admins.md).
dlstack_add_test(tst_modulefileexport SOURCES tst_modulefileexport.cpp LABELS integration TIMEOUT 120)
add_dependencies(tst_modulefileexport dlstack)
