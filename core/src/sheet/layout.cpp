#include "apichecklist/sheet/layout.hpp"

#include "apichecklist/search/normalize.hpp"
#include "apichecklist/validate/settings.hpp"
#include "layout_header.hpp"

namespace apichecklist::sheet {

namespace {

// The checklist the rows' 通番 and goals fit best; header keys of a version count too.
std::string best_checklist(const Sheet& sheet, const detail::HeaderMatch& header,
                           const catalog::Catalog& catalog) {
    std::string best = catalog::kDefaultChecklist;
    int best_score = -1000000;
    const int number_column = header.columns.at("number");
    const int goal_column = header.columns.at("goal");
    for (const catalog::Checklist& checklist : catalog.checklists) {
        int score = 0;
        for (const auto& [key, column] : header.columns)
            score += checklist.column_by_key(key) ? 1 : -1;
        for (int r = header.row + 1; r < sheet.row_count(); ++r) {
            const auto number = parse_item_number(sheet.text(r, number_column));
            if (!number) continue;
            const catalog::Item* item = checklist.item_by_number(*number);
            if (item &&
                search::fold_chars(item->goal) == search::fold_chars(sheet.text(r, goal_column)))
                score += 2;
        }
        if (score > best_score ||
            (score == best_score && checklist.id == catalog::kDefaultChecklist)) {
            best_score = score;
            best = checklist.id;
        }
    }
    return best;
}

std::vector<DataRow> data_rows(const Sheet& sheet, const ChecklistLayout& layout) {
    std::vector<DataRow> rows;
    const int number_column = layout.column("number");
    for (int r = layout.header_row + 1; r < sheet.row_count(); ++r) {
        const std::string& number_text = sheet.text(r, number_column);
        DataRow row;
        row.row = r;
        row.number_text = number_text;
        if ((row.number = parse_item_number(number_text))) {
            row.kind = RowKind::Item;
        } else if (is_own_item_marker(number_text)) {
            row.kind = RowKind::OwnItem;
        } else {
            // Title, chapter and note lines carry no goal and no answer: not data rows.
            bool content = false;
            for (const auto& [key, column] : layout.columns)
                if (key != "number" && key != "category" && has_content(sheet.at(r, column)))
                    content = true;
            if (!content) continue;
            row.kind = RowKind::Unnumbered;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace

int ChecklistLayout::column(const std::string& key) const {
    const auto found = columns.find(key);
    return found == columns.end() ? -1 : found->second;
}

std::optional<int> parse_item_number(std::string_view text) {
    if (text.size() > 64) return std::nullopt;
    const std::u32string folded = search::fold_chars(text);
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
                                             const std::string& checklist_id) {
    detail::HeaderMatch best;
    int best_sheet = -1;
    for (std::size_t i = 0; i < workbook.sheets.size(); ++i) {
        const std::string& name = workbook.sheets[i].name();
        if (name == kSettingsSheet || name == kSummarySheet || name == kComparisonSheet) continue;
        detail::HeaderMatch match = detail::find_header(workbook.sheets[i], catalog);
        if (match.row >= 0 && match.score() > best.score()) {
            best = std::move(match);
            best_sheet = int(i);
        }
    }
    if (best_sheet < 0) return std::nullopt;
    const Sheet& sheet = workbook.sheets[std::size_t(best_sheet)];

    ChecklistLayout layout;
    layout.sheet = best_sheet;
    layout.header_row = best.row;
    const auto settings = validate::read_settings(workbook).settings;
    const auto property = workbook.properties.find("apichecklist.checklist");
    if (!checklist_id.empty() && catalog.checklist(checklist_id)) {
        layout.checklist_id = checklist_id;
        layout.detected_by = "option";
    } else if (settings && catalog.checklist(settings->checklist)) {
        layout.checklist_id = settings->checklist;
        layout.detected_by = "settings";
    } else if (property != workbook.properties.end() && catalog.checklist(property->second)) {
        layout.checklist_id = property->second;
        layout.detected_by = "property";
    } else {
        layout.checklist_id = best_checklist(sheet, best, catalog);
        layout.detected_by = "content";
    }
    const catalog::Checklist& checklist = *catalog.checklist(layout.checklist_id);
    for (const auto& [key, column] : best.columns) {
        if (checklist.column_by_key(key))
            layout.columns[key] = column;
        else
            layout.foreign_columns[key] = column;
    }
    layout.rows = data_rows(sheet, layout);
    return layout;
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
