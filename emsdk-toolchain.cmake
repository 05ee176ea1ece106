# The WASM build's toolchain entry:
#   cmake -S . -B build-wasm -DCMAKE_TOOLCHAIN_FILE=emsdk-toolchain.cmake && cmake --build build-wasm
# Works with an active emsdk ($EMSDK), an explicit $EMSCRIPTEN, or Debian's
# `emscripten` package (/usr/share/emscripten), in that order of preference.

set(_corroborate_em_candidates)
if(DEFINED ENV{EMSDK} AND NOT "$ENV{EMSDK}" STREQUAL "")
  list(APPEND _corroborate_em_candidates "$ENV{EMSDK}/upstream/emscripten")
endif()
if(DEFINED ENV{EMSCRIPTEN} AND NOT "$ENV{EMSCRIPTEN}" STREQUAL "")
  list(APPEND _corroborate_em_candidates "$ENV{EMSCRIPTEN}")
endif()
list(APPEND _corroborate_em_candidates "/usr/share/emscripten")

set(CORROBORATE_EMSCRIPTEN_ROOT "")
foreach(_dir IN LISTS _corroborate_em_candidates)
  if(EXISTS "${_dir}/cmake/Modules/Platform/Emscripten.cmake")
    set(CORROBORATE_EMSCRIPTEN_ROOT "${_dir}")
    break()
  endif()
endforeach()
if(CORROBORATE_EMSCRIPTEN_ROOT STREQUAL "")
  message(FATAL_ERROR "Emscripten not found (looked in: ${_corroborate_em_candidates}). "
                      "Install Debian's `emscripten` package (scripts/setup.sh does) or activate an emsdk.")
endif()

# Set before including: the platform file only picks node when this is unset,
# and emcmake's default adds --experimental-wasm-threads, which Node 20 rejects.
find_program(CORROBORATE_NODE NAMES node nodejs)
if(CORROBORATE_NODE)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${CORROBORATE_NODE}" CACHE FILEPATH "Runs WASM test binaries")
endif()

include("${CORROBORATE_EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")

# Debian's emscripten needs acorn (and friends) from /usr/share/nodejs when it
# links with optimisation, but nodesource's Node does not search there: give
# the link step NODE_PATH through a launcher. Harmless with an emsdk.
if(EXISTS "/usr/share/nodejs")
  set(CMAKE_CXX_LINKER_LAUNCHER "${CMAKE_COMMAND};-E;env;NODE_PATH=/usr/share/nodejs")
endif()
