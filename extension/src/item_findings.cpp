#include "item_findings.hpp"

#include "apichecklist/report/labels.hpp"
#include "apichecklist/validate/labels.hpp"
#include "messages.hpp"

namespace apichecklist::extension {

std::string finding_line(const validate::Report& report, const validate::Finding& finding) {
    return std::string(validate::severity_label(finding.severity).in(english())) + "  " +
           report::finding_cell(report, finding) + "  " +
           (english() ? finding.message_en : finding.message_ja);
}

std::vector<size_t> findings_of_item(const validate::Report& report, const std::string& sheet,
                                     int row, std::optional<int> number) {
    std::vector<size_t> found;
    for (size_t i = 0; i < report.findings.size(); ++i) {
        const validate::Finding& finding = report.findings[i];
        if (finding.sheet != sheet) continue;
        if ((finding.cell && finding.cell->row == row) || (number && finding.number == number))
            found.push_back(i);
    }
    return found;
}

std::string item_findings_text(const validate::Report& report,
                               const std::vector<size_t>& findings) {
    if (findings.empty()) return {};
    std::string text = std::string("【") + tr(Msg::ItemFindings) + "】";
    for (size_t index : findings) text += "\n・" + finding_line(report, report.findings[index]);
    return text;
}

}  // namespace apichecklist::extension
