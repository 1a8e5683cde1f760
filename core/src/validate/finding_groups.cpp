#include "apichecklist/validate/finding_groups.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace apichecklist::validate {

namespace {

// Whole-sheet findings (no 通番, no label) sort first; then items in order of their first
// finding, which is sheet order.
using GroupKey = std::tuple<bool, std::optional<int>, std::string>;

GroupKey key_of(const Finding& finding) {
    const bool for_item = finding.number.has_value() || !finding.item.empty();
    return {for_item, finding.number, finding.number ? std::string() : finding.item};
}

}  // namespace

GroupedFindings group_findings(const Report& report, std::size_t limit,
                               const std::function<bool(const Finding&)>& keep) {
    std::map<GroupKey, std::size_t> group_of;
    std::vector<FindingGroup> groups;
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        const Finding& finding = report.findings[i];
        if (keep && !keep(finding)) continue;
        const GroupKey key = key_of(finding);
        auto [at, added] = group_of.try_emplace(key, groups.size());
        if (added) groups.push_back({finding.number, std::get<2>(key), {}});
        groups[at->second].findings.push_back(i);
    }
    std::stable_partition(groups.begin(), groups.end(), [](const FindingGroup& group) {
        return !group.number && group.item.empty();
    });
    GroupedFindings out;
    std::size_t shown = 0;
    for (FindingGroup& group : groups) {
        std::stable_sort(group.findings.begin(), group.findings.end(),
                         [&](std::size_t a, std::size_t b) {
                             return report.findings[a].severity < report.findings[b].severity;
                         });
        if (shown >= limit) {
            out.hidden += group.findings.size();
            continue;
        }
        const std::size_t room = limit - shown;
        if (group.findings.size() > room) {
            out.hidden += group.findings.size() - room;
            group.findings.resize(room);
        }
        shown += group.findings.size();
        out.groups.push_back(std::move(group));
    }
    return out;
}

}  // namespace apichecklist::validate
