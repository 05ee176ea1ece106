# Included by scripts/sanitize.sh and scripts/fuzz.sh through CMAKE_PROJECT_INCLUDE: adds ASan +
# UBSan to our own targets only, once the whole tree is configured. The
# amalgamated simdjson.cpp is left uninstrumented: under UBSan it takes over
# 20 minutes to compile, and it is fuzzed upstream (its inline header code in
# our sources is still instrumented).
# scripts/fuzz.sh passes its own list (with fuzzer-no-link).
if(NOT DEFINED CORROBORATE_SANITIZE_FLAGS)
  set(CORROBORATE_SANITIZE_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
endif()
function(corroborate_apply_sanitizers)
  foreach(t corroborate_core corroborate_tests corroborate)
    if(TARGET ${t})
      target_compile_options(${t} PRIVATE ${CORROBORATE_SANITIZE_FLAGS})
      target_link_options(${t} PRIVATE -fsanitize=address,undefined)
    endif()
  endforeach()
endfunction()
cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL corroborate_apply_sanitizers)
