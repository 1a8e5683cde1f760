#include <algorithm>

#include "compare_report.hpp"

namespace apichecklist::cli {

namespace {

using nlohmann::ordered_json;

ordered_json sheet_json(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout) {
    return {{"sheet", workbook.sheets[layout.sheet].name()},
            {"checklist", layout.checklist_id},
            {"detected_by", layout.detected_by},
            {"header_row", layout.header_row + 1}};
}

ordered_json row_json(const std::optional<int>& row) {
    return row ? ordered_json(*row + 1) : ordered_json(nullptr);
}

const char* op_name(text::DiffOp op) {
    switch (op) {
        case text::DiffOp::Same:
            return "same";
        case text::DiffOp::Removed:
            return "removed";
        case text::DiffOp::Added:
            return "added";
    }
    return "same";
}

ordered_json change_json(const compare::AnswerChange& change) {
    ordered_json diff = ordered_json::array();
    for (const text::DiffPiece& piece : change.pieces)
        diff.push_back({{"op", op_name(piece.op)}, {"text", piece.text}});
    return {
        {"column", change.key},
        {"label", change.label},
        {"kind", compare::answer_change_name(change.kind)},
        {"cell", change.cell ? ordered_json(sheet::to_a1(*change.cell)) : ordered_json(nullptr)},
        {"before", change.before},
        {"after", change.after},
        {"diff", diff}};
}

ordered_json item_json(const compare::ItemComparison& item) {
    ordered_json changes = ordered_json::array();
    for (const compare::AnswerChange& change : item.changes) changes.push_back(change_json(change));
    ordered_json overdue = nullptr;
    if (item.overdue)
        overdue = {{"deadline", compare::to_iso(item.overdue->deadline)},
                   {"plan", item.overdue->plan},
                   {"issue", item.overdue->issue}};
    return {{"key", item.key},
            {"number", item.number ? ordered_json(*item.number) : ordered_json(nullptr)},
            {"own_item", item.own_item},
            {"goal", item.goal},
            {"status", compare::item_status_name(item.status)},
            {"old_numbers", item.old_numbers},
            {"old_row", row_json(item.old_row)},
            {"new_row", row_json(item.new_row)},
            {"changes", changes},
            {"issue", item.issue == compare::IssueEvent::None
                          ? ordered_json(nullptr)
                          : ordered_json(compare::issue_event_name(item.issue))},
            {"overdue_plan", overdue}};
}

ordered_json summary_json(const compare::Summary& s) {
    return {{"items_compared", s.items_compared},   {"items_unchanged", s.items_unchanged},
            {"items_changed", s.items_changed},     {"items_added", s.items_added},
            {"items_removed", s.items_removed},     {"answers_added", s.answers_added},
            {"answers_removed", s.answers_removed}, {"answers_changed", s.answers_changed},
            {"issues_closed", s.issues_closed},     {"issues_opened", s.issues_opened},
            {"plans_overdue", s.plans_overdue}};
}

ordered_json pair_json(const CompareRun& run, const ComparedSheets& compared) {
    const compare::Comparison& comparison = compared.comparison;
    return {{"old", sheet_json(*run.old_workbook, *compared.pair.old_layout)},
            {"new", sheet_json(*run.new_workbook, *compared.pair.new_layout)},
            {"paired_by", compare::paired_by_name(compared.pair.by)},
            {"mappings", comparison.mapping_ids},
            {"uncompared_columns", comparison.uncompared_columns},
            {"changed", comparison.has_changes()},
            {"summary", summary_json(comparison.summary)}};
}

}  // namespace

bool CompareRun::has_changes() const {
    return std::any_of(sheets.begin(), sheets.end(),
                       [](const ComparedSheets& s) { return s.comparison.has_changes(); }) ||
           std::any_of(uncompared.begin(), uncompared.end(),
                       [](const compare::UncomparedSheet& u) { return u.checklist; });
}

compare::Summary CompareRun::total() const {
    compare::Summary sum;
    for (const ComparedSheets& compared : sheets) sum += compared.comparison.summary;
    return sum;
}

ordered_json comparison_json(const CompareRun& run) {
    ordered_json sheets = ordered_json::array();
    ordered_json items = ordered_json::array();
    for (const ComparedSheets& compared : run.sheets) {
        sheets.push_back(pair_json(run, compared));
        const std::string& sheet = run.new_workbook->sheets[compared.pair.new_layout->sheet].name();
        for (const compare::ItemComparison& item : compared.comparison.items) {
            ordered_json j = item_json(item);
            j["sheet"] = sheet;
            items.push_back(std::move(j));
        }
    }
    ordered_json skipped = ordered_json::array();
    for (const compare::UncomparedSheet& u : run.uncompared)
        skipped.push_back({{"file", u.in_old ? "old" : "new"},
                           {"name", u.sheet.name},
                           {"checklist", u.checklist},
                           {"reason", u.sheet.reason_ja},
                           {"reason_en", u.sheet.reason_en}});
    return {{"schema", 2},
            {"old", {{"file", run.old_path}}},
            {"new", {{"file", run.new_path}}},
            {"as_of", compare::to_iso(run.as_of)},
            {"changed", run.has_changes()},
            {"summary", summary_json(run.total())},
            {"sheets", sheets},
            {"skipped_sheets", skipped},
            {"items", items}};
}

}  // namespace apichecklist::cli
