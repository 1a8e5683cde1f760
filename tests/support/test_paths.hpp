#pragma once
// Paths the test binaries are built with (see tests/CMakeLists.txt).

#include <filesystem>

namespace apichecklist::test {

inline std::filesystem::path catalog_dir() { return APICHECKLIST_TEST_CATALOG; }
inline std::filesystem::path cli_binary() { return APICHECKLIST_TEST_CLI; }

}  // namespace apichecklist::test
