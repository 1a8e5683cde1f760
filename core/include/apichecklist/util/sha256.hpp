#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace apichecklist::util {

std::string sha256_hex(std::string_view bytes);
std::string read_file(const std::filesystem::path& path);  // throws std::runtime_error

}  // namespace apichecklist::util
