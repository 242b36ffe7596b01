# SPDX-License-Identifier: GPL-3.0-or-later
# The Ansible export, and Debian's ansible-playbook running it against hosts on this machine (docs/admins.md).
dlstack_add_test(tst_ansibleexport SOURCES tst_ansibleexport.cpp plannerprofiles.h LABELS unit TIMEOUT 120)
dlstack_add_test(tst_ansiblefleet SOURCES tst_ansiblefleet.cpp plannerprofiles.h LABELS integration TIMEOUT 600)
add_dependencies(tst_ansiblefleet dlstack)
# Each run of ansible-playbook over six hosts takes one to two minutes on two shared cores.
set_tests_properties(tst_ansiblefleet PROPERTIES ENVIRONMENT QTEST_FUNCTION_TIMEOUT=550000)
