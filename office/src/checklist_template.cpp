#include "apichecklist/office/checklist_template.hpp"
#include "apichecklist/office/cell_borders.hpp"
#include "apichecklist/office/excel_fonts.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/CellProtection.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XProtectable.hpp>

namespace apichecklist::office {

namespace {

namespace uno = css::uno;
using PropertySet = uno::Reference<css::beans::XPropertySet>;

constexpr int kColumnCount = 10;
constexpr const char* kSheetName = "フォーマット";
constexpr const char* kCompanyLabel = "会社名";
constexpr const char* kDateLabel = "記入日";

// Column widths in 1/100 mm, by column key: wide where official or answer text is long.
int column_width(const std::string& key) {
    if (key == "number") return 1100;
    if (key == "category") return 2800;
    if (key == "goal") return 6500;
    if (key == "target") return 2000;
    if (key == "current_status") return 5500;
    if (key == "issue" || key == "plan") return 4000;
    return 2800;  // rule, rule_location, remarks
}

PropertySet properties(const uno::Reference<uno::XInterface>& object) {
    return PropertySet(object, uno::UNO_QUERY_THROW);
}

void set(const PropertySet& p, const char* name, const uno::Any& value) {
    p->setPropertyValue(rtl::OUString::createFromAscii(name), value);
}

// A character attribute for every script: the checklist's text is Japanese, which Calc
// shows (and the .xlsx export writes) with the Asian variant (CharWeightAsian, …).
void set_char(const PropertySet& p, const char* name, const uno::Any& value) {
    for (const char* suffix : {"", "Asian", "Complex"})
        p->setPropertyValue(rtl::OUString::createFromAscii((std::string(name) + suffix).c_str()),
                            value);
}

void set_locked(const PropertySet& range, bool locked) {
    css::util::CellProtection protection;
    protection.IsLocked = locked;
    set(range, "CellProtection", uno::Any(protection));
}

void set_borders(const PropertySet& range) { set(range, "TableBorder2", uno::Any(grid_border())); }

std::string target_label(const catalog::Checklist& checklist, const std::string& target_id) {
    const catalog::Target* target = checklist.target_by_id(target_id);
    return target ? target->label : target_id;
}

std::string category_name(const catalog::Checklist& checklist, const std::string& category_id) {
    const catalog::Category* category = checklist.category_by_id(category_id);
    return category ? category->name : category_id;
}

uno::Any official_value(const catalog::Checklist& checklist, const catalog::Item& item,
                        const std::string& key) {
    if (key == "number") return uno::Any(static_cast<double>(item.number));
    if (key == "category") return uno::Any(to_ou(category_name(checklist, item.category)));
    if (key == "goal") return uno::Any(to_ou(item.goal));
    if (key == "target") return uno::Any(to_ou(target_label(checklist, item.target)));
    return uno::Any(rtl::OUString());
}

void write_cells(const uno::Reference<css::sheet::XSpreadsheet>& sheet,
                 const catalog::Checklist& checklist) {
    const int items = static_cast<int>(checklist.items.size());
    // One remote call for the header and all rows.
    uno::Sequence<uno::Sequence<uno::Any>> rows(items + 1);
    uno::Sequence<uno::Any>* row = rows.getArray();
    row[0].realloc(kColumnCount);
    for (int c = 0; c < kColumnCount; ++c)
        row[0].getArray()[c] <<= to_ou(checklist.columns[c].label);
    for (int i = 0; i < items; ++i) {
        row[i + 1].realloc(kColumnCount);
        uno::Any* cell = row[i + 1].getArray();
        for (int c = 0; c < kColumnCount; ++c) {
            const catalog::Column& column = checklist.columns[c];
            cell[c] = column.role == catalog::ColumnRole::Official
                          ? official_value(checklist, checklist.items[i], column.key)
                          : uno::Any(rtl::OUString());
        }
    }
    uno::Reference<css::sheet::XCellRangeData> data(
        sheet->getCellRangeByPosition(0, kTemplateHeaderRow, kColumnCount - 1,
                                      kTemplateHeaderRow + items),
        uno::UNO_QUERY_THROW);
    data->setDataArray(rows);
}

void write_title_lines(const uno::Reference<css::sheet::XSpreadsheet>& sheet,
                       const catalog::Checklist& checklist) {
    uno::Reference<css::text::XText>(sheet->getCellByPosition(0, 0), uno::UNO_QUERY_THROW)
        ->setString(to_ou(checklist.title));
    set_char(properties(sheet->getCellByPosition(0, 0)), "CharHeight", uno::Any(14.0f));
    set_char(properties(sheet->getCellByPosition(0, 0)), "CharWeight",
             uno::Any(css::awt::FontWeight::BOLD));
    const char* labels[] = {kCompanyLabel, kDateLabel};
    for (int line = 0; line < 2; ++line) {
        const int row = 1 + line;
        uno::Reference<css::text::XText>(sheet->getCellByPosition(0, row), uno::UNO_QUERY_THROW)
            ->setString(to_ou(labels[line]));
        // The value cell spans B:D so that a company name fits; it is the one place
        // above the table the user fills in.
        auto value = sheet->getCellRangeByPosition(1, row, 3, row);
        uno::Reference<css::util::XMergeable>(value, uno::UNO_QUERY_THROW)->merge(true);
        set_locked(properties(value), false);
        css::table::BorderLine2 underline;
        underline.OuterLineWidth = 10;
        underline.LineWidth = 10;
        set(properties(value), "BottomBorder2", uno::Any(underline));
    }
}

void format_table(const uno::Reference<css::sheet::XSpreadsheet>& sheet,
                  const catalog::Checklist& checklist) {
    const int last_row = kTemplateHeaderRow + static_cast<int>(checklist.items.size());
    const PropertySet table(properties(
        sheet->getCellRangeByPosition(0, kTemplateHeaderRow, kColumnCount - 1, last_row)));
    set(table, "IsTextWrapped", uno::Any(true));
    set(table, "VertJustify", uno::Any(css::table::CellVertJustify2::TOP));
    set_borders(table);

    const PropertySet header(properties(sheet->getCellRangeByPosition(
        0, kTemplateHeaderRow, kColumnCount - 1, kTemplateHeaderRow)));
    set_char(header, "CharWeight", uno::Any(css::awt::FontWeight::BOLD));
    set(header, "HoriJustify", uno::Any(css::table::CellHoriJustify_CENTER));
    set(header, "VertJustify", uno::Any(css::table::CellVertJustify2::CENTER));
    set(header, "CellBackColor", uno::Any(sal_Int32(0xD9D9D9)));

    for (int c = 0; c < kColumnCount; ++c) {
        const catalog::Column& column = checklist.columns[c];
        if (column.role != catalog::ColumnRole::Answer) continue;
        set_locked(properties(sheet->getCellRangeByPosition(c, kTemplateFirstItemRow, c, last_row)),
                   false);
    }

    uno::Reference<css::table::XColumnRowRange> ranges(sheet, uno::UNO_QUERY_THROW);
    uno::Reference<css::container::XIndexAccess> columns(ranges->getColumns(),
                                                         uno::UNO_QUERY_THROW);
    for (int c = 0; c < kColumnCount; ++c)
        set(properties(
                uno::Reference<uno::XInterface>(columns->getByIndex(c), uno::UNO_QUERY_THROW)),
            "Width", uno::Any(sal_Int32(column_width(checklist.columns[c].key))));
    uno::Reference<css::table::XColumnRowRange> table_rows(
        sheet->getCellRangeByPosition(0, 0, kColumnCount - 1, last_row), uno::UNO_QUERY_THROW);
    set(properties(table_rows->getRows()), "OptimalHeight", uno::Any(true));
}

void set_up_printing(const uno::Reference<css::lang::XComponent>& document,
                     const uno::Reference<css::sheet::XSpreadsheet>& sheet, int last_row) {
    rtl::OUString style_name;
    properties(sheet)->getPropertyValue("PageStyle") >>= style_name;
    uno::Reference<css::style::XStyleFamiliesSupplier> families(document, uno::UNO_QUERY_THROW);
    uno::Reference<css::container::XNameAccess> page_styles(
        families->getStyleFamilies()->getByName("PageStyles"), uno::UNO_QUERY_THROW);
    const PropertySet page(page_styles->getByName(style_name), uno::UNO_QUERY_THROW);
    set(page, "IsLandscape", uno::Any(true));
    set(page, "Width", uno::Any(sal_Int32(29700)));  // A4 landscape, 1/100 mm
    set(page, "Height", uno::Any(sal_Int32(21000)));
    // All columns on one page across; as many pages down as the rows need.
    set(page, "ScaleToPagesX", uno::Any(sal_Int16(1)));
    set(page, "ScaleToPagesY", uno::Any(sal_Int16(0)));

    uno::Reference<css::sheet::XPrintAreas> print(sheet, uno::UNO_QUERY_THROW);
    css::table::CellRangeAddress area(0, 0, 0, kColumnCount - 1, last_row);
    print->setPrintAreas(uno::Sequence<css::table::CellRangeAddress>(&area, 1));
    print->setTitleRows(css::table::CellRangeAddress(0, 0, kTemplateHeaderRow, kColumnCount - 1,
                                                     kTemplateHeaderRow));
    print->setPrintTitleRows(true);
}

void set_document_properties(const uno::Reference<css::lang::XComponent>& document,
                             const TemplateSource& source) {
    uno::Reference<css::document::XDocumentPropertiesSupplier> supplier(document,
                                                                        uno::UNO_QUERY_THROW);
    auto info = supplier->getDocumentProperties();
    info->setTitle(to_ou(source.checklist->title));
    info->setSubject(
        to_ou(source.checklist->document.title + " " + source.checklist->document.version_label));
    uno::Reference<css::beans::XPropertyContainer> user = info->getUserDefinedProperties();
    const std::pair<const char*, std::string> values[] = {
        {kPropertyChecklist, source.checklist->id},
        {kPropertyChecklistVersion, source.checklist->version},
        {kPropertyCatalogVersion, source.catalog_version},
        {kPropertyCatalogSha256, source.catalog_sha256},
    };
    for (const auto& [name, value] : values)
        user->addProperty(rtl::OUString::createFromAscii(name),
                          css::beans::PropertyAttribute::REMOVABLE, uno::Any(to_ou(value)));
}

}  // namespace

void write_checklist_template(const Session& session, const TemplateSource& source,
                              const std::filesystem::path& target, FileFormat format) {
    const catalog::Checklist& checklist = *source.checklist;
    if (checklist.columns.size() != kColumnCount)
        throw OfficeError(OfficeError::Kind::Failed,
                          checklist.id + ": フォーマットの列が " + std::to_string(kColumnCount) +
                              " 列ではありません (" + std::to_string(checklist.columns.size()) +
                              " 列)");
    auto document = session.new_spreadsheet();
    DocumentCloser closer(document);
    uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, uno::UNO_QUERY_THROW);
    uno::Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(),
                                                        uno::UNO_QUERY_THROW);
    uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(0), uno::UNO_QUERY_THROW);
    uno::Reference<css::container::XNamed>(sheet, uno::UNO_QUERY_THROW)->setName(to_ou(kSheetName));

    const int last_row = kTemplateHeaderRow + static_cast<int>(checklist.items.size());
    if (format == FileFormat::Xlsx) use_excel_default_font(document);
    write_title_lines(sheet, checklist);
    write_cells(sheet, checklist);
    format_table(sheet, checklist);
    set_up_printing(document, sheet, last_row);
    set_document_properties(document, source);
    // No password: protection keeps official text from accidental edits, not from intent.
    uno::Reference<css::util::XProtectable>(sheet, uno::UNO_QUERY_THROW)->protect("");
    store_atomically(document, target, filter_of(format));
}

}  // namespace apichecklist::office
