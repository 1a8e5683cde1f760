#pragma once
// A row whose セキュリティ対応目標 is another item's official goal is that item under a wrong
// 通番: one finding (number.wrong), no missing, duplicate or changed-text findings for it,
// and restoring missing items does not add it a second time.

#include <map>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/sheet/layout.hpp"

namespace apichecklist::validate {

// Sheet row → the number of the item the row really is. A row counts when its goal is not
// its own item's goal but exactly (folded) another item's, and no other row carries that
// item's number.
std::map<int, int> misnumbered_rows(const sheet::Sheet& sheet, const sheet::ChecklistLayout& layout,
                                    const catalog::Checklist& checklist);

}  // namespace apichecklist::validate
