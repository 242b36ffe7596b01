# SPDX-License-Identifier: GPL-3.0-or-later
dlstack_add_test(bench_detect SOURCES bench_detect.cpp LABELS bench TIMEOUT 300)
add_dependencies(bench_detect dlstack)
