#include "apichecklist/report/completeness.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "apichecklist/search/normalize.hpp"

namespace apichecklist::report {

namespace {

// Empty or only spaces (half- and full-width) and line breaks.
bool blank(std::string_view text) {
    static constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
    for (std::size_t i = 0; i < text.size();) {
        if (text.substr(i, 3) == kIdeographicSpace) {
            i += 3;
        } else if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
            ++i;
        } else {
            return false;
        }
    }
    return true;
}

std::string cell_text(const sheet::Sheet& sheet, int row, int column) {
    return column < 0 ? std::string() : sheet.text(row, column);
}

// The sheet's own title, as printed or with its version: the report already names the
// checklist, so a reviewer reads it once. Compared folded (width, spaces, punctuation).
bool is_checklist_title(std::string_view text, const catalog::Checklist& list) {
    const std::u32string folded = search::fold_chars(text);
    return !folded.empty() &&
           (folded == search::fold_chars(list.title) ||
            folded == search::fold_chars(list.title + list.document.version_label));
}

std::vector<std::string> heading_lines(const sheet::Sheet& sheet, int header_row,
                                       const catalog::Checklist* list) {
    std::vector<std::string> lines;
    for (int row = 0; row < header_row; ++row) {
        std::string line;
        for (int column = 0; column < sheet.column_count(); ++column) {
            const std::string& text = sheet.text(row, column);
            if (blank(text) || (list && is_checklist_title(text, *list))) continue;
            line += (line.empty() ? "" : "  ") + text;
        }
        if (!line.empty()) lines.push_back(line);
    }
    return lines;
}

// Rows that carry an unignored error, by sheet name and row.
std::set<std::pair<std::string, int>> rows_with_errors(const validate::Report& report) {
    std::set<std::pair<std::string, int>> rows;
    for (const validate::Finding& f : report.findings)
        if (f.severity == validate::Severity::Error && f.cell) rows.insert({f.sheet, f.cell->row});
    return rows;
}

void add_state(RowStates& states, bool answered, bool open, bool issue, bool plan) {
    if (open)
        ++states.open;
    else if (issue && !plan)
        ++states.issue_without_plan;
    else if (issue)
        ++states.issue_with_plan;
    else if (answered)
        ++states.answered;
    else
        ++states.not_required;
}

void add_to(CategoryCounts& counts, bool answered, bool open, bool issue, bool plan) {
    add_state(counts.states, answered, open, issue, plan);
    ++counts.items;
    counts.answered += answered;
    counts.open += open;
    counts.issues_with_plan += issue && plan;
    counts.issues_without_plan += issue && !plan;
}

// The rows of one checklist sheet, added to the 区分 counts, the sheet's own totals and the
// follow-ups.
void summarize_sheet(const sheet::Sheet& sheet, const sheet::ChecklistLayout& layout,
                     const catalog::Checklist* list,
                     const std::set<std::pair<std::string, int>>& error_rows, bool name_sheets,
                     std::map<std::string, CategoryCounts>& by_category, CategoryCounts& own,
                     CategoryCounts& sheet_total, Completeness& out) {
    // The 試行版 has 今後の対応予定 where Ver1.0 has 課題への対応計画.
    const std::string plan_key = layout.column("plan") >= 0 ? "plan" : "future_plan";
    const int plan_column = layout.column(plan_key);
    for (const sheet::DataRow& row : layout.rows) {
        const catalog::Item* item =
            list && row.number ? list->item_by_number(*row.number) : nullptr;
        if (!item && row.kind != sheet::RowKind::OwnItem) continue;
        const std::string status = sheet::item_cell(sheet, layout, row, "current_status").text;
        const std::string issue = sheet::item_cell(sheet, layout, row, "issue").text;
        const std::string plan =
            plan_column < 0 ? std::string() : sheet::item_cell(sheet, layout, row, plan_key).text;
        const bool open = error_rows.count({sheet.name(), row.row}) > 0;
        for (CategoryCounts* counts :
             {item ? &by_category[item->category] : &own, &out.total, &sheet_total})
            add_to(*counts, !blank(status), open, !blank(issue), !blank(plan));
        if (blank(plan)) continue;
        const auto date = compare::plan_deadline(plan);
        if (!date) {
            ++out.undated_plans;
            continue;
        }
        const std::string cell = sheet::to_a1({row.row, plan_column});
        out.follow_ups.push_back(
            {row.number.value_or(0), row.number_text,
             item ? item->goal : cell_text(sheet, row.row, layout.column("goal")), issue, plan,
             sheet.name(), name_sheets ? sheet.name() + "!" + cell : cell, *date});
    }
}

}  // namespace

Completeness summarize(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                       const catalog::Catalog& catalog, const validate::Report& report) {
    Completeness out;
    const catalog::Checklist* list = catalog.checklist(layout.checklist_id);
    const sheet::Sheet& first = workbook.sheets.at(std::size_t(layout.sheet));
    out.checklist_id = layout.checklist_id;
    out.checklist_title = list ? list->title : layout.checklist_id;
    out.checklist_version = list ? list->document.version_label : "";
    out.sheet = first.name();
    out.heading_lines = heading_lines(first, layout.header_row, list);

    std::vector<const sheet::ChecklistLayout*> layouts{&layout};
    for (const sheet::ChecklistLayout& more : layout.more_sheets)
        if (more.sheet >= 0 && std::size_t(more.sheet) < workbook.sheets.size())
            layouts.push_back(&more);
    std::map<std::string, CategoryCounts> by_category;
    CategoryCounts own;
    own.name = "独自項目";
    const auto error_rows = rows_with_errors(report);
    for (const sheet::ChecklistLayout* one : layouts) {
        const sheet::Sheet& sheet = workbook.sheets[std::size_t(one->sheet)];
        CategoryCounts& sheet_total = out.sheets.emplace_back();
        sheet_total.name = sheet.name();
        const catalog::Checklist* own_list = catalog.checklist(one->checklist_id);
        summarize_sheet(sheet, *one, own_list ? own_list : list, error_rows, layouts.size() > 1,
                        by_category, own, sheet_total, out);
    }
    if (list)
        for (const catalog::Category& category : list->categories) {
            auto it = by_category.find(category.id);
            if (it == by_category.end()) continue;
            it->second.category_id = category.id;
            it->second.name = category.name;
            out.categories.push_back(it->second);
        }
    if (own.items > 0) out.categories.push_back(own);
    out.total.name = "合計";
    std::stable_sort(out.follow_ups.begin(), out.follow_ups.end(),
                     [](const FollowUp& a, const FollowUp& b) { return a.date < b.date; });
    return out;
}

}  // namespace apichecklist::report
