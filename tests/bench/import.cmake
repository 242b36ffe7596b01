# SPDX-License-Identifier: GPL-3.0-or-later
dlstack_add_test(bench_import SOURCES bench_import.cpp LABELS bench TIMEOUT 600)
add_dependencies(bench_import dlstack)
