#include "calc_document.hpp"

#include <com/sun/star/beans/Property.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

sheet::Cell cell_from(const uno::Any& value) {
    sheet::Cell cell;
    rtl::OUString text;
    double number = 0;
    if (value >>= text) {
        if (!text.isEmpty()) {
            cell.kind = sheet::CellKind::Text;
            cell.text = to_utf8(text);
        }
    } else if (value >>= number) {
        cell.kind = sheet::CellKind::Number;
        char buffer[32];
        if (std::floor(number) == number && std::fabs(number) < 1e15)
            std::snprintf(buffer, sizeof buffer, "%.0f", number);
        else
            std::snprintf(buffer, sizeof buffer, "%.15g", number);
        cell.text = buffer;
    }
    return cell;
}

// Merged ranges as the helper's readers give them (sheet::Sheet::set_merges), so that the panel
// reads a merged 区分, 対象者 or answer as the helper does. A merge holds its text in its
// top-left cell and covers empty cells: only a filled cell with an empty cell to its right or
// below can start one, and only those are asked (one cursor each).
void read_merges(const uno::Reference<css::sheet::XSpreadsheet>& calc_sheet, sheet::Sheet& out) {
    std::vector<sheet::CellRange> merges;
    out.for_each_cell([&](int row, int column, const sheet::Cell&) {
        if (out.at(row, column + 1).kind != sheet::CellKind::Empty &&
            out.at(row + 1, column).kind != sheet::CellKind::Empty)
            return;
        const auto cell = uno::Reference<css::sheet::XSheetCellRange>(
            calc_sheet->getCellRangeByPosition(column, row, column, row), uno::UNO_QUERY);
        if (!cell.is()) return;
        const uno::Reference<css::sheet::XSheetCellCursor> cursor =
            calc_sheet->createCursorByRange(cell);
        cursor->collapseToMergedArea();
        const table::CellRangeAddress area =
            uno::Reference<css::sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
                ->getRangeAddress();
        if (area.StartRow == row && area.StartColumn == column &&
            (area.EndRow > row || area.EndColumn > column))
            merges.push_back({{row, column}, {area.EndRow, area.EndColumn}});
    });
    if (!merges.empty()) out.set_merges(std::move(merges));
}

void read_sheet(const uno::Reference<css::sheet::XSpreadsheet>& calc_sheet, sheet::Sheet& out) {
    // Only the blocks of cells with content: a note typed far below the table would
    // otherwise make every read copy all the empty cells up to it.
    auto query = uno::Reference<css::sheet::XCellRangesQuery>(calc_sheet, uno::UNO_QUERY);
    if (!query.is()) return;
    const uno::Reference<css::sheet::XSheetCellRanges> filled =
        query->queryContentCells(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                                 css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA);
    if (!filled.is()) return;
    for (const table::CellRangeAddress& block : filled->getRangeAddresses()) {
        auto range = uno::Reference<css::sheet::XCellRangeData>(
            calc_sheet->getCellRangeByPosition(block.StartColumn, block.StartRow, block.EndColumn,
                                               block.EndRow),
            uno::UNO_QUERY);
        if (!range.is()) continue;
        const uno::Sequence<uno::Sequence<uno::Any>> rows = range->getDataArray();
        for (sal_Int32 r = 0; r < rows.getLength(); ++r) {
            const uno::Sequence<uno::Any>& row = rows[r];
            for (sal_Int32 c = 0; c < row.getLength(); ++c) {
                sheet::Cell cell = cell_from(row[c]);
                if (cell.kind != sheet::CellKind::Empty)
                    out.set(block.StartRow + r, block.StartColumn + c, std::move(cell));
            }
        }
    }
    read_merges(calc_sheet, out);
}

