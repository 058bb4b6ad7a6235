cmake_minimum_required(VERSION 3.25)
# The data flow has one direction (feeds → store → engines → UI) and the demo city is a
# data source like any other: fails when a file includes across a forbidden edge.
#   core/ (but core/sim/)   must not include core/sim/, ui/ or app/
#   core/store/             must not include core/feeds/, core/live/, core/status/ (the store knows no source or view)
#   ui/                     must not include core/sim/ or app/
# Run with -DSOURCE_DIR=<the source tree>.
set(rules
  "core|core/sim/|core/sim/ ui/ app/"
  "core/store||core/feeds/ core/live/ core/status/ core/sim/"
  "core/warnings||core/feeds/ core/live/ core/sim/"
  "ui||core/sim/ app/")
set(offenders "")
set(checked 0)
foreach(rule IN LISTS rules)
  string(REPLACE "|" ";" parts "${rule}")
  list(GET parts 0 folder)
  list(GET parts 1 exempt)
  list(GET parts 2 forbidden)
  string(REPLACE " " ";" forbidden "${forbidden}")
  file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
  foreach(f IN LISTS files)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
    if(exempt AND rel MATCHES "^${exempt}")
      continue()
    endif()
    math(EXPR checked "${checked} + 1")
    file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
      foreach(target IN LISTS forbidden)
        if(line MATCHES "\"${target}")
          list(APPEND offenders "${rel}: ${line}")
        endif()
      endforeach()
    endforeach()
  endforeach()
endforeach()
if(offenders)
  list(JOIN offenders "\n" text)
  message(FATAL_ERROR "includes against the data flow:\n${text}")
endif()
message(STATUS "${checked} files checked: no include against the data flow")
