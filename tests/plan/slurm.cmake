# SPDX-License-Identifier: GPL-3.0-or-later
# The Slurm batch export, and a real single-node Slurm cluster running it (docs/cluster.md).
dlstack_add_test(tst_sbatchexport SOURCES tst_sbatchexport.cpp plannerprofiles.h LABELS unit TIMEOUT 120)
dlstack_add_test(tst_slurmcluster SOURCES tst_slurmcluster.cpp LABELS integration LIBS Qt6::Network TIMEOUT 900)
# A job killed at a one-minute time limit takes up to two more minutes (Slurm checks limits
# about every 30 s); the function waits longer than Qt Test's default 300 s allows.
set_tests_properties(tst_slurmcluster PROPERTIES ENVIRONMENT QTEST_FUNCTION_TIMEOUT=600000)
