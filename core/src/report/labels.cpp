#include "apichecklist/report/labels.hpp"

#include <cstdio>

namespace apichecklist::report {

std::string checklist_heading(const Completeness& completeness) {
    const std::string& title = completeness.checklist_title;
    const std::string& version = completeness.checklist_version;
    if (version.empty() || title.find(version) != std::string::npos) return title;
    return title + "　" + version;
}

std::string item_label(const validate::Finding& finding) {
    if (finding.number) return std::to_string(*finding.number);
    return finding.item.empty() ? "—" : finding.item;
}

std::string skipped_sheets_line(const validate::Report& report) {
    std::string line;
    for (const sheet::SkippedSheet& skipped : report.skipped_sheets)
        line += (line.empty() ? "確認しなかったシート: 「" : "、「") + skipped.name + "」（" +
                skipped.reason_ja + "）";
    return line;
}

std::string finding_cell(const validate::Report& report, const validate::Finding& finding) {
    if (!finding.cell) return "";
    const bool name_sheet =
        !finding.sheet.empty() && (report.sheets.size() > 1 || finding.sheet != report.sheet);
    return name_sheet ? finding.sheet + "!" + finding.cell_a1() : finding.cell_a1();
}

std::string follow_up_item(const FollowUp& follow_up) {
    return follow_up.number ? std::to_string(follow_up.number) : follow_up.item;
}

std::string css_color(std::uint32_t rgb) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%06x", unsigned(rgb & 0xffffffu));
    return buffer;
}

}  // namespace apichecklist::report
