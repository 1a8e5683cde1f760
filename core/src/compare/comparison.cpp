#include "apichecklist/compare/comparison.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "answer_text.hpp"
#include "apichecklist/compare/answer_sources.hpp"

namespace apichecklist::compare {

namespace {

struct RowIndex {
    std::map<int, const sheet::DataRow*> items;
    std::map<std::string, const sheet::DataRow*> own;
};

// The first row wins when a 通番 is duplicated; validate reports the duplicate.
RowIndex index_rows(const sheet::ChecklistLayout& layout) {
    RowIndex index;
    for (const sheet::DataRow& row : layout.rows) {
        if (row.kind == sheet::RowKind::Item && row.number)
            index.items.emplace(*row.number, &row);
        else if (row.kind == sheet::RowKind::OwnItem)
            index.own.emplace(own_item_key(row.number_text), &row);
    }
    return index;
}

std::string cell_text(const SheetInput& input, int row, const std::string& key) {
    const int column = input.layout.column(key);
    if (column < 0) return {};
    const sheet::Sheet& sheet = input.workbook.sheets[input.layout.sheet];
    // What the layout read for the item (対象者 marks, an item over two rows), else the cell.
    for (const sheet::DataRow& data : input.layout.rows)
        if (data.row == row)
            return normalized_answer(sheet::item_cell(sheet, input.layout, data, key).text);
    return normalized_answer(sheet.text(row, column));
}

std::optional<sheet::CellAddress> cell_of(const SheetInput& input, int row,
                                          const std::string& key) {
    const int column = input.layout.column(key);
    if (column < 0) return std::nullopt;
    return sheet::CellAddress{row, column};
}

struct Comparer {
    const SheetInput& old_sheet;
    const SheetInput& new_sheet;
    const catalog::Checklist& new_list;
    const catalog::Checklist* old_list;
    const VersionBridge& bridge;
    Date as_of;
    RowIndex old_rows;
    RowIndex new_rows;
    std::vector<const catalog::Column*> answer_columns;
    std::set<std::string> compared_keys;

    Comparer(const SheetInput& old_input, const SheetInput& new_input,
             const catalog::Checklist& new_checklist, const catalog::Checklist* old_checklist,
             const VersionBridge& versions, Date reference)
        : old_sheet(old_input),
          new_sheet(new_input),
          new_list(new_checklist),
          old_list(old_checklist),
          bridge(versions),
          as_of(reference),
          old_rows(index_rows(old_input.layout)),
          new_rows(index_rows(new_input.layout)) {}

    std::string old_answer(const std::vector<AnswerSource>& sources) const {
        std::vector<std::string> parts;
        for (const AnswerSource& source : sources) {
            const auto row = old_rows.items.find(source.number);
            if (row == old_rows.items.end()) continue;
            std::string text = cell_text(old_sheet, row->second->row, source.key);
            if (!text.empty()) parts.push_back(std::move(text));
        }
        return join_lines(parts);
    }

    std::string old_own_answer(int row, const std::string& new_key) const {
        std::vector<std::string> parts;
        for (const std::string& key : bridge.default_sources(new_key)) {
            std::string text = cell_text(old_sheet, row, key);
            if (!text.empty()) parts.push_back(std::move(text));
        }
        return join_lines(parts);
    }

    void compare_answers(ItemComparison& item, int new_row,
                         const std::map<std::string, std::string>& before) const {
        std::map<std::string, std::string> after;
        for (const catalog::Column* column : answer_columns) {
            if (!compared_keys.count(column->key)) continue;
            const std::string& old_text = before.at(column->key);
            const std::string new_text = cell_text(new_sheet, new_row, column->key);
            after[column->key] = new_text;
            if (old_text == new_text) continue;
            AnswerChange change;
            change.key = column->key;
            change.label = column->label;
            change.kind = old_text.empty()   ? AnswerChangeKind::Added
                          : new_text.empty() ? AnswerChangeKind::Removed
                                             : AnswerChangeKind::Changed;
            change.before = old_text;
            change.after = new_text;
            change.pieces = text::diff_chars(old_text, new_text);
            change.cell = cell_of(new_sheet, new_row, column->key);
            item.changes.push_back(std::move(change));
        }
        follow_issue(item, before, after, new_row);
    }

    // An item only one sheet has: each of its answers is all added (or all removed), at
    // its cell in that sheet.
    static void whole_answers(ItemComparison& item, const SheetInput& input,
                              const catalog::Checklist* checklist, int row, AnswerChangeKind kind) {
        if (!checklist) return;
        for (const catalog::Column& column : checklist->columns) {
            if (column.role != catalog::ColumnRole::Answer) continue;
            const std::string text = cell_text(input, row, column.key);
            if (text.empty()) continue;
            AnswerChange change;
            change.key = column.key;
            change.label = column.label;
            change.kind = kind;
            (kind == AnswerChangeKind::Added ? change.after : change.before) = text;
            change.pieces = text::diff_chars(change.before, change.after);
            change.cell = cell_of(input, row, column.key);
            item.changes.push_back(std::move(change));
        }
    }

