#pragma once
// The findings as a reviewer reads them in a list: grouped by item in sheet order (the
// whole-sheet findings first), by severity within an item, and cut after a limit so a
// sheet with thousands of rows gives a list that stays short.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "apichecklist/validate/report.hpp"

namespace apichecklist::validate {

struct FindingGroup {
    std::optional<int> number;          // the 通番, when the findings concern a numbered item
    std::string item;                   // an own item's label; empty with a number or for the sheet
    std::vector<std::size_t> findings;  // indexes into Report::findings, worst first
};

struct GroupedFindings {
    std::vector<FindingGroup> groups;
    std::size_t hidden = 0;  // findings beyond the limit, in no group
};

// Only the findings `keep` accepts (all when it is empty); `hidden` counts only those.
GroupedFindings group_findings(const Report& report, std::size_t limit,
                               const std::function<bool(const Finding&)>& keep = {});

}  // namespace apichecklist::validate
