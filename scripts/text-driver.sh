# Sourced by scripts/seed-check.sh and scripts/text-eval.sh: builds the
# plain-text extractor driver (tests/text_eval/text_driver.cpp, the text stage
# alone, no CMake) as "$1"/text_driver.
build_text_driver() {
  local root out="$1"
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  mkdir -p "$out"
  g++ -std=c++17 -O2 -fno-exceptions -I"$root/core/include" -I"$root/core/src" -I"$root/core/data" \
    "$root/tests/text_eval/text_driver.cpp" "$root"/core/src/{normalize,text_dates,text_lines,text_extract,text_utils,span,names}.cpp \
    -o "$out/text_driver"
}
