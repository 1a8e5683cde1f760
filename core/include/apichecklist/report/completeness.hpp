#pragma once
// The state of a sheet at a glance, for the sender's proof of completeness and the
// reviewer's first look: per 区分 how many items are answered, still open, or carry a
// 課題 with or without a plan, and the dated plans as a follow-up list. Built on the
// validator's report, so its numbers are the validator's.

#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/compare/plan_date.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/sheet/workbook.hpp"
#include "apichecklist/validate/report.hpp"

namespace apichecklist::report {

// Each row in exactly one state, worst first: what the bar chart draws.
struct RowStates {
    int open = 0;                // has an error
    int issue_without_plan = 0;  // a 課題 with no plan
    int issue_with_plan = 0;     // a 課題 with a plan
    int answered = 0;            // answered, no 課題
    int not_required = 0;        // empty and not required of this role

    int total() const {
        return open + issue_without_plan + issue_with_plan + answered + not_required;
    }
};

struct CategoryCounts {
    std::string category_id;  // empty for the company's own items
    std::string name;
    int items = 0;                // rows of this 区分 in the sheet
    int answered = 0;             // 現在の対応状況 filled in
    int open = 0;                 // rows with an error the validator reports
    int issues_with_plan = 0;     // 課題認識 and 課題への対応計画 both filled in
    int issues_without_plan = 0;  // 課題認識 without a plan
    RowStates states;
};

struct FollowUp {
    int number = 0;    // 0 for an own item
    std::string item;  // 通番 as written
    std::string goal;
    std::string issue;
    std::string plan;
    std::string sheet;   // the sheet of the row
    std::string cell;    // the plan's cell, A1 (シート!A1 when several sheets were checked)
    compare::Date date;  // the plan's deadline (the latest date it names)
};

struct Completeness {
    std::string checklist_id;
    std::string checklist_title;
    std::string checklist_version;
    std::string sheet;                   // the first checked sheet
    std::vector<CategoryCounts> sheets;  // every checked sheet (name, its totals), in order
    std::vector<std::string> heading_lines;  // 会社名, 記入日… above the header row, not the title
    std::vector<CategoryCounts> categories;  // in catalog order, own items last
    CategoryCounts total;
    std::vector<FollowUp> follow_ups;  // plans with a date, earliest first
    int undated_plans = 0;
};

Completeness summarize(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                       const catalog::Catalog& catalog, const validate::Report& report);

}  // namespace apichecklist::report
