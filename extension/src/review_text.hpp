#pragma once
// What the sidebar says about this year's sheet compared with last year's, as display
// strings: the 項目ガイド's block for the item at the cursor and the lines of the
// changes list with the cell each one jumps to.

#include <optional>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/compare/comparison.hpp"
#include "apichecklist/sheet/layout.hpp"

namespace apichecklist::extension {

// The item in the document's row `row`: null when it has no news (unchanged).
const compare::ItemComparison* compared_item_at_row(const compare::Comparison& comparison, int row);

// Last time's answers of one item next to this time's, with the character diff.
// `item` null: the item is unchanged.
std::string previous_answers_text(const catalog::Catalog& catalog,
                                  const compare::Comparison& comparison,
                                  const std::string& previous_name,
                                  const compare::ItemComparison* item);

struct ChangeLine {
    std::string text;
    std::optional<sheet::CellAddress> cell;  // in the document's checklist sheet
};
// Item headings, then one line per changed answer, 課題 and overdue plan.
std::vector<ChangeLine> change_lines(const compare::Comparison& comparison,
                                     const sheet::ChecklistLayout& layout);

// 前回: FILE（Ver. 1.0）, and the columns last time's version lacks.
std::string previous_source_text(const catalog::Catalog& catalog,
                                 const compare::Comparison& comparison,
                                 const std::string& previous_name);
// The counts: items changed, added, removed; answers; 課題.
std::string review_summary_text(const compare::Comparison& comparison);

}  // namespace apichecklist::extension
