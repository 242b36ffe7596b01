# SPDX-License-Identifier: GPL-3.0-or-later
# The import corpus: every development-part fixture right (the test part is measured by tests/bench/import_eval).
dlstack_add_test(tst_importcorpus SOURCES tst_importcorpus.cpp importcorpus.h LABELS unit)
dlstack_add_test(tst_importsections SOURCES tst_importsections.cpp LABELS unit)
