# The LibreOffice SDK as one INTERFACE target, `uno_sdk`: C++ headers for the UNO types
# (generated once into the build tree by cppumaker), the SDK headers, the definitions
# the headers need and the URE libraries. Include this file once from the top level;
# targets that talk to LibreOffice link uno_sdk.
#
#   APICHECKLIST_UNO_SDK (option, ON): look for the SDK; OFF or not found leaves
#   UNO_SDK_FOUND false and defines no target, so the project still configures.

option(APICHECKLIST_UNO_SDK "Build the parts that talk to LibreOffice (needs libreoffice-dev)" ON)
set(UNO_SDK_FOUND FALSE)
if(NOT APICHECKLIST_UNO_SDK OR TARGET uno_sdk)
  if(TARGET uno_sdk)
    set(UNO_SDK_FOUND TRUE)
  endif()
  return()
endif()

set(LO_SDK_DIR /usr/lib/libreoffice/sdk CACHE PATH "LibreOffice SDK")
set(LO_PROGRAM_DIR /usr/lib/libreoffice/program CACHE PATH "LibreOffice program directory")
find_program(UNO_CPPUMAKER cppumaker HINTS ${LO_SDK_DIR}/bin)
set(_uno_rdbs ${LO_PROGRAM_DIR}/types.rdb ${LO_PROGRAM_DIR}/types/offapi.rdb)
set(_uno_ok TRUE)
foreach(_needed ${_uno_rdbs} ${LO_SDK_DIR}/include/sal/types.h ${LO_SDK_DIR}/lib/libuno_cppu.so)
  if(NOT EXISTS ${_needed})
    message(STATUS "UNO SDK: ${_needed} is missing; parts that talk to LibreOffice are not built")
    set(_uno_ok FALSE)
  endif()
endforeach()
if(NOT UNO_CPPUMAKER)
  message(STATUS "UNO SDK: cppumaker not found; parts that talk to LibreOffice are not built")
  set(_uno_ok FALSE)
endif()
if(NOT _uno_ok)
  return()
endif()

# cppumaker needs an absolute output path ("cannot open  for writing" otherwise).
set(UNO_SDK_TYPES_DIR ${CMAKE_BINARY_DIR}/uno-types)
set(_uno_stamp ${UNO_SDK_TYPES_DIR}/.stamp)
add_custom_command(
  OUTPUT ${_uno_stamp}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${UNO_SDK_TYPES_DIR}
  COMMAND ${UNO_CPPUMAKER} -Gc -O${UNO_SDK_TYPES_DIR} ${_uno_rdbs}
  COMMAND ${CMAKE_COMMAND} -E touch ${_uno_stamp}
  DEPENDS ${_uno_rdbs}
  COMMENT "cppumaker: C++ headers for the UNO types"
  VERBATIM)
add_custom_target(uno_sdk_types DEPENDS ${_uno_stamp})

add_library(uno_sdk INTERFACE)
add_dependencies(uno_sdk uno_sdk_types)
# SYSTEM: SDK and generated headers warn, and CI builds with -Werror.
target_include_directories(uno_sdk SYSTEM INTERFACE ${LO_SDK_DIR}/include ${UNO_SDK_TYPES_DIR})
target_compile_definitions(uno_sdk INTERFACE LINUX UNX CPPU_ENV=gcc3)
target_link_directories(uno_sdk INTERFACE ${LO_SDK_DIR}/lib)
target_link_libraries(uno_sdk INTERFACE uno_cppuhelpergcc3 uno_salhelpergcc3 uno_cppu uno_sal)
# The runtime copies (.so.3) live in the program directory, not on the loader's path.
target_link_options(uno_sdk INTERFACE "-Wl,-rpath,${LO_PROGRAM_DIR}")
set(UNO_SDK_FOUND TRUE)
