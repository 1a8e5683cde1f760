// A migration plan written into a new document made from the template.

#include <algorithm>
#include <climits>

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/CellProtection.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include "apichecklist/office/excel_fonts.hpp"
#include "apichecklist/office/migrated_sheet.hpp"

namespace apichecklist::office {

namespace {

namespace uno = css::uno;

// Column widths of the 移行メモ in 1/100 mm (通番, 関係, 移行先, 説明, one route column per
// answer column of the source version, removed answers, other texts): routes are long.
std::vector<int> memo_column_widths(const migrate::Plan& plan) {
    std::vector<int> widths = {1800, 1800, 2600, 6000};
    widths.insert(widths.end(), plan.answer_columns.size(), 6000);
    widths.insert(widths.end(), {6000, 8000});
    return widths;
}

// One rectangle around the texts: read what the template has there, lay the planned texts
// over it and write it back in one call. Cell by cell (XText::setString) took ~1 s per
// sheet of remote calls; setDataArray keeps a string a string ("=1+1", "0012" stay text).
void write_texts(const uno::Reference<css::sheet::XSpreadsheet>& sheet,
                 const std::vector<migrate::PlannedCell>& cells) {
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const auto& planned : cells) {
        if (planned.text.empty()) continue;
        top = std::min(top, planned.row);
        left = std::min(left, planned.column);
        bottom = std::max(bottom, planned.row);
        right = std::max(right, planned.column);
    }
    if (bottom < 0) return;
    uno::Reference<css::sheet::XCellRangeData> range(
        sheet->getCellRangeByPosition(left, top, right, bottom), uno::UNO_QUERY_THROW);
    auto rows = range->getDataArray();
    auto* row_array = rows.getArray();
    for (const auto& planned : cells)
        if (!planned.text.empty())
            row_array[planned.row - top].getArray()[planned.column - left] <<= to_ou(planned.text);
    range->setDataArray(rows);
}

// One property call per attribute over all the cells that need it: a call per cell made
// Calc adjust the row heights after each one.
void set_on_cells(const uno::Reference<css::lang::XMultiServiceFactory>& factory,
                  sal_Int16 sheet_index, const std::vector<migrate::PlannedCell>& cells,
                  bool (*wanted)(const migrate::PlannedCell&), const char* property,
                  const uno::Any& value) {
    std::vector<css::table::CellRangeAddress> addresses;
    for (const auto& planned : cells)
        if (wanted(planned))
            addresses.emplace_back(sheet_index, planned.column, planned.row, planned.column,
                                   planned.row);
    if (addresses.empty()) return;
    uno::Reference<css::sheet::XSheetCellRangeContainer> ranges(
        factory->createInstance("com.sun.star.sheet.SheetCellRanges"), uno::UNO_QUERY_THROW);
    ranges->addRangeAddresses(uno::Sequence<css::table::CellRangeAddress>(
                                  addresses.data(), static_cast<sal_Int32>(addresses.size())),
                              /*bMergeRanges=*/true);
    uno::Reference<css::beans::XPropertySet>(ranges, uno::UNO_QUERY_THROW)
        ->setPropertyValue(to_ou(property), value);
}

void write_cells(const uno::Reference<css::lang::XMultiServiceFactory>& factory,
                 const uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16 sheet_index,
                 const std::vector<migrate::PlannedCell>& cells) {
    set_on_cells(
        factory, sheet_index, cells, [](const migrate::PlannedCell& c) { return c.wrap; },
        "IsTextWrapped", uno::Any(true));
    set_on_cells(
        factory, sheet_index, cells, [](const migrate::PlannedCell& c) { return !c.wrap; },
        "IsTextWrapped", uno::Any(false));
    css::util::CellProtection unlocked;
    unlocked.IsLocked = false;
    set_on_cells(
        factory, sheet_index, cells, [](const migrate::PlannedCell& c) { return c.unlock; },
        "CellProtection", uno::Any(unlocked));
    // Texts after the attributes: Calc then fits the row heights once, not twice.
    write_texts(sheet, cells);
    uno::Reference<css::sheet::XSheetAnnotationsSupplier> supplier(sheet, uno::UNO_QUERY_THROW);
    const auto annotations = supplier->getAnnotations();
    for (const auto& planned : cells)
        if (!planned.comment.empty())
            annotations->insertNew(
                css::table::CellAddress(sheet_index, planned.column, planned.row),
                to_ou(planned.comment));
}

void set_properties(const uno::Reference<css::lang::XComponent>& document,
                    const std::map<std::string, std::string>& values) {
    uno::Reference<css::document::XDocumentPropertiesSupplier> supplier(document,
                                                                        uno::UNO_QUERY_THROW);
    const auto container = supplier->getDocumentProperties()->getUserDefinedProperties();
    uno::Reference<css::beans::XPropertySet> set(container, uno::UNO_QUERY_THROW);
    for (const auto& [name, value] : values) {
        if (set->getPropertySetInfo()->hasPropertyByName(to_ou(name)))
            set->setPropertyValue(to_ou(name), uno::Any(to_ou(value)));
        else
            container->addProperty(to_ou(name), css::beans::PropertyAttribute::REMOVABLE,
                                   uno::Any(to_ou(value)));
    }
}

}  // namespace

void write_migrated_sheet(const Session& session, const std::filesystem::path& template_file,
                          const migrate::Plan& plan,
                          const std::map<std::string, std::string>& properties,
                          const std::filesystem::path& output, FileFormat format) {
    auto document = session.load(template_file, /*editable=*/true);
    DocumentCloser closer(document);
    uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, uno::UNO_QUERY_THROW);
    const auto sheets = spreadsheet->getSheets();
    uno::Reference<css::container::XIndexAccess> by_index(sheets, uno::UNO_QUERY_THROW);
    uno::Reference<css::sheet::XSpreadsheet> checklist(by_index->getByIndex(0),
                                                       uno::UNO_QUERY_THROW);

    // The template protects its official text without a password; lift it while
    // writing (own rows get unlocked cells) and put it back.
    uno::Reference<css::util::XProtectable> protectable(checklist, uno::UNO_QUERY_THROW);
    const bool was_protected = protectable->isProtected();
    if (was_protected) protectable->unprotect("");
    // Calc refuses to change a style used on a protected sheet.
    if (format == FileFormat::Xlsx) use_excel_default_font(document);
    uno::Reference<css::lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
    write_cells(factory, checklist, 0, plan.cells);
    if (was_protected) protectable->protect("");

    // Widths before texts: Calc fits the row heights to the wrapped texts once.
    sheets->insertNewByName(to_ou(migrate::kMemoSheet), 1);
    uno::Reference<css::sheet::XSpreadsheet> memo(by_index->getByIndex(1), uno::UNO_QUERY_THROW);
    uno::Reference<css::table::XColumnRowRange> ranges(memo, uno::UNO_QUERY_THROW);
    const auto columns = ranges->getColumns();
    sal_Int32 index = 0;
    for (const int width : memo_column_widths(plan)) {
        uno::Reference<css::beans::XPropertySet> column(columns->getByIndex(index++),
                                                        uno::UNO_QUERY_THROW);
        column->setPropertyValue("Width", uno::Any(static_cast<sal_Int32>(width)));
    }
    write_cells(factory, memo, 1, plan.memo_cells);

    set_properties(document, properties);

    store_without_preview(document, output, filter_of(format));
}

}  // namespace apichecklist::office
