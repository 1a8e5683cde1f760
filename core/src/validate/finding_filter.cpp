#include "apichecklist/validate/finding_filter.hpp"

#include <map>

namespace apichecklist::validate {

std::string category_of(const Finding& finding, const catalog::Checklist& checklist) {
    if (!finding.number) return {};
    const catalog::Item* item = checklist.item_by_number(*finding.number);
    return item ? item->category : std::string();
}

bool FindingFilter::keeps(const Finding& finding, const catalog::Checklist& checklist) const {
    if (severity && finding.severity != *severity) return false;
    return !category || category_of(finding, checklist) == *category;
}

std::vector<CategoryCount> count_by_category(const Report& report,
                                             const catalog::Checklist& checklist,
                                             std::optional<Severity> severity) {
    std::map<std::string, std::size_t> counts;
    for (const Finding& finding : report.findings)
        if (!severity || finding.severity == *severity) ++counts[category_of(finding, checklist)];
    std::vector<CategoryCount> out;
    for (const catalog::Category& category : checklist.categories)
        if (const auto found = counts.find(category.id); found != counts.end())
            out.push_back({category.id, category.name, found->second});
    if (const auto none = counts.find(""); none != counts.end())
        out.push_back({"", "", none->second});
    return out;
}

}  // namespace apichecklist::validate
