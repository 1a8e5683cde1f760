#pragma once
// Answers carried from a filled sheet (the connector's master, or last year's) into another
// copy of the フォーマット (a card company's, blank or partly filled): which source answer goes
// into which cell of the target, which target texts stay as they are, and every source answer
// that went nowhere. Pure logic on the sheet model; the office library writes the plan into
// the target document together with the 転記メモ sheet (fill/memo.hpp).
//
// Official items are matched by the item: the same 通番 within a version, the catalog's
// mappings across versions (either direction: a Ver.1.0 master fills a 試行版 copy too).
// Own items (独自…, or a number the target's checklist does not have) are matched to the
// source's own items by their goals (goal_similarity at least the threshold); an own item with
// no match gets the closest official item's answer as a suggestion in the memo, never written.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::fill {

inline constexpr const char* kMemoSheet = sheet::kTransferMemoSheet;
// Own items whose folded goals share at least this share of character pairs are one item.
inline constexpr double kOwnItemThreshold = 0.6;

enum class MatchKind {
    SameItem,  // the same 通番 in the same version
    Mapped,    // through the catalog's mappings between versions
    OwnItem,   // an own item matched by goal similarity
    NotFound,  // nothing in the source (an own item may carry a suggestion)
};
const char* match_kind_name(MatchKind kind);  // same, mapped, own, not_found

// One non-empty answer cell of the source.
struct SourceAnswer {
    std::string sheet;
    sheet::CellAddress cell;
    std::string column_key;
    std::string number_text;  // the row's 通番 as written
    std::string text;
};

// One target cell the plan writes.
struct CellWrite {
    std::string sheet;
    sheet::CellAddress cell;
    std::string column_key;
    std::string text;
    std::string before;                   // what --force replaced; empty for an empty cell
    std::vector<std::string> from_cells;  // source A1 addresses
};

// A target cell that already held another text: kept (or replaced with --force), listed.
struct Conflict {
    std::string sheet;
    sheet::CellAddress cell;
    std::string column_key;
    std::string existing;
    std::string incoming;
    std::vector<std::string> from_cells;
    bool replaced = false;
};

// The closest official item for an own item nothing matched: shown, never written.
struct Suggestion {
    int number = 0;  // in the target's checklist
    double score = 0;
    std::vector<std::pair<std::string, std::string>> answers;  // column key → source text
};

struct TargetRow {
    std::string sheet;
    int row = 0;  // 0-based, its first sheet row
    std::string number_text;
    std::optional<int> number;  // the official item it is (after a wrong 通番 is seen)
    bool own = false;
    std::string goal;  // as written in the target
    MatchKind kind = MatchKind::NotFound;
    std::vector<std::string> source_numbers;  // source 通番 as written
    std::string relation;                     // mapping relation name for Mapped
    double score = 0;                         // own items: the goals' similarity
    std::vector<std::string> from_cells;
    int written = 0;    // cells written
    int unchanged = 0;  // cells that already held the source's text
    int conflicts = 0;
    std::optional<Suggestion> suggestion;
    bool needs_answer = false;  // 現在の対応状況 still empty and the role answers it
};

// A source answer that went into no target cell, with the reason.
struct Leftover {
    SourceAnswer answer;
    std::string reason_ja;
    std::string reason_en;
};

struct FillOptions {
    bool force = false;  // replace target texts (each listed with what it replaced)
    double threshold = kOwnItemThreshold;
    std::optional<settings::Role> role;  // who answers; else judged from the source's answers
};

struct FillPlan {
    std::string source;  // file names, for messages and the memo
    std::string target;
    std::string source_sheet;
    std::string from_checklist;
    std::string to_checklist;
    std::string from_label;  // 試行版, Ver1.0 …
    std::string to_label;
    std::vector<std::string> mapping_ids;  // the chain followed; empty within a version
    settings::Role role = settings::Role::Both;
    double threshold = kOwnItemThreshold;
    bool force = false;
    std::map<std::string, std::string> column_labels;  // column key → label as printed
    std::vector<std::string> target_sheets;            // the checklist sheets filled
    std::vector<TargetRow> rows;                       // sheet by sheet, in sheet order
    std::vector<CellWrite> writes;
    // Target cells that already held the source's text (an item over two rows: their joined
    // texts), left as they are; `text` is what the target holds.
    std::vector<CellWrite> unchanged;
    std::vector<Conflict> conflicts;
    std::vector<SourceAnswer> source_answers;  // every non-empty source answer
    std::vector<Leftover> leftovers;
    int items = 0;     // target rows that are items (official or own)
    int answered = 0;  // of them, with 現在の対応状況 after the fill
    int answered_before = 0;
};

// `source_layout` and `target_layout` are detect_layout's for each workbook; every checklist
// sheet of the target is filled (more_sheets too). Throws migrate::PlanError when no chain of
// mappings joins the two versions.
FillPlan plan_fill(const sheet::Workbook& source, const sheet::ChecklistLayout& source_layout,
                   const sheet::Workbook& target, const sheet::ChecklistLayout& target_layout,
                   const catalog::Catalog& catalog, const FillOptions& options = {});

// The target as it will read once the plan is written (without the 転記メモ sheet).
sheet::Workbook filled_workbook(const FillPlan& plan, const sheet::Workbook& target);

// Texts are compared without the whitespace around them (a cell that already holds the
// source's text with a trailing line break holds the same answer).
std::string trimmed_text(const std::string& text);

// 0..1: the share of character pairs two folded goal texts have in common (Dice).
double goal_similarity(const std::string& a, const std::string& b);

}  // namespace apichecklist::fill