    void follow_issue(ItemComparison& item, const std::map<std::string, std::string>& before,
                      const std::map<std::string, std::string>& after, int new_row) const {
        const bool has_issue = compared_keys.count("issue") > 0;
        if (has_issue) {
            const bool was_open = !before.at("issue").empty();
            const bool is_open = !after.at("issue").empty();
            if (was_open && !is_open) item.issue = IssueEvent::Closed;
            if (!was_open && is_open) item.issue = IssueEvent::Opened;
        }
        const std::string plan_key = new_list.column_by_key("plan") ? "plan" : "future_plan";
        if (!compared_keys.count(plan_key)) return;
        const std::string& old_plan = before.at(plan_key);
        const auto deadline = plan_deadline(old_plan);
        if (!deadline || !(*deadline < as_of)) return;
        // Without a 課題認識 column, a plan still written is a 課題 still open.
        const std::string still_open =
            has_issue ? after.at("issue") : cell_text(new_sheet, new_row, plan_key);
        if (still_open.empty()) return;
        item.overdue = OverduePlan{old_plan, *deadline, still_open};
    }

    ItemComparison numbered(const sheet::DataRow& row) const {
        ItemComparison item;
        item.key = std::to_string(*row.number);
        item.number = row.number;
        item.new_row = row.row;
        if (const catalog::Item* entry = new_list.item_by_number(*row.number))
            item.goal = entry->goal;
        const std::vector<int> predecessors = bridge.predecessors(*row.number);
        for (int n : predecessors)
            if (old_rows.items.count(n)) item.old_numbers.push_back(n);
        if (item.old_numbers.empty()) {
            item.status = predecessors.empty() && !bridge.same_version() ? ItemStatus::NewInVersion
                                                                         : ItemStatus::Added;
            whole_answers(item, new_sheet, &new_list, row.row, AnswerChangeKind::Added);
            return item;
        }
        item.old_row = old_rows.items.at(item.old_numbers.front())->row;
        std::map<std::string, std::string> before;
        for (const std::string& key : compared_keys)
            before[key] = old_answer(bridge.sources(*row.number, key));
        compare_answers(item, row.row, before);
        return item;
    }

    ItemComparison own(const sheet::DataRow& row) const {
        ItemComparison item;
        item.key = own_item_key(row.number_text);
        item.own_item = true;
        item.new_row = row.row;
        item.goal = cell_text(new_sheet, row.row, "goal");
        const auto old_row = old_rows.own.find(item.key);
        if (old_row == old_rows.own.end()) {
            item.status = ItemStatus::Added;
            whole_answers(item, new_sheet, &new_list, row.row, AnswerChangeKind::Added);
            return item;
        }
        item.old_row = old_row->second->row;
        std::map<std::string, std::string> before;
        for (const std::string& key : compared_keys)
            before[key] = old_own_answer(*item.old_row, key);
        compare_answers(item, row.row, before);
        return item;
    }

