#pragma once
// Finds the checklist in a workbook: the sheet and header row holding the フォーマット
// columns, which checklist version it is, and every data row with its 通番. Works on
// the sheet model only, so the helper (liborcus) and the sidebar (UNO) share it.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::sheet {

// The hidden sheet holding the document's settings (role, ignores, checklist id) as JSON
// in A1; see docs/ignores-and-properties.md. Never searched for the checklist.
inline constexpr const char* kSettingsSheet = "_apichecklist";
// The summary sheet the report writes into the document (its tables repeat the checklist's
// headings). Never searched for the checklist, so it is never validated itself.
inline constexpr const char* kSummarySheet = "確認結果";
// The comparison with last year's answers the sidebar writes on request; skipped alike.
inline constexpr const char* kComparisonSheet = "比較結果";
// Where `fill` says where each answer came from (fill/memo.hpp); skipped alike.
inline constexpr const char* kTransferMemoSheet = "転記メモ";
// One of the sheets above: written by apichecklist, never the checklist.
bool is_tool_sheet(std::string_view name);
// Header rows are looked for in the first rows of each sheet.
inline constexpr int kHeaderSearchRows = 30;

enum class RowKind {
    Item,        // 通番 is a number (half- or full-width digits, number or text cell)
    OwnItem,     // 通番 starts with 独自: an item the company added itself
    Unnumbered,  // has content but its 通番 is empty or neither of the above
    Deleted,     // a numbered row marked （欠番） or 削除: deliberately deleted item
};

struct DataRow {
    int row = 0;
    RowKind kind = RowKind::Item;
    std::optional<int> number;  // for Item
    std::string number_text;    // the 通番 cell as written
    // Cells the layout read for this row instead of the one at (row, column of key): 対象者
    // from ○ marks, the texts of an item written over two rows joined. See item_cell().
    std::map<std::string, Cell> cells;
    int last_row = 0;  // the row's last sheet row (an item over two rows ends below row)
};

// A sheet that was not validated, and why (for every output's sheet list).
struct SkippedSheet {
    std::string name;
    std::string reason_ja;
    std::string reason_en;
};

// Something the layout read in a way the user may not expect, said once per sheet.
struct Reading {
    std::string ja;
    std::string en;
};

struct ChecklistLayout {
    std::string checklist_id;
    std::string detected_by;  // "option", "settings", "property" or "content"
    int sheet = 0;
    int header_row = 0;
    std::map<std::string, int> columns;  // column key (number, goal, …) → column index
    std::map<std::string, int>
        foreign_columns;        // keys of another checklist version, e.g. future_plan in Ver1.0
    std::vector<DataRow> rows;  // in sheet order
    int header_top = 0;         // first header row (two-row headers: header_row - 1)
    std::map<int, std::string> target_marks;  // 対象者 sub-column → target label it marks
    int status_column = -1;  // a 現在の対応状況 column of marks (〇/△/×) beside the text one
    std::vector<Reading> readings;
    // Further checklist sheets of the workbook (one per service or API), validated alike.
    std::vector<ChecklistLayout> more_sheets;
    std::vector<SkippedSheet> skipped_sheets;  // every other sheet, with the reason

    int column(const std::string& key) const;  // -1 when absent
    // The column of key among columns, else among foreign_columns; -1 when absent.
    int any_column(const std::string& key) const;
};

// The cell a rule reads for key in row: what the layout read (marks, joined rows), else the
// sheet's cell in the key's column.
const Cell& item_cell(const Sheet& sheet, const ChecklistLayout& layout, const DataRow& row,
                      const std::string& key);

// The top-left cell of the merged range an empty data cell (row, column) lies in, when the
// range begins under the header (区分 or 対象者 merged down over the items that share them,
// one answer over two items): the cell whose value it shows and where it is edited.
std::optional<CellAddress> merged_data_origin(const Sheet& sheet, const ChecklistLayout& layout,
                                              int row, int column);

// Which checklist version the sheet is, as far as it is said: `option` forces it (the CLI's
// --checklist), else `stored`, the one the document's settings name
// (settings::checklist_hint). An id the catalog does not have is passed over; then the
// document property apichecklist.checklist, then the sheet's content decide.
struct ChecklistHint {
    std::string option = {};
    std::string stored = {};
};

// nullopt when no sheet has a header row with at least 通番, セキュリティ対応目標 and
// 現在の対応状況 in its first kHeaderSearchRows rows.
std::optional<ChecklistLayout> detect_layout(const Workbook& workbook,
                                             const catalog::Catalog& catalog,
                                             const ChecklistHint& hint);

// What detect_layout looks for, for the "no checklist found" message.
std::string layout_search_description_ja();
std::string layout_search_description_en();
// The nearest thing to a checklist when detect_layout found none: the sheet and row, the
// headings found there and those missing. Empty when no sheet has even one heading.
std::string best_candidate_description_ja(const Workbook& workbook,
                                          const catalog::Catalog& catalog);
std::string best_candidate_description_en(const Workbook& workbook,
                                          const catalog::Catalog& catalog);

// 12, "12", "１２", " 12 ", No.12, #12, 12., 項番12 → 12; anything else → nullopt.
std::optional<int> parse_item_number(std::string_view text);
// 独自1, 独自-2, 独自項目A: the own-item convention (docs/validate.md).
bool is_own_item_marker(std::string_view text);

}  // namespace apichecklist::sheet
