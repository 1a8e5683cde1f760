#pragma once
// Which findings a reviewer asked to see: one severity, one 区分 of the checklist, or both,
// and how many findings each 区分 holds (the 検証 panel's counts that filter when chosen).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "apichecklist/catalog/model.hpp"
#include "apichecklist/validate/report.hpp"

namespace apichecklist::validate {

// The 区分 id of the finding's item; empty for a finding of no numbered item (the whole
// sheet, an own item, a 通番 not in the checklist).
std::string category_of(const Finding& finding, const catalog::Checklist& checklist);

struct FindingFilter {
    std::optional<Severity> severity;     // none: every severity
    std::optional<std::string> category;  // a 区分 id, "" for no 区分; none: every 区分

    bool keeps(const Finding& finding, const catalog::Checklist& checklist) const;
};

struct CategoryCount {
    std::string id;    // empty: the findings of no 区分
    std::string name;  // the 区分 as printed; empty with an empty id
    std::size_t count = 0;
};

// The findings of `severity` (all when none) per 区分, in the checklist's order, only the
// 区分 that have findings; the findings of no 区分 last.
std::vector<CategoryCount> count_by_category(const Report& report,
                                             const catalog::Checklist& checklist,
                                             std::optional<Severity> severity);

}  // namespace apichecklist::validate
