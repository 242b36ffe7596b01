# SPDX-License-Identifier: GPL-3.0-or-later
dlstack_add_test(bench_matrix SOURCES bench_matrix.cpp LABELS bench TIMEOUT 300)
