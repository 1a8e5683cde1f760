#pragma once
// The sheets written by tests/fixtures/make_fixtures.py (ctest fixture validate_fixtures),
// read with the real reader.

#include <filesystem>
#include <string>

#include "apichecklist/io/read_workbook.hpp"
#include "catalog_fixture.hpp"

namespace apichecklist::test {

inline std::filesystem::path fixture(const std::string& name) {
    return std::filesystem::path(APICHECKLIST_TEST_FIXTURES) / name;
}

inline sheet::Workbook read_fixture(const std::string& name) {
    return io::read_workbook(fixture(name));
}

}  // namespace apichecklist::test
