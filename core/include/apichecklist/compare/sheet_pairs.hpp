#pragma once
// Which checklist sheet of last time's workbook is compared with which of this time's: a
// workbook with one checklist sheet per service or API is compared sheet by sheet. Sheets
// of the same name pair first; the rest pair in the order of their checklist sheets.

#include <string>
#include <vector>

#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::compare {

enum class PairedBy { Name, Order };
const char* paired_by_name(PairedBy by);  // "name", "order"

struct SheetPair {
    const sheet::ChecklistLayout* old_layout = nullptr;
    const sheet::ChecklistLayout* new_layout = nullptr;
    PairedBy by = PairedBy::Name;
};

// A sheet of either workbook that is compared with nothing, and why.
struct UncomparedSheet {
    bool in_old = false;  // else in the NEW workbook
    // A checklist sheet without a partner (a service's sheet added or removed): a change
    // between the workbooks. Else a sheet that is no checklist (表紙, 記入要領, …).
    bool checklist = false;
    sheet::SkippedSheet sheet;
};

struct SheetPairing {
    std::vector<SheetPair> pairs;  // in NEW sheet order
    // Checklist sheets left without a partner, then the layout's skipped sheets (表紙, …).
    std::vector<UncomparedSheet> uncompared;
};

// `old_layout` and `new_layout` as detect_layout gives them (their more_sheets included).
SheetPairing pair_sheets(const sheet::Workbook& old_workbook,
                         const sheet::ChecklistLayout& old_layout,
                         const sheet::Workbook& new_workbook,
                         const sheet::ChecklistLayout& new_layout);

}  // namespace apichecklist::compare
