#include "apichecklist/sheet/layout.hpp"

#include <algorithm>

#include "apichecklist/search/normalize.hpp"
#include "layout_header.hpp"

namespace apichecklist::sheet {

namespace {

// Data rows searched for item matches when choosing checklist sheets (a sheet holds ~60).
constexpr int kScoredRows = 400;

bool starts_with(const std::u32string& text, const std::u32string& prefix) {
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

// Rows of the item goals that match the catalog: how much a sheet is a checklist.
int item_matches(const Sheet& sheet, const detail::HeaderMatch& header,
                 const catalog::Checklist& checklist) {
    const int number_column = header.columns.at("number");
    const int goal_column = header.columns.at("goal");
    int score = 0;
    for (int r = header.row + 1; r < std::min(sheet.row_count(), header.row + 1 + kScoredRows);
         ++r) {
        const auto number = parse_item_number(sheet.text(r, number_column));
        if (!number) continue;
        const catalog::Item* item = checklist.item_by_number(*number);
        if (item &&
            search::fold_chars(item->goal) == search::fold_chars(sheet.text(r, goal_column)))
            ++score;
    }
    return score;
}

// The checklist the rows' 通番 and goals fit best; header keys of a version count too.
std::string best_checklist(const Sheet& sheet, const detail::HeaderMatch& header,
                           const catalog::Catalog& catalog) {
    std::string best = catalog::kDefaultChecklist;
    int best_score = -1000000;
    for (const catalog::Checklist& checklist : catalog.checklists) {
        int score = 0;
        for (const auto& [key, column] : header.columns)
            score += checklist.column_by_key(key) ? 1 : -1;
        score += 2 * item_matches(sheet, header, checklist);
        if (score > best_score ||
            (score == best_score && checklist.id == catalog::kDefaultChecklist)) {
            best_score = score;
            best = checklist.id;
        }
    }
    return best;
}

int best_item_matches(const Sheet& sheet, const detail::HeaderMatch& header,
                      const catalog::Catalog& catalog) {
    int best = 0;
    for (const catalog::Checklist& checklist : catalog.checklists)
        best = std::max(best, item_matches(sheet, header, checklist));
    return best;
}

// Under the table and between chapters: notes, totals, 以上.
bool is_note_text(std::string_view text) {
    static const std::u32string kPrefixes[] = {
        search::fold_chars("記入件数"), search::fold_chars("件数"), search::fold_chars("合計"),
        search::fold_chars("小計"),     search::fold_chars("注"),   search::fold_chars("備考欄"),
    };
    std::string_view trimmed = text;
    while (!trimmed.empty() &&
           (trimmed.front() == ' ' || trimmed.front() == '\n' || trimmed.front() == '\t'))
        trimmed.remove_prefix(1);
    if (trimmed.starts_with("\u3000")) trimmed.remove_prefix(3);
    if (trimmed.starts_with("※") || trimmed.starts_with("＊") || trimmed.starts_with("*") ||
        trimmed.starts_with("（注") || trimmed.starts_with("(注"))
        return true;
    const std::u32string folded = search::fold_chars(text.substr(0, 256));
    if (folded == search::fold_chars("以上")) return true;
    for (const std::u32string& prefix : kPrefixes)
        if (starts_with(folded, prefix)) return true;
    return false;
}

// （欠番）, 欠番, 削除, 削除済み: an item deleted on purpose.
bool is_deleted_marker(std::string_view text) {
    const std::u32string folded = search::fold_chars(text.substr(0, 64));
    return folded == search::fold_chars("欠番") || folded == search::fold_chars("削除") ||
           folded == search::fold_chars("削除済み") || folded == search::fold_chars("削除済");
}

bool is_mark(std::string_view text) {
    static const char* const kMarks[] = {"○", "〇", "●", "◯", "✓", "✔", "レ", "◎", "v", "V", "x"};
    std::string trimmed(text);
    std::erase_if(trimmed, [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
    if (trimmed.empty()) return false;
    for (const char* mark : kMarks)
        if (trimmed == mark) return true;
    return search::fold_chars(trimmed).size() <= 1 && trimmed.size() <= 4;
}

// The catalog's label for a sub-header's target text (API接続先 → API 接続先), else the text.
std::string target_label(const catalog::Checklist& checklist, const std::string& written) {
    const std::u32string folded = search::fold_chars(written);
    for (const catalog::Target& target : checklist.targets)
        if (search::fold_chars(target.label) == folded) return target.label;
    return written;
}

const char* const kAnswerKeys[] = {"current_status",   "issue",   "plan",
                                   "future_plan",      "remarks", "related_rules",
                                   "related_sections", "methods"};

bool is_answer_key(const std::string& key) {
    return std::find(std::begin(kAnswerKeys), std::end(kAnswerKeys), key) != std::end(kAnswerKeys);
}

void join_into(DataRow& item, const Sheet& sheet, const ChecklistLayout& layout,
               const std::string& key, int row) {
    const int column = layout.any_column(key);
    const Cell& more = sheet.at(row, column);
    if (!has_content(more)) return;
    auto found = item.cells.find(key);
    if (found == item.cells.end()) {
        const Cell& first = sheet.at(item.row, column);
        found = item.cells.emplace(key, first).first;
        if (found->second.kind == CellKind::Empty) found->second.kind = CellKind::Text;
    }
    Cell& cell = found->second;
    if (!is_blank(cell.text)) cell.text += "\n";
    cell.text += more.text;
    if (more.kind == CellKind::Formula || more.kind == CellKind::Error) cell = more;
}

std::vector<DataRow> data_rows(const Sheet& sheet, const ChecklistLayout& layout,
                               const catalog::Checklist& checklist, int& unreadable_forms) {
    std::vector<DataRow> rows;
    const int number_column = layout.column("number");
    std::vector<std::pair<std::string, int>> columns(layout.columns.begin(), layout.columns.end());
    for (const auto& [key, column] : layout.foreign_columns) columns.emplace_back(key, column);
    for (int r = layout.header_row + 1; r < sheet.row_count(); ++r) {
        const Cell& number_cell = sheet.at(r, number_column);
        const std::string& number_text = number_cell.text;
        DataRow row;
        row.row = r;
        row.last_row = r;
        row.number_text = number_text;
        bool content = false;
        bool only_answers = true;
        bool only_notes = true;
        int filled = 0;
        for (int c = 0; c < sheet.column_count(); ++c) {
            const Cell& cell = sheet.at(r, c);
            if (!has_content(cell)) continue;
            ++filled;
            if (!is_note_text(cell.text)) only_notes = false;
        }
        for (const auto& [key, column] : columns) {
            if (!has_content(sheet.at(r, column))) continue;
            if (key != "number" && key != "category") content = true;
            if (!is_answer_key(key)) only_answers = false;
        }
        for (const auto& [column, label] : layout.target_marks)
            if (has_content(sheet.at(r, column))) only_answers = false;
        if ((row.number = parse_item_number(number_text))) {
            row.kind = RowKind::Item;
            for (const char* key : {"category", "goal", "target"})
                if (layout.column(key) >= 0 && is_deleted_marker(sheet.text(r, layout.column(key))))
                    row.kind = RowKind::Deleted;
            if (is_deleted_marker(number_text)) row.kind = RowKind::Deleted;
        } else if (is_own_item_marker(number_text)) {
            row.kind = RowKind::OwnItem;
        } else if (filled == 0 || only_notes || is_note_text(number_text)) {
            continue;  // blank separator, ※/（注） note, 記入件数, 以上
        } else if (is_blank(number_text) && only_answers && !rows.empty() &&
                   rows.back().kind != RowKind::Unnumbered && rows.back().last_row == r - 1) {
            // An item written over two rows (通番 merged down): its texts join the item's.
            for (const auto& [key, column] : columns)
                if (is_answer_key(key)) join_into(rows.back(), sheet, layout, key, r);
            rows.back().last_row = r;
            continue;
        } else {
            // Title, chapter and note lines carry no goal and no answer: not data rows.
            if (!content) continue;
            row.kind = RowKind::Unnumbered;
            if (!is_blank(number_text)) ++unreadable_forms;
        }
        for (const auto& [key, column] : columns)
            if (key != "number")
                if (const auto origin = merged_data_origin(sheet, layout, r, column))
                    row.cells.emplace(key, sheet.at(*origin));
        if (!layout.target_marks.empty() && row.kind != RowKind::Unnumbered) {
            std::string marked;
            for (const auto& [column, label] : layout.target_marks) {
                if (!is_mark(sheet.text(r, column))) continue;
                if (!marked.empty()) marked += "・";
                marked += target_label(checklist, label);
            }
            row.cells["target"] = Cell{CellKind::Text, marked, {}, {}};
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string header_text(const Sheet& sheet, const detail::HeaderMatch& header, int column) {
    for (int r = header.row; r >= header.top; --r)
        if (!is_blank(sheet.text(r, column))) return sheet.text(r, column);
    return {};
}

// Two columns both meant as 現在の対応状況: the one with the longer texts is the answer.
void choose_status_column(const Sheet& sheet, const detail::HeaderMatch& header,
                          ChecklistLayout& layout) {
    const auto found = header.candidates.find("current_status");
    if (found == header.candidates.end() || found->second.size() < 2) return;
    int best = -1;
    std::size_t best_length = 0;
    std::vector<std::size_t> lengths;
    for (const int column : found->second) {
        std::size_t length = 0;
        for (int r = header.row + 1; r < std::min(sheet.row_count(), header.row + 1 + kScoredRows);
             ++r)
            length += search::fold_chars(sheet.text(r, column).substr(0, 400)).size();
        if (best < 0 || length > best_length) {
            best = column;
            best_length = length;
        }
    }
    for (const int column : found->second)
        if (column != best && layout.status_column < 0) layout.status_column = column;
    layout.columns["current_status"] = best;
    layout.readings.push_back(
        {"「現在の対応状況」は " + column_letters(best) + " 列 (" +
             header_text(sheet, header, best).substr(0, 120) + ") を回答として、" +
             column_letters(layout.status_column) + " 列を状況の印として読みました",
         "現在の対応状況 read from column " + column_letters(best) + "; column " +
             column_letters(layout.status_column) + " read as a status mark"});
}

ChecklistLayout layout_of(const Workbook& workbook, int sheet_index,
                          const detail::HeaderMatch& header, const catalog::Catalog& catalog,
                          const ChecklistHint& hint) {
    const Sheet& sheet = workbook.sheets[std::size_t(sheet_index)];
    ChecklistLayout layout;
    layout.sheet = sheet_index;
    layout.header_row = header.row;
    layout.header_top = header.top;
    const auto property = workbook.properties.find("apichecklist.checklist");
    if (!hint.option.empty() && catalog.checklist(hint.option)) {
        layout.checklist_id = hint.option;
        layout.detected_by = "option";
    } else if (!hint.stored.empty() && catalog.checklist(hint.stored)) {
        layout.checklist_id = hint.stored;
        layout.detected_by = "settings";
    } else if (property != workbook.properties.end() && catalog.checklist(property->second)) {
        layout.checklist_id = property->second;
        layout.detected_by = "property";
    } else {
        layout.checklist_id = best_checklist(sheet, header, catalog);
        layout.detected_by = "content";
    }
    const catalog::Checklist& checklist = *catalog.checklist(layout.checklist_id);
    for (const auto& [key, column] : header.columns) {
        if (checklist.column_by_key(key))
            layout.columns[key] = column;
        else
            layout.foreign_columns[key] = column;
    }
    layout.target_marks = header.target_marks;
    if (header.top < header.row)
        layout.readings.push_back({"見出しを 2 行 (" + std::to_string(header.top + 1) + "〜" +
                                       std::to_string(header.row + 1) + " 行目) として読みました",
                                   "header read over rows " + std::to_string(header.top + 1) + "–" +
                                       std::to_string(header.row + 1)});
    if (!layout.target_marks.empty())
        layout.readings.push_back(
            {"「対象者」を " + column_letters(layout.target_marks.begin()->first) + "〜" +
                 column_letters(layout.target_marks.rbegin()->first) + " 列の○印から読みました",
             "対象者 read from the marks in columns " +
                 column_letters(layout.target_marks.begin()->first) + "–" +
                 column_letters(layout.target_marks.rbegin()->first)});
    choose_status_column(sheet, header, layout);
    int unreadable = 0;
    layout.rows = data_rows(sheet, layout, checklist, unreadable);
    return layout;
}

std::u32string strip_number_prefix(std::u32string folded) {
    static const std::u32string kPrefixes[] = {search::fold_chars("項番"),
                                               search::fold_chars("通番"), search::fold_chars("No"),
                                               search::fold_chars("番号")};
    for (const std::u32string& prefix : kPrefixes)
        if (starts_with(folded, prefix)) return folded.substr(prefix.size());
    return folded;
}

}  // namespace

int ChecklistLayout::column(const std::string& key) const {
    const auto found = columns.find(key);
    return found == columns.end() ? -1 : found->second;
}

int ChecklistLayout::any_column(const std::string& key) const {
    if (const int c = column(key); c >= 0) return c;
    const auto found = foreign_columns.find(key);
    return found == foreign_columns.end() ? -1 : found->second;
}

std::optional<CellAddress> merged_data_origin(const Sheet& sheet, const ChecklistLayout& layout,
                                              int row, int column) {
    // A covered cell that holds something itself keeps it (that is what the file says about
    // the row); a range from the title or header carries no item's value.
    if (has_content(sheet.at(row, column))) return std::nullopt;
    const std::optional<CellAddress> origin = sheet.merge_origin(row, column);
    if (!origin || origin->row <= layout.header_row) return std::nullopt;
    return origin;
}

const Cell& item_cell(const Sheet& sheet, const ChecklistLayout& layout, const DataRow& row,
                      const std::string& key) {
    if (const auto found = row.cells.find(key); found != row.cells.end()) return found->second;
    return sheet.at(row.row, layout.any_column(key));
}

bool is_tool_sheet(std::string_view name) {
    return name == kSettingsSheet || name == kSummarySheet || name == kComparisonSheet ||
           name == kTransferMemoSheet;
}

std::optional<int> parse_item_number(std::string_view text) {
    if (text.size() > 64) return std::nullopt;
    // fold_chars drops punctuation and spaces: No. 1, #1 and 1. all come out as …1.
    const std::u32string folded = strip_number_prefix(search::fold_chars(text));
    if (folded.empty() || folded.size() > 4) return std::nullopt;
    int value = 0;
    for (char32_t c : folded) {
        if (c < U'0' || c > U'9') return std::nullopt;
        value = value * 10 + int(c - U'0');
    }
    return value > 0 ? std::optional<int>(value) : std::nullopt;
}

bool is_own_item_marker(std::string_view text) {
    static const std::u32string kMarker = search::fold_chars("独自");
    return search::fold_chars(text.substr(0, 64)).rfind(kMarker, 0) == 0;
}

std::optional<ChecklistLayout> detect_layout(const Workbook& workbook,
                                             const catalog::Catalog& catalog,
                                             const ChecklistHint& hint) {
    struct Candidate {
        int sheet;
        detail::HeaderMatch header;
        int matches;
    };
    std::vector<Candidate> candidates;
    std::vector<SkippedSheet> skipped;
    for (std::size_t i = 0; i < workbook.sheets.size(); ++i) {
        const std::string& name = workbook.sheets[i].name();
        if (is_tool_sheet(name)) continue;
        detail::HeaderMatch match = detail::find_header(workbook.sheets[i], catalog);
        if (match.row < 0) {
            skipped.push_back({name, "チェックリストの見出し行がない", "no checklist header row"});
            continue;
        }
        const int matches = best_item_matches(workbook.sheets[i], match, catalog);
        candidates.push_back({int(i), std::move(match), matches});
    }
    if (candidates.empty()) return std::nullopt;
    // The sheet whose rows match the catalog's items best; then the fuller header.
    const auto best = std::max_element(
        candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
            return std::pair(a.matches, a.header.score()) < std::pair(b.matches, b.header.score());
        });
    const int best_matches = best->matches;
    std::vector<const Candidate*> chosen;
    for (const Candidate& c : candidates) {
        // Another sheet full of the catalog's items is a checklist too (one per service).
        const bool checklist = &c == &*best || (c.matches >= 5 && 2 * c.matches >= best_matches);
        if (checklist) {
            chosen.push_back(&c);
        } else {
            const std::string n = std::to_string(c.matches);
            skipped.push_back(
                {workbook.sheets[std::size_t(c.sheet)].name(),
                 std::string("見出し行はあるが、確認項目と一致する行が") +
                     (c.matches == 0 ? "ない" : " " + n + " 行しかない") +
                     "（記入例・記入要領とみなした）",
                 "a header row but only " + n +
                     " rows match the checklist's items (taken for an example or instructions)"});
        }
    }
    std::sort(skipped.begin(), skipped.end(), [&](const SkippedSheet& a, const SkippedSheet& b) {
        const auto index = [&](const std::string& name) {
            for (std::size_t i = 0; i < workbook.sheets.size(); ++i)
                if (workbook.sheets[i].name() == name) return i;
            return workbook.sheets.size();
        };
        return index(a.name) < index(b.name);
    });
    ChecklistLayout layout =
        layout_of(workbook, chosen.front()->sheet, chosen.front()->header, catalog, hint);
    for (std::size_t i = 1; i < chosen.size(); ++i)
        layout.more_sheets.push_back(
            layout_of(workbook, chosen[i]->sheet, chosen[i]->header, catalog, hint));
    layout.skipped_sheets = std::move(skipped);
    return layout;
}

namespace {

struct Nearest {
    std::string sheet;
    int row = -1;
    std::vector<std::string> found;
    std::vector<std::string> missing;
};

Nearest nearest(const Workbook& workbook, const catalog::Catalog& catalog) {
    Nearest out;
    detail::HeaderMatch best;
    for (const Sheet& sheet : workbook.sheets) {
        if (is_tool_sheet(sheet.name())) continue;
        detail::HeaderMatch match = detail::find_header_candidate(sheet, catalog);
        if (match.row >= 0 && match.score() > best.score()) {
            best = std::move(match);
            out.sheet = sheet.name();
        }
    }
    if (best.row < 0) return out;
    out.row = best.top;
    const catalog::Checklist* checklist = catalog.checklist(catalog::kDefaultChecklist);
    if (!checklist) checklist = &catalog.checklists.front();
    for (const catalog::Column& column : checklist->columns)
        (best.columns.count(column.key) ? out.found : out.missing).push_back(column.label);
    return out;
}

std::string joined(const std::vector<std::string>& labels, const char* separator) {
    std::string out;
    for (const std::string& label : labels) out += (out.empty() ? "" : separator) + label;
    return out;
}

}  // namespace

std::string best_candidate_description_ja(const Workbook& workbook,
                                          const catalog::Catalog& catalog) {
    const Nearest n = nearest(workbook, catalog);
    if (n.row < 0) return {};
    return "最も近いのはシート「" + n.sheet + "」の " + std::to_string(n.row + 1) +
           " 行目です (見つかった見出し: " + joined(n.found, "・") +
           (n.missing.empty() ? std::string()
                              : "、見つからない見出し: " + joined(n.missing, "・")) +
           ")";
}

std::string best_candidate_description_en(const Workbook& workbook,
                                          const catalog::Catalog& catalog) {
    const Nearest n = nearest(workbook, catalog);
    if (n.row < 0) return {};
    return "nearest: sheet " + n.sheet + ", row " + std::to_string(n.row + 1) +
           " (found: " + joined(n.found, ", ") + "; missing: " + joined(n.missing, ", ") + ")";
}

std::string layout_search_description_ja() {
    return "各シートの先頭 " + std::to_string(kHeaderSearchRows) +
           " 行で、「通番」「セキュリティ対応目標」「現在の対応状況」の見出しが並ぶ行を探しました";
}

std::string layout_search_description_en() {
    return "looked in the first " + std::to_string(kHeaderSearchRows) +
           " rows of every sheet for a header row with 通番, セキュリティ対応目標 and "
           "現在の対応状況";
}

}  // namespace apichecklist::sheet
