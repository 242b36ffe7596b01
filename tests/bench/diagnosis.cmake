# SPDX-License-Identifier: GPL-3.0-or-later
# Scores the diagnosis knowledge base on the corpus: build/bin/diagnosis_eval [test|dev|all].
# Registered with the bench label: ctest -L bench -R diagnosis_eval (it reports, it does not gate).
add_executable(diagnosis_eval diagnosis_eval.cpp)
target_include_directories(diagnosis_eval PRIVATE ${PROJECT_SOURCE_DIR})
target_link_libraries(diagnosis_eval PRIVATE dlstack_log dlstack_warnings)
target_compile_definitions(diagnosis_eval PRIVATE DLSTACK_FIXTURES="${PROJECT_SOURCE_DIR}/tests/fixtures")
add_test(NAME diagnosis_eval COMMAND diagnosis_eval test)
set_tests_properties(diagnosis_eval PROPERTIES LABELS bench ENVIRONMENT "LC_ALL=C.UTF-8")
