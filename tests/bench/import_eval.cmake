# SPDX-License-Identifier: GPL-3.0-or-later
# Scores `dlstack import` on the captured-output corpus: build/bin/import_eval [test|dev|all] [--new] [--list].
# Registered with the bench label: ctest -L bench -R import_eval (it reports, it does not gate).
add_executable(import_eval import_eval.cpp)
target_include_directories(import_eval PRIVATE ${PROJECT_SOURCE_DIR})
target_link_libraries(import_eval PRIVATE dlstack_probe dlstack_warnings)
target_compile_definitions(import_eval PRIVATE DLSTACK_FIXTURES="${PROJECT_SOURCE_DIR}/tests/fixtures")
add_test(NAME import_eval COMMAND import_eval test)
set_tests_properties(import_eval PROPERTIES LABELS bench ENVIRONMENT "LC_ALL=C.UTF-8")
