#include "apichecklist/repair/fix_plan.hpp"

#include <algorithm>

namespace apichecklist::repair {

namespace {

const sheet::ChecklistLayout* layout_of_sheet(const sheet::Workbook& workbook,
                                              const sheet::ChecklistLayout& layout,
                                              const std::string& name) {
    auto named = [&](const sheet::ChecklistLayout& one) {
        return one.sheet >= 0 && std::size_t(one.sheet) < workbook.sheets.size() &&
               workbook.sheets[std::size_t(one.sheet)].name() == name;
    };
    if (named(layout)) return &layout;
    for (const sheet::ChecklistLayout& more : layout.more_sheets)
        if (named(more)) return &more;
    return nullptr;
}

bool wanted(const std::set<std::string>& only, const std::string& rule) {
    return only.empty() || only.count(rule) > 0;
}

// The one text a finding's cell must hold, or empty when the fix is not certain.
std::string fixed_text(const validate::Finding& f, const sheet::Sheet& sheet,
                       const sheet::ChecklistLayout& layout, const catalog::Checklist& checklist) {
    const std::string& written = sheet.text(f.cell->row, f.cell->column);
    if (f.rule == "official.changed" || f.rule == "leftover.bank") {
        if (f.column != "goal" && f.column != "category" && f.column != "target") return {};
        // 対象者 read from ○ marks, or a 区分 inherited from a merged cell above: the finding's
        // cell is not where the text is.
        if (f.column == "target" && !layout.target_marks.empty()) return {};
        if (sheet::is_blank(written)) return {};
        // A cell merged down over several items holds one text for all of them.
        if (const auto merged = sheet.merged_range(f.cell->row, f.cell->column);
            merged && merged->last.row > merged->first.row)
            return {};
        const catalog::Item* item = f.number ? checklist.item_by_number(*f.number) : nullptr;
        return item ? official_cell_text(checklist, *item, f.column) : std::string();
    }
    if (f.rule == "number.wrong") return f.number ? std::to_string(*f.number) : std::string();
    if (f.rule == "leftover.future_plan_column") {
        const catalog::Column* plan = checklist.column_by_key("plan");
        return layout.column("plan") < 0 && plan ? plan->label : std::string();
    }
    if (f.rule == "cell.formula") {
        const sheet::Cell& cell = sheet.at(*f.cell);
        return cell.kind == sheet::CellKind::Formula && !sheet::is_blank(cell.text) ? cell.text
                                                                                    : std::string();
    }
    return {};
}

}  // namespace

const std::vector<std::string>& fixable_rules() {
    static const std::vector<std::string> rules = {
        "official.changed", "leftover.bank", "number.wrong", "leftover.future_plan_column",
        "cell.formula",     "item.missing"};
    return rules;
}

FixPlan plan_fixes(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                   const catalog::Catalog& catalog, const validate::Report& report,
                   const std::vector<settings::Ignore>& ignores,
                   const std::set<std::string>& only) {
    FixPlan plan;
    for (const validate::Finding& f : report.findings) {
        if (!f.cell || !wanted(only, f.rule)) continue;
        const sheet::ChecklistLayout* own = layout_of_sheet(workbook, layout, f.sheet);
        const catalog::Checklist* checklist = own ? catalog.checklist(own->checklist_id) : nullptr;
        if (!own || !checklist) continue;
        const sheet::Sheet& sheet = workbook.sheets[std::size_t(own->sheet)];
        const std::string after = fixed_text(f, sheet, *own, *checklist);
        const std::string& before = sheet.text(f.cell->row, f.cell->column);
        if (after.empty() || (after == before && f.rule != "cell.formula")) continue;
        const bool duplicate =
            std::any_of(plan.cells.begin(), plan.cells.end(),
                        [&](const CellFix& c) { return c.sheet == f.sheet && c.cell == *f.cell; });
        if (!duplicate) plan.cells.push_back({f.rule, f.sheet, *f.cell, before, after});
    }
    const bool missing =
        std::any_of(report.findings.begin(), report.findings.end(),
                    [](const validate::Finding& f) { return f.rule == "item.missing"; });
    const catalog::Checklist* checklist = catalog.checklist(layout.checklist_id);
    if (missing && wanted(only, "item.missing") && checklist && layout.sheet >= 0 &&
        std::size_t(layout.sheet) < workbook.sheets.size()) {
        const sheet::Sheet& sheet = workbook.sheets[std::size_t(layout.sheet)];
        plan.missing_sheet = sheet.name();
        plan.missing = plan_missing_items(sheet, layout, *checklist, ignores);
    }
    return plan;
}

}  // namespace apichecklist::repair
