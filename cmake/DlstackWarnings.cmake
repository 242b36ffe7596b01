# SPDX-License-Identifier: GPL-3.0-or-later
# dlstack_warnings: the warning flags every target of the project links.
# dlstack_strict_strings: no implicit const char* -> QString in core and ui, so user text goes through tr().
add_library(dlstack_warnings INTERFACE)
target_compile_options(dlstack_warnings INTERFACE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wno-missing-field-initializers)
if(DLSTACK_SANITIZE)
    target_compile_options(dlstack_warnings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(dlstack_warnings INTERFACE -fsanitize=address,undefined)
endif()

add_library(dlstack_strict_strings INTERFACE)
target_compile_definitions(dlstack_strict_strings INTERFACE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING)

# dlstack_add_module(NAME SOURCES ... LINKS ...): one static library per core folder;
# LINKS names the only modules it may use, so the link graph shows the architecture.
function(dlstack_add_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_library(dlstack_${name} STATIC ${ARG_SOURCES})
    target_include_directories(dlstack_${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(dlstack_${name} PUBLIC ${ARG_LINKS} PRIVATE dlstack_warnings dlstack_strict_strings)
    set_target_properties(dlstack_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    set_property(GLOBAL APPEND PROPERTY DLSTACK_CORE_MODULES dlstack_${name})
endfunction()
