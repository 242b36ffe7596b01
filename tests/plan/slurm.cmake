# SPDX-License-Identifier: GPL-3.0-or-later
# The Slurm batch export, and a real single-node Slurm cluster running it (docs/cluster.md).
dlstack_add_test(tst_sbatchexport SOURCES tst_sbatchexport.cpp plannerprofiles.h LABELS unit TIMEOUT 120)
dlstack_add_test(tst_slurmcluster SOURCES tst_slurmcluster.cpp LABELS integration LIBS Qt6::Network TIMEOUT 400)
