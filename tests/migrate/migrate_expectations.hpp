#pragma once
// What a migrated sheet must hold, computed independently of the plan: for every answer
// of the source sheet, the target cells the catalog mappings name must contain its text.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "apichecklist/io/read_workbook.hpp"
#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "catalog_fixture.hpp"

namespace apichecklist::test {

inline std::filesystem::path trial_fixtures() { return APICHECKLIST_TEST_TRIAL_FIXTURES; }

struct TrialSheet {
    sheet::Workbook workbook;
    sheet::ChecklistLayout layout;
};

inline TrialSheet read_trial(const std::filesystem::path& file,
                             const catalog::Catalog& cat = shipped_catalog()) {
    TrialSheet trial{io::read_workbook(file), {}};
    const auto layout = sheet::detect_layout(
        trial.workbook, cat, settings::checklist_hint(settings::read_settings(trial.workbook)));
    EXPECT_TRUE(layout.has_value()) << file;
    if (layout) trial.layout = *layout;
    return trial;
}

inline std::string trimmed(std::string text) {
    text.erase(0, text.find_first_not_of(" \n"));
    text.erase(text.find_last_not_of(" \n") + 1);
    return text;
}

// A source item's 通番 in the last version, following the catalog's mappings between
// the versions named, one after the other (read from the mapping data, not the plan).
inline std::vector<int> mapped_numbers(const catalog::Catalog& cat,
                                       const std::vector<std::string>& versions, int number) {
    std::vector<int> current{number};
    for (std::size_t v = 0; v + 1 < versions.size(); ++v) {
        const catalog::Mapping* mapping = cat.mapping(versions[v], versions[v + 1]);
        EXPECT_NE(mapping, nullptr) << versions[v] << " → " << versions[v + 1];
        if (!mapping) return {};
        std::vector<int> next;
        for (const auto& row : mapping->rows)
            if (row.from_number && std::count(current.begin(), current.end(), *row.from_number))
                next.insert(next.end(), row.to_numbers.begin(), row.to_numbers.end());
        current = next;
    }
    return current;
}

using ColumnRoutes = std::vector<std::pair<std::string, std::string>>;  // source key → target key
inline const ColumnRoutes kTrialRoutes = {
    {"current_status", "current_status"}, {"future_plan", "plan"}, {"remarks", "remarks"}};
inline const ColumnRoutes kVer1Routes = {
    {"current_status", "current_status"}, {"issue", "issue"},    {"plan", "plan"}, {"rule", "rule"},
    {"rule_location", "rule_location"},   {"remarks", "remarks"}};

// Every answer of the source sheet must be inside the target cell(s) the mappings name.
// Counts checked answers so a test can also assert it checked something.
inline int expect_answers_at_mapped_cells(const TrialSheet& trial, const sheet::Sheet& output,
                                          const catalog::Catalog& cat,
                                          const std::vector<std::string>& versions,
                                          const ColumnRoutes& routes) {
    const catalog::Checklist* target = cat.checklist(versions.back());
    std::map<std::string, int> target_column;
    for (std::size_t c = 0; c < target->columns.size(); ++c)
        target_column[target->columns[c].key] = static_cast<int>(c);
    const sheet::Sheet& input = trial.workbook.sheets[static_cast<std::size_t>(trial.layout.sheet)];
    int checked = 0;
    for (const auto& row : trial.layout.rows) {
        if (!row.number) continue;
        for (const auto& [from, to] : routes) {
            const std::string text = trimmed(input.text(row.row, trial.layout.column(from)));
            if (text.empty()) continue;
            for (const int number : mapped_numbers(cat, versions, *row.number)) {
                int index = 0;
                while (target->items[static_cast<std::size_t>(index)].number != number) ++index;
                const std::string& got = output.text(5 + index, target_column[to]);
                EXPECT_NE(got.find(text), std::string::npos)
                    << versions.front() << " 通番" << *row.number << " " << from << " → "
                    << versions.back() << " 通番" << number << " " << to
                    << "\n  expected to contain: " << text << "\n  got: " << got;
                ++checked;
            }
        }
    }
    return checked;
}

inline int expect_answers_at_mapped_cells(const TrialSheet& trial, const sheet::Sheet& output) {
    return expect_answers_at_mapped_cells(trial, output, shipped_catalog(),
                                          {"bank-api-trial-2017", "card-api-1.0"}, kTrialRoutes);
}

}  // namespace apichecklist::test
