#pragma once
// The migration of a sheet to a later checklist version (試行版 → Ver1.0, or along a
// chain of mappings to a later one), as a plan: which text goes into which cell of the
// target sheet (laid out like the template) and of the 移行メモ sheet. Pure logic on the
// sheet model; writing it is the office library's job. Names say "trial" for the source
// version and "Ver1.0" for the target: the first migration, and still the usual one.

#include <optional>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/migrate/chain.hpp"
#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::migrate {

inline constexpr const char* kMemoSheet = "移行メモ";
// The default migration: 試行版 → Ver1.0.
inline constexpr const char* kFromChecklist = "bank-api-trial-2017";
inline constexpr const char* kToChecklist = "card-api-1.0";

// One cell to write. Rows and columns are 0-based, in the output sheet's coordinates.
struct PlannedCell {
    int row = 0;
    int column = 0;
    std::string text;
    std::string comment;  // empty: no comment
    bool unlock = false;  // an own-item cell: editable like the template's answer cells
    bool wrap = true;     // false for titles and headings that may run across empty cells
};

// Why a Ver1.0 item needs a human look after migration.
struct Review {
    int number = 0;  // Ver1.0 通番
    std::string reason_ja;
    std::string reason_en;
};

// Where one answer of a trial row went.
struct Route {
    std::string from_column;      // column key in the trial sheet (current_status, …)
    std::string from_cell;        // A1 in the trial sheet
    std::vector<int> to_numbers;  // Ver1.0 通番; empty when the item was removed
    std::string to_column;        // column key in Ver1.0 (plan for future_plan); empty if removed
    std::vector<std::string> to_cells;  // A1 in the Ver1.0 sheet, one per to_numbers entry
    std::string text;
    bool has_comment = false;
};

// One trial row (official item or own item) and what happened to it.
struct TrialRow {
    std::string number_text;    // 通番 as written
    std::optional<int> number;  // for official items
    std::string relation;       // relation name, "own" for own items, "unknown" if unmapped
    std::vector<int> to_numbers;
    std::string reason;         // the mapping's reason
    std::vector<Route> routes;  // non-empty answers only
    // The mapping row's secondary links: a part of the item went to another item, or the
    // nearest item of a removed one. Nothing is routed there; the items get a review.
    std::vector<catalog::SecondaryLink> secondary;
};

struct Plan {
    std::string source;          // file name, for messages
    std::string from_checklist;  // the sheet's checklist id
    std::string to_checklist;    // the target's
    std::string from_label;      // 試行版, Ver1.0 …
    std::string to_label;
    std::vector<std::string> mapping_ids;        // the chain of mappings followed
    std::string mapping_id;                      // the chain's ids joined by " → "
    std::string mapping_version;                 // their versions, joined the same way
    std::vector<std::string> answer_columns;     // the source checklist's answer column keys
    settings::Role role = settings::Role::Both;  // who answered, judged from the answers
    int sheet_index = 0;                  // the trial checklist's sheet in the source workbook
    std::vector<PlannedCell> cells;       // the Ver1.0 sheet (answers and own rows)
    std::vector<PlannedCell> memo_cells;  // the 移行メモ sheet
    std::vector<TrialRow> trial_rows;
    std::vector<Review> reviews;
    int own_rows = 0;
    int other_cells = 0;  // input cells outside the checklist rows, kept in the 移行メモ
};

// Where the template puts things (office/checklist_template.hpp says the same).
struct TargetLayout {
    int header_row = 4;
    int first_item_row = 5;
    std::vector<std::string> column_keys;  // Ver1.0 columns in order
};
TargetLayout target_layout(const catalog::Checklist& checklist);

// `layout` is the sheet's layout; `to` the target checklist, joined to the sheet's
// checklist by a chain of mappings (PlanError otherwise: see resolve_chain).
Plan plan_migration(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                    const catalog::Catalog& catalog, const std::string& to = kToChecklist);

// The output as a workbook (only the planned cells: the template's official text is not
// part of the plan), sheet 0 the checklist and sheet 1 the 移行メモ.
sheet::Workbook planned_workbook(const Plan& plan, const std::string& checklist_sheet_name);

}  // namespace apichecklist::migrate
