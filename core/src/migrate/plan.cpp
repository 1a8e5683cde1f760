// The migration plan: answers of a sheet routed to the target version's items by the
// catalog mapping (a chain of them composed into one), own rows appended, everything
// else kept in the 移行メモ.

#include "apichecklist/migrate/plan.hpp"

#include <algorithm>
#include <set>

#include "apichecklist/migrate/answer_labels.hpp"
#include "apichecklist/settings/role_choice.hpp"
#include "plan_parts.hpp"

namespace apichecklist::migrate {

using detail::OtherCell;
using detail::Piece;
using detail::Pieces;
using detail::RowTexts;

namespace {

int column_index(const TargetLayout& target, const std::string& key) {
    const auto it = std::find(target.column_keys.begin(), target.column_keys.end(), key);
    return it == target.column_keys.end() ? -1 : static_cast<int>(it - target.column_keys.begin());
}

const std::vector<catalog::ColumnRoute>& routes_of(const catalog::Mapping& mapping,
                                                   const catalog::MappingRow& row) {
    return row.columns.empty() ? mapping.default_columns : row.columns;
}

const catalog::MappingRow* mapping_row(const catalog::Mapping& mapping, int number) {
    for (const auto& row : mapping.rows)
        if (row.from_number == number) return &row;
    return nullptr;
}

int item_index(const catalog::Checklist& checklist, int number) {
    for (std::size_t i = 0; i < checklist.items.size(); ++i)
        if (checklist.items[i].number == number) return static_cast<int>(i);
    return 0;
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const auto& part : parts) {
        if (part.empty()) continue;
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

// An own row's column → the target column that takes it.
std::string join_numbers(const std::vector<int>& numbers) {
    std::vector<std::string> parts;
    for (const int n : numbers) parts.push_back(std::to_string(n));
    return join(parts, "、");
}

std::string own_target_key(const std::string& key, const TargetLayout& target) {
    if (column_index(target, key) >= 0) return key;
    if (key == "future_plan") return "plan";
    if (key == "methods") return "remarks";
    return {};
}

}  // namespace

TargetLayout target_layout(const catalog::Checklist& checklist) {
    TargetLayout layout;
    for (const auto& column : checklist.columns) layout.column_keys.push_back(column.key);
    return layout;
}

Plan plan_migration(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                    const catalog::Catalog& catalog, const std::string& to) {
    const Chain chain = resolve_chain(catalog, layout.checklist_id, to);
    const catalog::Mapping* mapping = &chain.mapping;
    const catalog::Checklist* trial = chain.from;
    const catalog::Checklist* ver1 = chain.to;
    const std::vector<std::string> trial_answer_keys = trial->answer_keys();

    Plan plan;
    plan.source = workbook.source;
    plan.from_checklist = trial->id;
    plan.to_checklist = ver1->id;
    plan.from_label = trial->label;
    plan.to_label = ver1->label;
    for (const catalog::Mapping* step : chain.steps) plan.mapping_ids.push_back(step->id);
    plan.mapping_id = mapping->id;
    plan.mapping_version = mapping->version;
    plan.answer_columns = trial_answer_keys;
    plan.sheet_index = layout.sheet;
    plan.role = settings::infer_role(workbook, layout, *trial).value_or(settings::Role::Both);
    const TargetLayout target = target_layout(*ver1);
    const sheet::Sheet& sheet = workbook.sheets[static_cast<std::size_t>(layout.sheet)];

    std::set<std::tuple<int, int, int>> covered;  // (sheet, row, column): text placed
    std::set<std::tuple<int, int, int>> covered_comments;
    auto cover = [&](int row, int column, bool with_comment) {
        covered.insert({layout.sheet, row, column});
        if (with_comment) covered_comments.insert({layout.sheet, row, column});
    };

    Pieces pieces;
    std::vector<RowTexts> row_texts;
    int own_index = 0;
    const int first_own_row = target.first_item_row + static_cast<int>(ver1->items.size());

    for (const auto& data_row : layout.rows) {
        TrialRow trial_row;
        trial_row.number_text = data_row.number_text;
        trial_row.number = data_row.number;
        RowTexts texts;

        if (data_row.kind == sheet::RowKind::OwnItem) {
            trial_row.relation = "own";
            const int out_row = first_own_row + own_index++;
            std::map<std::string, std::vector<std::string>> by_key;
            std::map<std::string, std::vector<std::string>> comments_by_key;
            for (const auto& [key, column] : layout.columns) {
                const sheet::Cell& cell = sheet.at(data_row.row, column);
                const std::string to_key = own_target_key(key, target);
                if (to_key.empty()) continue;
                std::string text = cell.text;
                if (key == "methods" && !sheet::is_blank(text)) text = "【手法例】\n" + text;
                if (!sheet::is_blank(cell.text)) by_key[to_key].push_back(text);
                if (!cell.comment.empty()) comments_by_key[to_key].push_back(cell.comment);
                cover(data_row.row, column, true);
                if (!sheet::is_blank(cell.text) && key != "number") {
                    Route route;
                    route.from_column = key;
                    route.from_cell = sheet::to_a1({data_row.row, column});
                    route.to_column = to_key;
                    route.text = cell.text;
                    route.has_comment = !cell.comment.empty();
                    trial_row.routes.push_back(std::move(route));
                }
            }
            for (std::size_t c = 0; c < target.column_keys.size(); ++c) {
                const std::string& key = target.column_keys[c];
                PlannedCell out;
                out.row = out_row;
                out.column = static_cast<int>(c);
                out.text = join(by_key[key], "\n");
                out.comment = join(comments_by_key[key], "\n");
                out.unlock = true;
                plan.cells.push_back(std::move(out));
            }
            ++plan.own_rows;
            plan.trial_rows.push_back(std::move(trial_row));
            row_texts.push_back(std::move(texts));
            continue;
        }

        const catalog::MappingRow* row =
            data_row.number ? mapping_row(*mapping, *data_row.number) : nullptr;
        if (!row) {
            // An unnumbered row or a 通番 the 試行版 does not have: its cells go to the memo.
            trial_row.relation = "unknown";
            plan.trial_rows.push_back(std::move(trial_row));
            row_texts.push_back(std::move(texts));
            continue;
        }
        trial_row.relation = catalog::relation_name(row->relation);
        trial_row.to_numbers = row->to_numbers;
        trial_row.reason = row->reason;
        trial_row.secondary = row->secondary;

        for (const auto& [key, column] : layout.columns) {
            const sheet::Cell& cell = sheet.at(data_row.row, column);
            if (std::find(trial_answer_keys.begin(), trial_answer_keys.end(), key) !=
                trial_answer_keys.end())
                continue;
            if (!sheet::is_blank(cell.text)) texts.by_column.emplace_back(key, cell.text);
            cover(data_row.row, column, false);
        }
        for (const auto& route_spec : routes_of(*mapping, *row)) {
            const int column = layout.column(route_spec.from_key);
            if (column < 0) continue;
            const sheet::Cell& cell = sheet.at(data_row.row, column);
            if (sheet::is_blank(cell.text) && cell.comment.empty()) continue;
            Route route;
            route.from_column = route_spec.from_key;
            route.from_cell = sheet::to_a1({data_row.row, column});
            route.text = cell.text;
            route.has_comment = !cell.comment.empty();
            if (row->relation != catalog::Relation::Removed && !route_spec.to_keys.empty()) {
                route.to_numbers = row->to_numbers;
                route.to_column = route_spec.to_keys.front();
                for (const int number : row->to_numbers)
                    route.to_cells.push_back(
                        sheet::to_a1({target.first_item_row + item_index(*ver1, number),
                                      column_index(target, route.to_column)}));
                for (const int number : row->to_numbers)
                    for (const auto& to_key : route_spec.to_keys) {
                        Piece piece;
                        piece.trial_number = data_row.number_text;
                        piece.from_key = route_spec.from_key;
                        piece.text = sheet::is_blank(cell.text) ? std::string() : cell.text;
                        piece.comment = cell.comment;
                        piece.split = row->relation == catalog::Relation::SplitInto;
                        pieces[{number, to_key}].push_back(std::move(piece));
                    }
                cover(data_row.row, column, true);
            } else {
                cover(data_row.row, column, false);  // the memo keeps the text, comment below
            }
            trial_row.routes.push_back(std::move(route));
        }
        plan.trial_rows.push_back(std::move(trial_row));
        row_texts.push_back(std::move(texts));
    }

    // Predecessor counts decide whether answers need a label naming their trial 通番.
    std::map<int, int> predecessors;
    // A `new` row names the item it introduces: no predecessor.
    for (const auto& row : mapping->rows)
        if (row.from_number)
            for (const int number : row.to_numbers) ++predecessors[number];

    std::set<int> reviewed;
    auto add_review = [&](int number, std::string ja, std::string en) {
        plan.reviews.push_back({number, std::move(ja), std::move(en)});
        reviewed.insert(number);
    };

    for (auto& [where, list] : pieces) {
        const auto& [number, key] = where;
        // Joined answers read in 試行版 order, whatever the order of the sheet's rows.
        std::stable_sort(list.begin(), list.end(), [](const Piece& a, const Piece& b) {
            return sheet::parse_item_number(a.trial_number).value_or(0) <
                   sheet::parse_item_number(b.trial_number).value_or(0);
        });
        const int column = column_index(target, key);
        const int row_index = [&] {
            for (std::size_t i = 0; i < ver1->items.size(); ++i)
                if (ver1->items[i].number == number) return static_cast<int>(i);
            return -1;
        }();
        if (column < 0 || row_index < 0) continue;
        const bool labelled = predecessors[number] > 1 || list.size() > 1;
        std::vector<std::string> texts;
        std::vector<std::string> comments;
        bool moved_to_plan = false;  // 試行版 今後の対応予定 → 課題への対応計画
        for (const auto& piece : list) {
            const std::string label = item_label(plan.from_label, piece.trial_number);
            std::string prefix;
            if (piece.split)
                prefix = split_copy_label(plan.from_label, piece.trial_number) + "\n";
            else if (labelled)
                prefix = label + "\n";
            if (!piece.text.empty()) texts.push_back(prefix + piece.text);
            if (!piece.comment.empty())
                comments.push_back((labelled || piece.split ? label + "\n" : std::string()) +
                                   piece.comment);
            moved_to_plan = moved_to_plan || (!piece.text.empty() && piece.from_key != key);
        }
        PlannedCell out;
        out.row = target.first_item_row + row_index;
        out.column = column;
        out.text = join(texts, "\n\n");
        out.comment = join(comments, "\n\n");
        if (key == "plan" && moved_to_plan && !pieces.count({number, "issue"})) {
            const int issue = column_index(target, "issue");
            if (issue >= 0)
                plan.cells.push_back({out.row, issue, std::string(),
                                      plan.from_label +
                                          "の「今後の対応予定」を「課題への対応計画」に移しました。"
                                          "対応計画の前提となる課題認識を記入してください。",
                                      false});
            add_review(
                number,
                "課題認識が空欄: " + plan.from_label +
                    "の今後の対応予定を課題への対応計画に移しました。課題認識を記入してください。",
                "課題認識 is empty: the " + plan.from_label +
                    "'s 今後の対応予定 went to 課題への対応計画; write the issue it plans for");
        }
        if (key == "current_status" && list.size() > 1)
            add_review(number,
                       "複数の" + plan.from_label +
                           "項目の回答を結合しました。一つの回答に整理してください。",
                       "answers of several " + plan.from_label +
                           " items were joined; merge them into one answer");
        if (key == "current_status" &&
            std::any_of(list.begin(), list.end(), [](const Piece& p) { return p.split; }))
            add_review(number,
                       plan.from_label +
                           "の項目が分割され、同じ回答を分割先すべてに複写しました。この項目に当て"
                           "はまる部分だけを残してください。",
                       "the " + plan.from_label +
                           " item was split and its answer copied to every part; keep what applies "
                           "to this item");
        plan.cells.push_back(std::move(out));
    }
    for (const auto& item : ver1->items)
        if (predecessors[item.number] == 0)
            add_review(
                item.number,
                plan.to_label + " で新設された項目です。" + plan.from_label +
                    "に対応する回答はありません。新たに記入してください。",
                "new in " + plan.to_label + ": no " + plan.from_label + " answer; answer it");
    // Secondary links of answered rows: the answer stayed with the row's targets (or, for
    // a removed item, in full in the 移行メモ); the linked item needs a look.
    for (const TrialRow& trial_row : plan.trial_rows) {
        if (trial_row.routes.empty()) continue;
        const std::string label = plan.from_label + " 通番" + trial_row.number_text;
        for (const catalog::SecondaryLink& link : trial_row.secondary) {
            if (link.kind == "part")
                add_review(
                    link.to_number,
                    label + " の＜" + link.part + "＞はこの項目に移りました。" + label +
                        " の回答は" + plan.to_label + " 通番" + join_numbers(trial_row.to_numbers) +
                        " に移しています。該当する部分をこの項目に記入してください。",
                    "the ＜" + link.part + "＞ part of " + plan.from_label + " No. " +
                        trial_row.number_text + " moved to this item; its answer went to No. " +
                        join_numbers(trial_row.to_numbers) + ": take over what applies");
            else
                add_review(link.to_number,
                           label + "（削除）に最も近い項目です。移行メモに全文を残した " + label +
                               " の回答を確認し、当てはまる部分をこの項目に記入してください。",
                           plan.from_label + " No. " + trial_row.number_text +
                               " was removed and this is its nearest item: read its answer, kept "
                               "in full in the 移行メモ, and take over what applies");
        }
    }
    std::stable_sort(plan.reviews.begin(), plan.reviews.end(),
                     [](const Review& a, const Review& b) { return a.number < b.number; });

    // Everything else of the input: titles, headers, other sheets, extra columns, comments.
    std::vector<OtherCell> others;
    for (std::size_t s = 0; s < workbook.sheets.size(); ++s) {
        const sheet::Sheet& any = workbook.sheets[s];
        for (int r = 0; r < any.row_count(); ++r)
            for (int c = 0; c < any.column_count(); ++c) {
                const sheet::Cell& cell = any.at(r, c);
                const auto key = std::make_tuple(static_cast<int>(s), r, c);
                if (sheet::has_content(cell) && !sheet::is_blank(cell.text) && !covered.count(key))
                    others.push_back({any.name(), sheet::to_a1({r, c}), "内容", cell.text});
                if (!cell.comment.empty() && !covered_comments.count(key))
                    others.push_back({any.name(), sheet::to_a1({r, c}), "コメント", cell.comment});
            }
    }
    plan.other_cells = static_cast<int>(others.size());
    detail::write_memo(plan, *trial, *ver1, row_texts, others, target);
    return plan;
}

sheet::Workbook planned_workbook(const Plan& plan, const std::string& checklist_sheet_name) {
    sheet::Workbook out;
    out.source = plan.source;
    out.sheets.emplace_back(checklist_sheet_name);
    out.sheets.emplace_back(kMemoSheet);
    auto put = [](sheet::Sheet& sheet, const PlannedCell& planned) {
        sheet::Cell cell;
        cell.kind = planned.text.empty() ? sheet::CellKind::Empty : sheet::CellKind::Text;
        cell.text = planned.text;
        cell.comment = planned.comment;
        sheet.set(planned.row, planned.column, std::move(cell));
    };
    for (const auto& cell : plan.cells) put(out.sheets[0], cell);
    for (const auto& cell : plan.memo_cells) put(out.sheets[1], cell);
    return out;
}

}  // namespace apichecklist::migrate
