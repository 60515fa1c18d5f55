# precis_module(NAME SOURCES ... DEPS ...)
# Declares the static library precis_<NAME> from SOURCES, with include/ and src/
# on its include path, linking DEPS publicly. Records it in PRECIS_MODULES.
function(precis_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(precis_${name} STATIC ${ARG_SOURCES})
  target_include_directories(precis_${name} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/src>
    $<INSTALL_INTERFACE:include>)
  target_link_libraries(precis_${name} PUBLIC ${ARG_DEPS})
  set_property(GLOBAL APPEND PROPERTY PRECIS_MODULE_LIST precis_${name})
endfunction()

# precis_test(NAME SOURCES ... DEPS ...)
# A GoogleTest executable registered with ctest, one ctest entry per test case.
# Tests run from the source tree root so they can open examples/ and ../shared.
function(precis_test name)
  if(NOT PRECIS_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} precis_testing GTest::gtest_main)
  gtest_discover_tests(${name}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    DISCOVERY_MODE PRE_TEST
    PROPERTIES ENVIRONMENT "PRECIS_BINARY=${PROJECT_BINARY_DIR}/apps/cli/precis")
endfunction()
