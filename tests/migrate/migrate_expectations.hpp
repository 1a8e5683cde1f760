#pragma once
// What a migrated sheet must hold, computed independently of the plan: for every answer
// of the trial sheet, the Ver1.0 cells the catalog mapping names must contain its text.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "apichecklist/io/read_workbook.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "catalog_fixture.hpp"

namespace apichecklist::test {

inline std::filesystem::path trial_fixtures() { return APICHECKLIST_TEST_TRIAL_FIXTURES; }

struct TrialSheet {
    sheet::Workbook workbook;
    sheet::ChecklistLayout layout;
};

inline TrialSheet read_trial(const std::filesystem::path& file) {
    TrialSheet trial{io::read_workbook(file), {}};
    const auto layout = sheet::detect_layout(trial.workbook, shipped_catalog());
    EXPECT_TRUE(layout.has_value()) << file;
    if (layout) trial.layout = *layout;
    return trial;
}

inline std::string trimmed(std::string text) {
    text.erase(0, text.find_first_not_of(" \n"));
    text.erase(text.find_last_not_of(" \n") + 1);
    return text;
}

// Counts checked answers so a test can also assert it checked something.
inline int expect_answers_at_mapped_cells(const TrialSheet& trial, const sheet::Sheet& output) {
    const catalog::Catalog& cat = shipped_catalog();
    const catalog::Mapping* mapping = cat.mapping("bank-api-trial-2017", "card-api-1.0");
    const catalog::Checklist* ver1 = cat.checklist("card-api-1.0");
    const std::vector<std::pair<std::string, std::string>> routes = {
        {"current_status", "current_status"}, {"future_plan", "plan"}, {"remarks", "remarks"}};
    std::map<std::string, int> ver1_column;
    for (std::size_t c = 0; c < ver1->columns.size(); ++c)
        ver1_column[ver1->columns[c].key] = static_cast<int>(c);
    const sheet::Sheet& input = trial.workbook.sheets[static_cast<std::size_t>(trial.layout.sheet)];
    int checked = 0;
    for (const auto& row : trial.layout.rows) {
        if (!row.number) continue;
        const auto mapped = std::find_if(mapping->rows.begin(), mapping->rows.end(),
                                         [&](const auto& m) { return m.from_number == row.number; });
        if (mapped == mapping->rows.end()) continue;
        for (const auto& [from, to] : routes) {
            const std::string text = trimmed(input.text(row.row, trial.layout.column(from)));
            if (text.empty()) continue;
            for (const int number : mapped->to_numbers) {
                int index = 0;
                while (ver1->items[static_cast<std::size_t>(index)].number != number) ++index;
                const std::string& got = output.text(5 + index, ver1_column[to]);
                EXPECT_NE(got.find(text), std::string::npos)
                    << "試行版 通番" << *row.number << " " << from << " → 通番" << number << " " << to
                    << "\n  expected to contain: " << text << "\n  got: " << got;
                ++checked;
            }
        }
    }
    return checked;
}

}  // namespace apichecklist::test
