// File reading shared by the tests that load fixtures from disk.
#pragma once
#include <fstream>
#include <sstream>
#include <string>

namespace test_files {

// The whole file as bytes; "" when it cannot be read.
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace test_files
