#pragma once
// User-defined document properties (ODS meta.xml <meta:user-defined>, xlsx
// docProps/custom.xml <property>), e.g. apichecklist.checklist written by the template.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace apichecklist::io {

std::map<std::string, std::string> read_ods_user_properties(const std::filesystem::path& file,
                                                            std::uintmax_t max_bytes);
std::map<std::string, std::string> read_xlsx_custom_properties(const std::filesystem::path& file,
                                                               std::uintmax_t max_bytes);

}  // namespace apichecklist::io