void read_properties(const uno::Reference<frame::XModel>& model, sheet::Workbook& out) {
    auto supplier = uno::Reference<document::XDocumentPropertiesSupplier>(model, uno::UNO_QUERY);
    if (!supplier.is()) return;
    auto properties = uno::Reference<beans::XPropertySet>(
        supplier->getDocumentProperties()->getUserDefinedProperties(), uno::UNO_QUERY);
    if (!properties.is()) return;
    const uno::Sequence<beans::Property> all = properties->getPropertySetInfo()->getProperties();
    for (const beans::Property& property : all) {
        rtl::OUString value;
        if (properties->getPropertyValue(property.Name) >>= value)
            out.properties[to_utf8(property.Name)] = to_utf8(value);
    }
}

}  // namespace

std::optional<sheet::Workbook> read_workbook(const uno::Reference<frame::XModel>& model) {
    auto document = uno::Reference<css::sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY);
    if (!document.is()) return std::nullopt;
    sheet::Workbook workbook;
    workbook.source = to_utf8(model->getURL());
    auto sheets =
        uno::Reference<container::XIndexAccess>(document->getSheets(), uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        auto calc_sheet =
            uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(i), uno::UNO_QUERY_THROW);
        auto named = uno::Reference<container::XNamed>(calc_sheet, uno::UNO_QUERY_THROW);
        sheet::Sheet& out = workbook.sheets.emplace_back(to_utf8(named->getName()));
        bool visible = true;
        auto sheet_properties = uno::Reference<beans::XPropertySet>(calc_sheet, uno::UNO_QUERY);
        if (sheet_properties.is()) sheet_properties->getPropertyValue("IsVisible") >>= visible;
        out.hidden = !visible;
        read_sheet(calc_sheet, out);
    }
    read_properties(model, workbook);
    return workbook;
}

std::optional<CursorPosition> cursor_of(const uno::Reference<frame::XController>& controller) {
    auto supplier = uno::Reference<view::XSelectionSupplier>(controller, uno::UNO_QUERY);
    if (!supplier.is()) return std::nullopt;
    const uno::Any selection = supplier->getSelection();
    table::CellRangeAddress address;
    if (auto range = uno::Reference<css::sheet::XCellRangeAddressable>(selection, uno::UNO_QUERY);
        range.is()) {
        address = range->getRangeAddress();
    } else if (auto ranges =
                   uno::Reference<css::sheet::XSheetCellRanges>(selection, uno::UNO_QUERY);
               ranges.is() && ranges->getRangeAddresses().hasElements()) {
        address = ranges->getRangeAddresses()[0];
    } else {
        return std::nullopt;
    }
    return CursorPosition{address.Sheet, address.StartRow, address.StartColumn};
}

bool is_read_only(const uno::Reference<frame::XModel>& model) {
    const uno::Reference<frame::XStorable> storable(model, uno::UNO_QUERY);
    return storable.is() && storable->isReadonly();
}

std::string document_title(const uno::Reference<frame::XModel>& model) {
    if (const std::optional<std::filesystem::path> path = system_path(model->getURL()))
        return path->filename().string();
    if (auto title = uno::Reference<frame::XTitle>(model, uno::UNO_QUERY); title.is())
        return to_utf8(title->getTitle());
    return {};
}

bool select_cell(const uno::Reference<frame::XController>& controller, CursorPosition where) {
    auto supplier = uno::Reference<view::XSelectionSupplier>(controller, uno::UNO_QUERY);
    auto document =
        uno::Reference<css::sheet::XSpreadsheetDocument>(controller->getModel(), uno::UNO_QUERY);
    if (!supplier.is() || !document.is()) return false;
    auto sheets =
        uno::Reference<container::XIndexAccess>(document->getSheets(), uno::UNO_QUERY_THROW);
    if (where.sheet < 0 || where.sheet >= sheets->getCount()) return false;
    auto calc_sheet = uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(where.sheet),
                                                               uno::UNO_QUERY_THROW);
    if (auto view = uno::Reference<css::sheet::XSpreadsheetView>(controller, uno::UNO_QUERY);
        view.is())
        view->setActiveSheet(calc_sheet);
    auto cell =
        calc_sheet->getCellRangeByPosition(where.column, where.row, where.column, where.row);
    return supplier->select(uno::Any(cell));
}

}  // namespace apichecklist::extension
