#pragma once
// The sheet pairs written by tests/fixtures/make_compare_fixtures.py (ctest fixture
// compare_fixtures), read with the real reader and laid out by the real detection.

#include <filesystem>
#include <string>

#include "apichecklist/compare/comparison.hpp"
#include "apichecklist/io/read_workbook.hpp"
#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "catalog_fixture.hpp"

namespace apichecklist::test {

inline std::filesystem::path compare_fixture(const std::string& name) {
    return std::filesystem::path(APICHECKLIST_TEST_COMPARE_FIXTURES) / name;
}

struct LoadedSheet {
    sheet::Workbook workbook;
    sheet::ChecklistLayout layout;
};

inline LoadedSheet load_compare_fixture(const std::string& name) {
    LoadedSheet loaded{io::read_workbook(compare_fixture(name)), {}};
    loaded.layout =
        sheet::detect_layout(loaded.workbook, shipped_catalog(),
                             settings::checklist_hint(settings::read_settings(loaded.workbook)))
            .value();
    return loaded;
}

// Plans are judged against a fixed day, never today.
inline constexpr compare::Date kAsOf{2025, 4, 1};

inline compare::Comparison compare_fixtures(const std::string& old_name,
                                            const std::string& new_name) {
    const LoadedSheet old_sheet = load_compare_fixture(old_name);
    const LoadedSheet new_sheet = load_compare_fixture(new_name);
    return compare::compare_sheets({old_sheet.workbook, old_sheet.layout},
                                   {new_sheet.workbook, new_sheet.layout}, shipped_catalog(),
                                   kAsOf);
}

}  // namespace apichecklist::test
