# SPDX-License-Identifier: GPL-3.0-or-later
# bench_engine [download MiB] [extract MiB] [lines]: not run by default (label bench).
dlstack_add_test(bench_engine SOURCES bench_engine.cpp ../net/httptestserver.h LABELS bench TIMEOUT 900
    LIBS Qt6::Network)
