#pragma once
// The migration of a 試行版 sheet to a Ver1.0 sheet, as a plan: which text goes into
// which cell of the Ver1.0 sheet (laid out like the template) and of the 移行メモ sheet.
// Pure logic on the sheet model; writing it is the office library's job.

#include <optional>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::migrate {

inline constexpr const char* kMemoSheet = "移行メモ";
inline constexpr const char* kFromChecklist = "bank-api-trial-2017";
inline constexpr const char* kToChecklist = "card-api-1.0";

// One cell to write. Rows and columns are 0-based, in the output sheet's coordinates.
struct PlannedCell {
    int row = 0;
    int column = 0;
    std::string text;
    std::string comment;   // empty: no comment
    bool unlock = false;   // an own-item cell: editable like the template's answer cells
    bool wrap = true;      // false for titles and headings that may run across empty cells
};

// Why a Ver1.0 item needs a human look after migration.
struct Review {
    int number = 0;  // Ver1.0 通番
    std::string reason_ja;
    std::string reason_en;
};

// Where one answer of a trial row went.
struct Route {
    std::string from_column;       // column key in the trial sheet (current_status, …)
    std::string from_cell;         // A1 in the trial sheet
    std::vector<int> to_numbers;   // Ver1.0 通番; empty when the item was removed
    std::string to_column;         // column key in Ver1.0 (plan for future_plan); empty if removed
    std::vector<std::string> to_cells;  // A1 in the Ver1.0 sheet, one per to_numbers entry
    std::string text;
    bool has_comment = false;
};

// One trial row (official item or own item) and what happened to it.
struct TrialRow {
    std::string number_text;          // 通番 as written
    std::optional<int> number;        // for official items
    std::string relation;             // relation name, "own" for own items, "unknown" if unmapped
    std::vector<int> to_numbers;
    std::string reason;               // the mapping's reason
    std::vector<Route> routes;        // non-empty answers only
};

struct Plan {
    std::string source;  // file name, for messages
    std::string mapping_id;
    std::string mapping_version;
    std::string role;    // api, card or both: who answered, judged from the answered items
    int sheet_index = 0; // the trial checklist's sheet in the source workbook
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

class PlanError : public std::runtime_error {
  public:
    PlanError(std::string ja, std::string en)
        : std::runtime_error(std::move(en)), message_ja(std::move(ja)) {}
    std::string message_ja;
};

// `layout` must be a bank-api-trial-2017 layout of `workbook` (PlanError otherwise).
Plan plan_migration(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                    const catalog::Catalog& catalog);

// The output as a workbook (only the planned cells: the template's official text is not
// part of the plan), sheet 0 the checklist and sheet 1 the 移行メモ.
sheet::Workbook planned_workbook(const Plan& plan, const std::string& checklist_sheet_name);

}  // namespace apichecklist::migrate
