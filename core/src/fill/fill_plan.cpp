// The fill plan: target rows matched to source rows (official items by the item, own items
// by their goals), each answer cell written, kept or listed as a conflict, and every source
// answer that found no place listed as a leftover.

#include "apichecklist/fill/fill_plan.hpp"

#include <algorithm>
#include <set>

#include "apichecklist/fill/labels.hpp"
#include "apichecklist/migrate/answer_labels.hpp"
#include "apichecklist/settings/role_choice.hpp"
#include "apichecklist/validate/misnumbered.hpp"
#include "routes.hpp"

namespace apichecklist::fill {

namespace {

using detail::ColumnMap;
using detail::Routes;

// A checklist row of a sheet as the fill sees it.
struct Row {
    const sheet::DataRow* data = nullptr;
    std::optional<int> number;  // the official item, its 通番 corrected when misnumbered
    bool own = false;
    std::string goal;
};

struct SheetRows {
    const sheet::Sheet* sheet = nullptr;
    const sheet::ChecklistLayout* layout = nullptr;
    std::vector<Row> rows;
    std::set<int> deleted;  // （欠番）/削除 rows: items the sheet's owner deleted on purpose
};

SheetRows rows_of(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                  const catalog::Checklist& checklist) {
    SheetRows out;
    out.sheet = &workbook.sheets.at(static_cast<std::size_t>(layout.sheet));
    out.layout = &layout;
    const std::map<int, int> misnumbered =
        validate::misnumbered_rows(*out.sheet, layout, checklist);
    for (const sheet::DataRow& data : layout.rows) {
        if (data.kind == sheet::RowKind::Deleted) {
            if (data.number) out.deleted.insert(*data.number);
            continue;
        }
        Row row;
        row.data = &data;
        row.goal = sheet::item_cell(*out.sheet, layout, data, "goal").text;
        if (data.kind == sheet::RowKind::Item && data.number &&
            checklist.item_by_number(*data.number)) {
            const auto corrected = misnumbered.find(data.row);
            row.number = corrected == misnumbered.end() ? *data.number : corrected->second;
        } else if (data.kind == sheet::RowKind::OwnItem || data.kind == sheet::RowKind::Item ||
                   !sheet::is_blank(row.goal)) {
            // 独自…, a number the checklist does not have, or a goal without a number.
            row.own = true;
        } else {
            continue;
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

std::string column_label(const catalog::Checklist& checklist, const std::string& key) {
    const catalog::Column* column = checklist.column_by_key(key);
    return column ? column->label : key;
}

// One source text bound for a target cell.
struct Piece {
    const SourceAnswer* answer = nullptr;
    bool split = false;  // the source item was split: the same answer goes to every part
};

class Planner {
  public:
    Planner(const sheet::Workbook& source, const sheet::ChecklistLayout& source_layout,
            const sheet::Workbook& target, const catalog::Catalog& catalog,
            const FillOptions& options, const std::string& target_checklist)
        : target_(target),
          options_(options),
          routes_(detail::resolve_routes(catalog, source_layout.checklist_id, target_checklist)),
          source_(rows_of(source, source_layout, *routes_.from)) {
        plan_.source = source.source;
        plan_.target = target.source;
        plan_.source_sheet = source_.sheet->name();
        plan_.from_checklist = routes_.from->id;
        plan_.to_checklist = routes_.to->id;
        plan_.from_label = routes_.from->label;
        plan_.to_label = routes_.to->label;
        plan_.mapping_ids = routes_.mapping_ids;
        for (const catalog::Checklist* list : {routes_.from, routes_.to})
            for (const catalog::Column& column : list->columns)
                plan_.column_labels[column.key] = column.label;
        plan_.threshold = options.threshold;
        plan_.force = options.force;
        plan_.role = options.role ? *options.role
                                  : settings::infer_role(source, source_layout, *routes_.from)
                                        .value_or(settings::Role::Both);
        collect_source_answers();
    }

    void fill_sheet(const sheet::ChecklistLayout& layout) {
        const SheetRows target = rows_of(target_, layout, *routes_.to);
        plan_.target_sheets.push_back(target.sheet->name());
        std::set<int> present;
        for (const Row& row : target.rows)
            if (row.number) present.insert(*row.number);
        const std::map<const Row*, std::pair<const Row*, double>> own_matches = match_own(target);
        for (const Row& row : target.rows) {
            TargetRow out;
            out.sheet = target.sheet->name();
            out.row = row.data->row;
            out.number_text = row.data->number_text;
            out.number = row.number;
            out.own = row.own;
            out.goal = row.goal;
            std::map<std::string, std::vector<Piece>> pieces;  // target key → texts
            if (row.number) {
                official_pieces(*row.number, out, pieces);
            } else if (const auto match = own_matches.find(&row); match != own_matches.end()) {
                out.kind = MatchKind::OwnItem;
                out.score = match->second.second;
                out.source_numbers.push_back(match->second.first->data->number_text);
                add_row_pieces(*match->second.first, routes_.own_columns, pieces);
            } else {
                out.suggestion = suggestion_for(row);
            }
            write_row(target, row, out, pieces);
            plan_.rows.push_back(std::move(out));
        }
        presence_.insert(present.begin(), present.end());
    }

    FillPlan finish() {
        list_leftovers();
        return std::move(plan_);
    }

  private:
    void collect_source_answers() {
        const std::vector<std::string> keys = routes_.from->answer_keys();
        for (const Row& row : source_.rows)
            for (const std::string& key : keys) {
                if (source_.layout->column(key) < 0) continue;
                const sheet::Cell& cell =
                    sheet::item_cell(*source_.sheet, *source_.layout, *row.data, key);
                if (sheet::is_blank(cell.text)) continue;
                SourceAnswer answer;
                answer.sheet = source_.sheet->name();
                answer.cell = {row.data->row, source_.layout->column(key)};
                answer.column_key = key;
                answer.number_text = row.data->number_text;
                answer.text = cell.text;
                plan_.source_answers.push_back(std::move(answer));
            }
    }

    const SourceAnswer* answer_at(const Row& row, const std::string& key) const {
        const int column = source_.layout->column(key);
        for (const SourceAnswer& answer : plan_.source_answers)
            if (answer.cell.row == row.data->row && answer.cell.column == column) return &answer;
        return nullptr;
    }

    void add_row_pieces(const Row& row, const ColumnMap& columns,
                        std::map<std::string, std::vector<Piece>>& pieces,
                        bool split = false) const {
        for (const auto& [source_key, target_keys] : columns)
            if (const SourceAnswer* answer = answer_at(row, source_key))
                for (const std::string& target_key : target_keys)
                    pieces[target_key].push_back({answer, split});
    }

    void official_pieces(int number, TargetRow& out,
                         std::map<std::string, std::vector<Piece>>& pieces) const {
        const auto sources = routes_.sources_of.find(number);
        if (sources == routes_.sources_of.end()) return;
        for (const detail::ItemSource& item : sources->second)
            for (const Row& row : source_.rows)
                if (row.number == item.source_number) {
                    out.kind =
                        routes_.mapping_ids.empty() ? MatchKind::SameItem : MatchKind::Mapped;
                    if (out.relation.empty() || item.relation != "same")
                        out.relation = item.relation;
                    out.source_numbers.push_back(row.data->number_text);
                    // One source answer copied to several target items: a split forward,
                    // a merge read backward.
                    add_row_pieces(row, item.columns, pieces,
                                   item.relation ==
                                       catalog::relation_name(routes_.backward
                                                                  ? catalog::Relation::MergedInto
                                                                  : catalog::Relation::SplitInto));
                }
    }

    // Own items one to one, the most similar pairs first.
    std::map<const Row*, std::pair<const Row*, double>> match_own(const SheetRows& target) {
        struct Pair {
            double score;
            const Row* target;
            const Row* source;
        };
        std::vector<Pair> pairs;
        for (const Row& t : target.rows)
            if (t.own && !sheet::is_blank(t.goal))
                for (const Row& s : source_.rows)
                    if (s.own) {
                        const double score = goal_similarity(t.goal, s.goal);
                        if (score >= options_.threshold) pairs.push_back({score, &t, &s});
                    }
        std::stable_sort(pairs.begin(), pairs.end(),
                         [](const Pair& a, const Pair& b) { return a.score > b.score; });
        std::map<const Row*, std::pair<const Row*, double>> out;
        std::set<const Row*> taken;
        for (const Pair& pair : pairs) {
            if (out.count(pair.target) || taken.count(pair.source)) continue;
            out[pair.target] = {pair.source, pair.score};
            taken.insert(pair.source);
        }
        return out;
    }

    // The official item closest to an own item's goal, with what the source answered there.
    std::optional<Suggestion> suggestion_for(const Row& row) const {
        constexpr double kSuggestionFloor = 0.3;
        const catalog::Item* best = nullptr;
        double best_score = 0;
        for (const catalog::Item& item : routes_.to->items) {
            const double score = goal_similarity(row.goal, item.goal);
            if (score > best_score) best = &item, best_score = score;
        }
        if (!best || best_score < kSuggestionFloor) return std::nullopt;
        TargetRow scratch;
        std::map<std::string, std::vector<Piece>> pieces;
        official_pieces(best->number, scratch, pieces);
        if (pieces.empty()) return std::nullopt;
        Suggestion suggestion;
        suggestion.number = best->number;
        suggestion.score = best_score;
        for (const auto& [key, list] : pieces) suggestion.answers.emplace_back(key, joined(list));
        return suggestion;
    }

    // As migrate joins them: a label per answer when several meet in one cell, a note to
    // review on a split item's copies.
    std::string joined(const std::vector<Piece>& list) const {
        std::string text;
        for (const Piece& piece : list) {
            if (!text.empty()) text += "\n\n";
            const std::string& number = piece.answer->number_text;
            if (piece.split)
                text += migrate::split_copy_label(plan_.from_label, number) + "\n";
            else if (list.size() > 1)
                text += migrate::item_label(plan_.from_label, number) + "\n";
            text += piece.answer->text;
        }
        return text;
    }

    void write_row(const SheetRows& target, const Row& row, TargetRow& out,
                   const std::map<std::string, std::vector<Piece>>& pieces) {
        const sheet::ChecklistLayout& layout = *target.layout;
        bool status_before = false;
        bool status_after = false;
        if (const int status = layout.column("current_status"); status >= 0) {
            status_before = !sheet::is_blank(
                sheet::item_cell(*target.sheet, layout, *row.data, "current_status").text);
            status_after = status_before;
        }
        for (const auto& [key, list] : pieces) {
            const int column = layout.column(key);
            if (column < 0) continue;  // the answers are listed as leftovers
            const std::string incoming = joined(list);
            std::vector<std::string> from_cells;
            for (const Piece& piece : list) from_cells.push_back(sheet::to_a1(piece.answer->cell));
            const sheet::Cell& top = target.sheet->at(row.data->row, column);
            const std::string existing =
                sheet::item_cell(*target.sheet, layout, *row.data, key).text;
            const bool occupied = !sheet::is_blank(existing) || sheet::has_content(top);
            out.from_cells.insert(out.from_cells.end(), from_cells.begin(), from_cells.end());
            if (occupied && trimmed_text(existing) == trimmed_text(incoming)) {
                ++out.unchanged;
                plan_.unchanged.push_back(
                    {target.sheet->name(), {row.data->row, column}, key, existing, {}, from_cells});
                for (const Piece& piece : list) placed_.insert(piece.answer);
                continue;
            }
            if (occupied) {
                Conflict conflict{
                    target.sheet->name(), {row.data->row, column}, key, existing, incoming,
                    from_cells,           options_.force};
                plan_.conflicts.push_back(conflict);
                ++out.conflicts;
                if (!options_.force) {
                    for (const Piece& piece : list) listed_.insert(piece.answer);
                    continue;
                }
            }
            CellWrite write;
            write.sheet = target.sheet->name();
            write.cell = {row.data->row, column};
            write.column_key = key;
            write.text = incoming;
            write.before = occupied ? existing : std::string();
            write.from_cells = from_cells;
            plan_.writes.push_back(std::move(write));
            ++out.written;
            for (const Piece& piece : list) placed_.insert(piece.answer);
            if (key == "current_status") status_after = true;
        }
        ++plan_.items;
        plan_.answered_before += status_before ? 1 : 0;
        plan_.answered += status_after ? 1 : 0;
        out.needs_answer = !status_after && role_answers(row);
    }

    bool role_answers(const Row& row) const {
        if (plan_.role == settings::Role::Both || row.own) return true;
        const catalog::Item* item = routes_.to->item_by_number(*row.number);
        if (!item) return true;
        const std::string& by = routes_.to->role_of_target(item->target);
        return by == "both" || by == settings::role_name(plan_.role);
    }

    void list_leftovers() {
        for (const SourceAnswer& answer : plan_.source_answers) {
            if (placed_.count(&answer) || listed_.count(&answer)) continue;
            Leftover leftover;
            leftover.answer = answer;
            reason_for(answer, leftover);
            plan_.leftovers.push_back(std::move(leftover));
        }
    }

    void reason_for(const SourceAnswer& answer, Leftover& out) const {
        const Row* row = nullptr;
        for (const Row& r : source_.rows)
            if (r.data->row == answer.cell.row) row = &r;
        const std::string label = column_label(*routes_.from, answer.column_key);
        if (row && row->own) {
            out.reason_ja = "相手先のシートに、目標が" + percent(options_.threshold) +
                            "以上一致する独自項目がありません";
            out.reason_en = "no own item of the target has a goal at least " +
                            percent(options_.threshold) + " alike";
            return;
        }
        const int number = row && row->number ? *row->number : 0;
        if (routes_.removed.count(number)) {
            out.reason_ja = plan_.to_label + " にはこの項目がありません（版の間で削除）";
            out.reason_en = "the item does not exist in " + plan_.to_label;
            return;
        }
        bool has_row = false;
        for (const auto& [target_number, sources] : routes_.sources_of)
            for (const detail::ItemSource& source : sources)
                if (source.source_number == number && presence_.count(target_number))
                    has_row = true;
        if (!has_row) {
            out.reason_ja = "相手先のシートにこの項目の行がありません（削除・欠番）";
            out.reason_en = "the target sheet has no row for this item (deleted)";
            return;
        }
        out.reason_ja = "相手先のシートに「" + label + "」を受ける列がありません";
        out.reason_en = "the target sheet has no column that takes " + label;
    }

    const sheet::Workbook& target_;
    FillOptions options_;
    Routes routes_;
    SheetRows source_;
    FillPlan plan_;
    std::set<int> presence_;  // target items with a row in some filled sheet
    std::set<const SourceAnswer*> placed_;
    std::set<const SourceAnswer*> listed_;  // in a conflict, kept in full in the memo
};

// The source sheet for a target sheet: the one of the same name, else the first.
const sheet::ChecklistLayout& source_sheet_for(const sheet::Workbook& source,
                                               const sheet::ChecklistLayout& layout,
                                               const std::string& target_sheet_name) {
    for (const sheet::ChecklistLayout& more : layout.more_sheets)
        if (source.sheets.at(static_cast<std::size_t>(more.sheet)).name() == target_sheet_name)
            return more;
    return layout;
}

}  // namespace

const char* match_kind_name(MatchKind kind) {
    switch (kind) {
        case MatchKind::SameItem:
            return "same";
        case MatchKind::Mapped:
            return "mapped";
        case MatchKind::OwnItem:
            return "own";
        case MatchKind::NotFound:
            return "not_found";
    }
    return "not_found";
}

FillPlan plan_fill(const sheet::Workbook& source, const sheet::ChecklistLayout& source_layout,
                   const sheet::Workbook& target, const sheet::ChecklistLayout& target_layout,
                   const catalog::Catalog& catalog, const FillOptions& options) {
    const std::string& first_name =
        target.sheets.at(static_cast<std::size_t>(target_layout.sheet)).name();
    Planner planner(source, source_sheet_for(source, source_layout, first_name), target, catalog,
                    options, target_layout.checklist_id);
    planner.fill_sheet(target_layout);
    for (const sheet::ChecklistLayout& more : target_layout.more_sheets)
        if (more.checklist_id == target_layout.checklist_id) planner.fill_sheet(more);
    return planner.finish();
}

std::string trimmed_text(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

sheet::Workbook filled_workbook(const FillPlan& plan, const sheet::Workbook& target) {
    sheet::Workbook out = target;
    for (const CellWrite& write : plan.writes)
        for (sheet::Sheet& sheet : out.sheets)
            if (sheet.name() == write.sheet) {
                sheet::Cell cell = sheet.at(write.cell);
                cell.kind = sheet::CellKind::Text;
                cell.text = write.text;
                cell.formula.clear();
                sheet.set(write.cell.row, write.cell.column, std::move(cell));
            }
    return out;
}

}  // namespace apichecklist::fill
