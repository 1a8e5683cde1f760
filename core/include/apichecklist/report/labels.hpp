#pragma once
// The Japanese wording and colours every rendering of the 確認結果 shares (HTML page,
// 確認結果 sheet, PDF), so that the reports never disagree on a label.

#include <cstdint>
#include <string>

#include "apichecklist/report/completeness.hpp"
#include "apichecklist/validate/labels.hpp"
#include "apichecklist/validate/report.hpp"

namespace apichecklist::report {

// One state of RowStates as the bar chart draws it, worst first.
struct StateSegment {
    int RowStates::*count;
    const char* label_ja;
    std::uint32_t rgb;  // 0xRRGGBB
};
inline constexpr StateSegment kStateSegments[] = {
    {&RowStates::open, "未完了（エラーあり）", 0xd64545},
    {&RowStates::issue_without_plan, "課題あり・計画なし", 0xf0a030},
    {&RowStates::issue_with_plan, "課題あり・計画あり", 0x4a7bd0},
    {&RowStates::answered, "回答済み", 0x3f9b5f},
    {&RowStates::not_required, "未記入（この立場では任意）", 0xc8c8c8},
};

// The checklist title and its version, the version only when the title lacks it
// (「ＡＰＩ接続チェックリスト（試行版）」, not 「…（試行版）　試行版」).
std::string checklist_heading(const Completeness& completeness);
// The 通番, the own-item label, or — when the finding concerns no item.
std::string item_label(const validate::Finding& finding);
// 「確認しなかったシート: 「表紙」（理由）、…」 for the sheets the validator skipped; empty
// when it skipped none.
std::string skipped_sheets_line(const validate::Report& report);
// The finding's cell as A1, as シート!A1 when the report checked several sheets or the
// finding is on another sheet (the settings sheet); empty for a finding on no cell.
std::string finding_cell(const validate::Report& report, const validate::Finding& finding);
// 12 for an item, the label as written for an own item.
std::string follow_up_item(const FollowUp& follow_up);
// #rrggbb
std::string css_color(std::uint32_t rgb);

}  // namespace apichecklist::report
