#pragma once
// The findings that have exactly one right fix, and the fix: official text changed or a
// 試行版 銀行 left in 区分/対象者 (→ the official text), an item under a wrong 通番 (→ its
// number), the 試行版 header 今後の対応予定 where no 課題への対応計画 column exists (→ that
// label), a formula in an answer cell (→ its displayed value as text), missing items (→ their
// rows with the official text, answers empty). Never a fix for what a party wrote in an
// answer column. One plan for the helper's `fix` and the sidebar.

#include <set>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/repair/missing_items.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/validate/report.hpp"

namespace apichecklist::repair {

struct CellFix {
    std::string rule;  // the finding it fixes
    std::string sheet;
    sheet::CellAddress cell;
    std::string before;  // as the sheet shows it
    std::string after;   // the text the fix writes
};

struct FixPlan {
    std::vector<CellFix> cells;
    std::string missing_sheet;  // the sheet the missing rows go into
    MissingItemsPlan missing;
    bool empty() const { return cells.empty() && missing.rows.empty(); }
};

// The rules a fix exists for, in the order the plan lists them.
const std::vector<std::string>& fixable_rules();

// `only`: the rules to fix (empty: every fixable rule). Ignored findings are not fixed.
FixPlan plan_fixes(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                   const catalog::Catalog& catalog, const validate::Report& report,
                   const std::vector<settings::Ignore>& ignores,
                   const std::set<std::string>& only = {});

}  // namespace apichecklist::repair
