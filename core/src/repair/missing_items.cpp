#include "apichecklist/repair/missing_items.hpp"

#include "apichecklist/validate/misnumbered.hpp"

#include <algorithm>
#include <map>

#include "apichecklist/validate/validate.hpp"

namespace apichecklist::repair {

namespace {

// The columns whose text the catalog prints; answer columns stay empty.
constexpr const char* kOfficialKeys[] = {"number", "category", "goal", "target"};

bool deliberately_deleted(int number, const std::vector<settings::Ignore>& ignores) {
    validate::Finding missing;
    missing.rule = "item.missing";
    missing.number = number;
    return std::any_of(ignores.begin(), ignores.end(), [&](const settings::Ignore& ignore) {
        return validate::ignore_matches(ignore, missing);
    });
}

// The row before which item `number` goes, in the sheet as it is: right after the
// nearest earlier item present, else before the nearest later one, else under the header.
int insertion_point(int number, const std::map<int, int>& present_rows, int header_row) {
    auto later = present_rows.upper_bound(number);
    if (later != present_rows.begin()) return std::prev(later)->second + 1;
    if (later != present_rows.end()) return later->second;
    return header_row + 1;
}

}  // namespace

std::string official_cell_text(const catalog::Checklist& checklist, const catalog::Item& item,
                               const std::string& column_key) {
    if (column_key == "number") return std::to_string(item.number);
    if (column_key == "goal") return item.goal;
    if (column_key == "category") {
        const catalog::Category* category = checklist.category_by_id(item.category);
        return category ? category->name : item.category;
    }
    if (column_key == "target") {
        const catalog::Target* target = checklist.target_by_id(item.target);
        return target ? target->label : item.target;
    }
    return {};
}

MissingItemsPlan plan_missing_items(const sheet::Sheet& sheet, const sheet::ChecklistLayout& layout,
                                    const catalog::Checklist& checklist,
                                    const std::vector<settings::Ignore>& ignores) {
    // An item under a wrong 通番 is there (it needs its number fixed, not a second row);
    // the number it is written under is not.
    const std::map<int, int> misnumbered = validate::misnumbered_rows(sheet, layout, checklist);
    std::map<int, int> present_rows;  // 通番 → its first row
    for (const sheet::DataRow& row : layout.rows) {
        if (row.kind != sheet::RowKind::Item || !row.number) continue;
        const auto wrong = misnumbered.find(row.row);
        const int number = wrong == misnumbered.end() ? *row.number : wrong->second;
        if (checklist.item_by_number(number)) present_rows.emplace(number, row.row);
    }

    struct Insertion {
        int point;
        const catalog::Item* item;
    };
    std::vector<Insertion> insertions;
    MissingItemsPlan plan;
    for (const catalog::Item& item : checklist.items) {
        if (present_rows.count(item.number)) continue;
        if (deliberately_deleted(item.number, ignores)) {
            plan.deliberately_deleted.push_back(item.number);
            continue;
        }
        insertions.push_back(
            {insertion_point(item.number, present_rows, layout.header_row), &item});
    }
    std::stable_sort(insertions.begin(), insertions.end(),
                     [](const Insertion& a, const Insertion& b) {
                         if (a.point != b.point) return a.point < b.point;
                         return a.item->number < b.item->number;
                     });
    for (size_t i = 0; i < insertions.size(); ++i) {
        MissingItemRow row;
        row.number = insertions[i].item->number;
        row.row = insertions[i].point + static_cast<int>(i);
        for (const char* key : kOfficialKeys) {
            const int column = layout.column(key);
            if (column < 0) continue;
            row.cells.push_back(
                {column, key, official_cell_text(checklist, *insertions[i].item, key)});
        }
        plan.rows.push_back(std::move(row));
    }
    return plan;
}

}  // namespace apichecklist::repair
