# SPDX-License-Identifier: GPL-3.0-or-later
if(NOT DLSTACK_BUILD_GUI)
    return()
endif()
# Log benchmarks: built with the tests, run only when asked: build/bin/bench_log [MiB].
dlstack_log_test(bench_log SOURCES bench_log.cpp ${dlstack_log_widget_sources} LABELS bench
    LIBS Qt6::Widgets Qt6::Concurrent TIMEOUT 900)
# The viewer comparison opens the file in dlstack-wizard --log, the CLI figure runs dlstack diagnose,
# each as its own process.
add_dependencies(bench_log dlstack-wizard dlstack)
