// The certain fixes written into an open document: UNO only (the helper over the bridge,
// the sidebar in process).

#include "apichecklist/office/document_fixes.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <map>
#include <stdexcept>

#include "sheet_cells.hpp"
#include "written_sheet.hpp"

namespace apichecklist::office {

namespace uno = css::uno;

void insert_missing_rows(const uno::Reference<css::sheet::XSpreadsheet>& calc_sheet,
                         const repair::MissingItemsPlan& plan) {
    auto rows =
        uno::Reference<css::table::XColumnRowRange>(calc_sheet, uno::UNO_QUERY_THROW)->getRows();
    for (const repair::MissingItemRow& row : plan.rows) {
        rows->insertByIndex(row.row, 1);
        for (const repair::OfficialCell& cell : row.cells) {
            auto target = calc_sheet->getCellByPosition(cell.column, row.row);
            if (cell.key == "number")
                target->setValue(row.number);
            else
                uno::Reference<css::text::XText>(target, uno::UNO_QUERY_THROW)
                    ->setString(to_ou(cell.text));
        }
    }
}

void apply_fixes(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                 const repair::FixPlan& plan) {
    std::map<std::string, std::vector<const repair::CellFix*>> by_sheet;
    for (const repair::CellFix& fix : plan.cells) by_sheet[fix.sheet].push_back(&fix);
    for (const auto& [name, fixes] : by_sheet) {
        const auto sheet = summary::sheet_named(document, name);
        summary::unprotected(sheet, name, [&] {
            for (const repair::CellFix* fix : fixes) {
                auto cell = sheet->getCellByPosition(fix->cell.column, fix->cell.row);
                if (fix->rule == "number.wrong")
                    cell->setValue(std::stoi(fix->after));
                else  // as text: a formula's value stays what it showed
                    uno::Reference<css::text::XText>(cell, uno::UNO_QUERY_THROW)
                        ->setString(to_ou(fix->after));
            }
        });
    }
    // After the cell fixes: their addresses are the sheet's as it was read.
    if (!plan.missing.rows.empty()) {
        const auto sheet = summary::sheet_named(document, plan.missing_sheet);
        summary::unprotected(sheet, plan.missing_sheet,
                             [&] { insert_missing_rows(sheet, plan.missing); });
    }
}

}  // namespace apichecklist::office
