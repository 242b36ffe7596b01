# SPDX-License-Identifier: GPL-3.0-or-later
# Log benchmarks: built with the tests, run only when asked (ctest -L bench, or directly).
dlstack_add_test(bench_log SOURCES bench_log.cpp LABELS bench LIBS dlstack_ui TIMEOUT 900)
