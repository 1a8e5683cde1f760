#pragma once
// The findings of one item as the panels print them: one line per finding (severity, cell,
// message) in the 検証 list, and the item's own findings under it in the 項目ガイド.

#include <optional>
#include <string>
#include <vector>

#include "apichecklist/validate/report.hpp"

namespace apichecklist::extension {

// 「エラー  E8  message」 in the UI's language.
std::string finding_line(const validate::Report& report, const validate::Finding& finding);

// The findings on `sheet` in `row`, or of item `number` on that sheet (an item written over
// two rows), in the report's order.
std::vector<size_t> findings_of_item(const validate::Report& report, const std::string& sheet,
                                     int row, std::optional<int> number);

// The 項目ガイド's block: a heading and one line per finding; empty without findings.
std::string item_findings_text(const validate::Report& report, const std::vector<size_t>& findings);

}  // namespace apichecklist::extension
