// The --help text: cli/help.txt, compiled in by cli/CMakeLists.txt
// (configure_file of help_text.cpp.in). "{version}" stands for the version.
#pragma once

namespace corroborate_cli {
extern const char* const kHelpText;
}  // namespace corroborate_cli