    std::vector<ItemComparison> only_in_old() const {
        std::vector<ItemComparison> items;
        for (const sheet::DataRow& row : old_sheet.layout.rows) {
            ItemComparison item;
            item.old_row = row.row;
            item.goal = cell_text(old_sheet, row.row, "goal");
            if (row.kind == sheet::RowKind::Item && row.number) {
                if (old_rows.items.at(*row.number) != &row) continue;  // a duplicate
                const std::vector<int> successors = bridge.successors(*row.number);
                if (std::any_of(successors.begin(), successors.end(),
                                [&](int n) { return new_rows.items.count(n) > 0; }))
                    continue;
                item.key = std::to_string(*row.number);
                item.number = row.number;
                item.old_numbers = {*row.number};
                if (old_list)
                    if (const catalog::Item* entry = old_list->item_by_number(*row.number))
                        item.goal = entry->goal;
                item.status = successors.empty() && !bridge.same_version()
                                  ? ItemStatus::DroppedInVersion
                                  : ItemStatus::Removed;
            } else if (row.kind == sheet::RowKind::OwnItem) {
                item.key = own_item_key(row.number_text);
                if (old_rows.own.at(item.key) != &row || new_rows.own.count(item.key)) continue;
                item.own_item = true;
                item.status = ItemStatus::Removed;
            } else {
                continue;
            }
            whole_answers(item, old_sheet, old_list, row.row, AnswerChangeKind::Removed);
            items.push_back(std::move(item));
        }
        return items;
    }
};

void count(Summary& summary, const ItemComparison& item) {
    switch (item.status) {
        case ItemStatus::Matched:
            ++summary.items_compared;
            ++(item.changes.empty() ? summary.items_unchanged : summary.items_changed);
            break;
        case ItemStatus::Added:
        case ItemStatus::NewInVersion:
            ++summary.items_added;
            break;
        case ItemStatus::Removed:
        case ItemStatus::DroppedInVersion:
            ++summary.items_removed;
            break;
    }
    for (const AnswerChange& change : item.changes) {
        if (change.kind == AnswerChangeKind::Added) ++summary.answers_added;
        if (change.kind == AnswerChangeKind::Removed) ++summary.answers_removed;
        if (change.kind == AnswerChangeKind::Changed) ++summary.answers_changed;
    }
    if (item.issue == IssueEvent::Closed) ++summary.issues_closed;
    if (item.issue == IssueEvent::Opened) ++summary.issues_opened;
    if (item.overdue) ++summary.plans_overdue;
}

}  // namespace

const char* answer_change_name(AnswerChangeKind kind) {
    switch (kind) {
        case AnswerChangeKind::Added:
            return "added";
        case AnswerChangeKind::Removed:
            return "removed";
        case AnswerChangeKind::Changed:
            return "changed";
    }
    return "changed";
}

const char* item_status_name(ItemStatus status) {
    switch (status) {
        case ItemStatus::Matched:
            return "matched";
        case ItemStatus::Added:
            return "added";
        case ItemStatus::Removed:
            return "removed";
        case ItemStatus::NewInVersion:
            return "new_in_version";
        case ItemStatus::DroppedInVersion:
            return "dropped_in_version";
    }
    return "matched";
}

const char* issue_event_name(IssueEvent event) {
    switch (event) {
        case IssueEvent::None:
            return "none";
        case IssueEvent::Closed:
            return "closed";
        case IssueEvent::Opened:
            return "opened";
    }
    return "none";
}

bool ItemComparison::has_news() const {
    return status != ItemStatus::Matched || !changes.empty() || issue != IssueEvent::None ||
           overdue.has_value();
}

bool ItemComparison::has_changes() const {
    return status != ItemStatus::Matched || !changes.empty() || issue != IssueEvent::None;
}

Summary& Summary::operator+=(const Summary& o) {
    for (auto [to, from] : {std::pair{&items_compared, o.items_compared},
                            {&items_unchanged, o.items_unchanged},
                            {&items_changed, o.items_changed},
                            {&items_added, o.items_added},
                            {&items_removed, o.items_removed},
                            {&answers_added, o.answers_added},
                            {&answers_removed, o.answers_removed},
                            {&answers_changed, o.answers_changed},
                            {&issues_closed, o.issues_closed},
                            {&issues_opened, o.issues_opened},
                            {&plans_overdue, o.plans_overdue}})
        *to += from;
    return *this;
}

bool Comparison::has_changes() const {
    return std::any_of(items.begin(), items.end(),
                       [](const ItemComparison& item) { return item.has_changes(); });
}

Comparison compare_sheets(const SheetInput& old_sheet, const SheetInput& new_sheet,
                          const catalog::Catalog& catalog, Date as_of) {
    const std::string& old_id = old_sheet.layout.checklist_id;
    const std::string& new_id = new_sheet.layout.checklist_id;
    const catalog::Checklist* new_list = catalog.checklist(new_id);
    const auto bridge = VersionBridge::between(catalog, old_id, new_id);
    if (!new_list || !bridge)
        throw IncomparableVersions("no mapping leads from " + old_id + " to " + new_id);

    Comparer comparer{old_sheet, new_sheet, *new_list, catalog.checklist(old_id), *bridge, as_of};
    Comparison result;
    result.old_checklist = old_id;
    result.new_checklist = new_id;
    result.as_of = as_of;
    for (const catalog::Mapping* step : bridge->chain()) result.mapping_ids.push_back(step->id);
    for (const catalog::Column& column : new_list->columns) {
        if (column.role != catalog::ColumnRole::Answer) continue;
        comparer.answer_columns.push_back(&column);
        if (bridge->default_sources(column.key).empty())
            result.uncompared_columns.push_back(column.key);
        else
            comparer.compared_keys.insert(column.key);
    }

    for (const sheet::DataRow& row : new_sheet.layout.rows) {
        ItemComparison item;
        if (row.kind == sheet::RowKind::Item && row.number) {
            if (comparer.new_rows.items.at(*row.number) != &row) continue;  // a duplicate
            item = comparer.numbered(row);
        } else if (row.kind == sheet::RowKind::OwnItem) {
            if (comparer.new_rows.own.at(own_item_key(row.number_text)) != &row) continue;
            item = comparer.own(row);
        } else {
            continue;
        }
        count(result.summary, item);
        if (item.has_news()) result.items.push_back(std::move(item));
    }
    for (ItemComparison& item : comparer.only_in_old()) {
        count(result.summary, item);
        result.items.push_back(std::move(item));
    }
    return result;
}

}  // namespace apichecklist::compare
