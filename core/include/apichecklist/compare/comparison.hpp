#pragma once
// Last year's answers against this year's: what the reviewer reads first when a
// checklist comes back for monitoring (解説書 3.4). Pure logic on two sheet models;
// docs/compare.md describes the result and its JSON form.

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/compare/plan_date.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/sheet/workbook.hpp"
#include "apichecklist/text/diff.hpp"

namespace apichecklist::compare {

struct SheetInput {
    const sheet::Workbook& workbook;
    const sheet::ChecklistLayout& layout;
};

// The two checklist versions are not joined by any chain of mappings (e.g. NEW is older).
class IncomparableVersions : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

enum class AnswerChangeKind { Added, Removed, Changed };
const char* answer_change_name(AnswerChangeKind kind);

struct AnswerChange {
    std::string key;    // column key of the NEW checklist (OLD one for an item only in OLD)
    std::string label;  // its header as printed: 現在の対応状況
    AnswerChangeKind kind = AnswerChangeKind::Changed;
    std::string before;  // OLD answer (several predecessors' answers joined by lines)
    std::string after;
    std::vector<text::DiffPiece> pieces;
    std::optional<sheet::CellAddress> cell;  // in the NEW sheet; OLD sheet for a removed item
};

enum class ItemStatus {
    Matched,           // in both sheets
    Added,             // only in NEW: added by the card company (or put back)
    Removed,           // only in OLD: deleted by the card company
    NewInVersion,      // only in NEW, and the NEW checklist version introduced it
    DroppedInVersion,  // only in OLD, and the NEW checklist version dropped it
};
const char* item_status_name(ItemStatus status);

enum class IssueEvent { None, Closed, Opened };
const char* issue_event_name(IssueEvent event);

struct OverduePlan {
    std::string plan;  // the OLD 対応計画 naming the deadline
    Date deadline;
    std::string issue;  // the 課題 still open in NEW
};

struct ItemComparison {
    std::string key;  // "12" or the own item's 通番 as written, e.g. 独自1
    bool own_item = false;
    std::optional<int> number;     // NEW checklist 通番 (OLD one for an OLD-only item)
    std::vector<int> old_numbers;  // OLD 通番 matched to it (predecessors across versions)
    std::string goal;              // the catalog's goal, or the own item's cell
    ItemStatus status = ItemStatus::Matched;
    std::optional<int> old_row;  // 0-based rows
    std::optional<int> new_row;
    std::vector<AnswerChange> changes;
    IssueEvent issue = IssueEvent::None;
    std::optional<OverduePlan> overdue;

    // An overdue plan is news for the reviewer but no change between the two sheets.
    bool has_news() const;
    bool has_changes() const;
};

struct Summary {
    int items_compared = 0;  // items present in both
    int items_unchanged = 0;
    int items_changed = 0;
    int items_added = 0;    // Added + NewInVersion
    int items_removed = 0;  // Removed + DroppedInVersion
    int answers_added = 0;
    int answers_removed = 0;
    int answers_changed = 0;
    int issues_closed = 0;
    int issues_opened = 0;
    int plans_overdue = 0;

    Summary& operator+=(const Summary& other);  // the counts of several sheet pairs
};

struct Comparison {
    std::string old_checklist;
    std::string new_checklist;
    std::vector<std::string> mapping_ids;  // the chain joining them; empty for one version
    Date as_of;
    std::vector<std::string> uncompared_columns;  // NEW answer columns with no OLD source
    std::vector<ItemComparison> items;            // only items with news, in NEW sheet order
    Summary summary;

    // Answers, items or 課題 differ (the exit code); overdue plans alone are no change.
    bool has_changes() const;
};

// Throws IncomparableVersions when the versions are not joined by the catalog's mappings.
Comparison compare_sheets(const SheetInput& old_sheet, const SheetInput& new_sheet,
                          const catalog::Catalog& catalog, Date as_of);

}  // namespace apichecklist::compare
