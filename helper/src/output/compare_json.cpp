#include "compare_report.hpp"

namespace apichecklist::cli {

namespace {

using nlohmann::ordered_json;

ordered_json file_json(const ComparedFile& file) {
    return {{"file", file.path},
            {"checklist", file.layout->checklist_id},
            {"detected_by", file.layout->detected_by},
            {"sheet", file.workbook->sheets[file.layout->sheet].name()},
            {"header_row", file.layout->header_row + 1}};
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

}  // namespace

ordered_json comparison_json(const ComparedFile& old_file, const ComparedFile& new_file,
                             const compare::Comparison& comparison) {
    ordered_json items = ordered_json::array();
    for (const compare::ItemComparison& item : comparison.items) items.push_back(item_json(item));
    return {{"schema", 1},
            {"old", file_json(old_file)},
            {"new", file_json(new_file)},
            {"as_of", compare::to_iso(comparison.as_of)},
            {"mappings", comparison.mapping_ids},
            {"uncompared_columns", comparison.uncompared_columns},
            {"changed", comparison.has_changes()},
            {"summary", summary_json(comparison.summary)},
            {"items", items}};
}

}  // namespace apichecklist::cli
