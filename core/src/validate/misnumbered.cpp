#include "apichecklist/validate/misnumbered.hpp"

#include <set>

#include "apichecklist/search/normalize.hpp"

namespace apichecklist::validate {

std::map<int, int> misnumbered_rows(const sheet::Sheet& sheet, const sheet::ChecklistLayout& layout,
                                    const catalog::Checklist& checklist) {
    std::map<int, int> out;
    if (layout.column("goal") < 0) return out;
    std::map<std::u32string, int> number_of_goal;
    for (const catalog::Item& item : checklist.items)
        number_of_goal.emplace(search::fold_chars(item.goal), item.number);
    std::multiset<int> numbers_in_sheet;
    for (const sheet::DataRow& row : layout.rows)
        if (row.kind == sheet::RowKind::Item && row.number) numbers_in_sheet.insert(*row.number);
    for (const sheet::DataRow& row : layout.rows) {
        if (row.kind != sheet::RowKind::Item || !row.number) continue;
        const catalog::Item* own = checklist.item_by_number(*row.number);
        const std::string& goal = sheet::item_cell(sheet, layout, row, "goal").text;
        if (!own || goal.size() > 4096) continue;
        const std::u32string folded = search::fold_chars(goal);
        if (folded.empty() || folded == search::fold_chars(own->goal)) continue;
        const auto other = number_of_goal.find(folded);
        if (other == number_of_goal.end() || numbers_in_sheet.count(other->second) > 0) continue;
        out.emplace(row.row, other->second);
    }
    return out;
}

}  // namespace apichecklist::validate
