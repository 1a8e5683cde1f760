#include <com/sun/star/beans/Property.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/CellProtection.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include "apichecklist/office/checklist_template.hpp"

namespace apichecklist::office {

namespace {

namespace uno = css::uno;
using PropertySet = uno::Reference<css::beans::XPropertySet>;

template <typename T>
T property_of(const uno::Reference<uno::XInterface>& object, const char* name) {
    T value{};
    PropertySet(object, uno::UNO_QUERY_THROW)
        ->getPropertyValue(rtl::OUString::createFromAscii(name)) >>= value;
    return value;
}

nlohmann::json sheet_summary(const uno::Reference<css::lang::XComponent>& document,
                             const uno::Reference<css::sheet::XSpreadsheet>& sheet) {
    nlohmann::json out;
    out["name"] =
        to_utf8(uno::Reference<css::container::XNamed>(sheet, uno::UNO_QUERY_THROW)->getName());
    out["protected"] = static_cast<bool>(
        uno::Reference<css::util::XProtectable>(sheet, uno::UNO_QUERY_THROW)->isProtected());

    auto cursor = sheet->createCursor();
    uno::Reference<css::sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)
        ->gotoEndOfUsedArea(false);
    const auto end = uno::Reference<css::sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
                         ->getRangeAddress();
    out["last_row"] = end.EndRow;
    out["last_column"] = end.EndColumn;

    nlohmann::json rows = nlohmann::json::array();
    for (sal_Int32 r = 0; r <= end.EndRow; ++r) {
        nlohmann::json row = nlohmann::json::array();
        for (sal_Int32 c = 0; c <= end.EndColumn; ++c) {
            auto cell = sheet->getCellByPosition(c, r);
            const auto protection = property_of<css::util::CellProtection>(cell, "CellProtection");
            row.push_back(
                {{"text",
                  to_utf8(
                      uno::Reference<css::text::XText>(cell, uno::UNO_QUERY_THROW)->getString())},
                 {"locked", static_cast<bool>(protection.IsLocked)},
                 {"wrapped", property_of<bool>(cell, "IsTextWrapped")}});
        }
        rows.push_back(row);
    }
    out["rows"] = rows;

    uno::Reference<css::container::XIndexAccess> columns(
        uno::Reference<css::table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getColumns(),
        uno::UNO_QUERY_THROW);
    nlohmann::json widths = nlohmann::json::array();
    for (sal_Int32 c = 0; c <= end.EndColumn; ++c)
        widths.push_back(property_of<sal_Int32>(
            uno::Reference<uno::XInterface>(columns->getByIndex(c), uno::UNO_QUERY_THROW),
            "Width"));
    out["column_widths"] = widths;

    uno::Reference<css::sheet::XPrintAreas> print(sheet, uno::UNO_QUERY_THROW);
    const auto titles = print->getTitleRows();
    out["print_title_rows"] = print->getPrintTitleRows()
                                  ? nlohmann::json::array({titles.StartRow, titles.EndRow})
                                  : nlohmann::json();

    const auto style_name = property_of<rtl::OUString>(sheet, "PageStyle");
    uno::Reference<css::container::XNameAccess> page_styles(
        uno::Reference<css::style::XStyleFamiliesSupplier>(document, uno::UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("PageStyles"),
        uno::UNO_QUERY_THROW);
    uno::Reference<uno::XInterface> page(page_styles->getByName(style_name), uno::UNO_QUERY_THROW);
    out["page"] = {{"landscape", property_of<bool>(page, "IsLandscape")},
                   {"width", property_of<sal_Int32>(page, "Width")},
                   {"height", property_of<sal_Int32>(page, "Height")},
                   {"pages_across", property_of<sal_Int16>(page, "ScaleToPagesX")}};
    return out;
}

nlohmann::json user_properties(const uno::Reference<css::lang::XComponent>& document) {
    auto info =
        uno::Reference<css::document::XDocumentPropertiesSupplier>(document, uno::UNO_QUERY_THROW)
            ->getDocumentProperties();
    PropertySet user(info->getUserDefinedProperties(), uno::UNO_QUERY_THROW);
    nlohmann::json out = nlohmann::json::object();
    const auto all = user->getPropertySetInfo()->getProperties();
    for (const css::beans::Property& p : all) {
        rtl::OUString value;
        user->getPropertyValue(p.Name) >>= value;
        out[to_utf8(p.Name)] = to_utf8(value);
    }
    return {{"title", to_utf8(info->getTitle())}, {"user_defined", out}};
}

}  // namespace

nlohmann::json template_summary(const Session& session, const std::filesystem::path& file) {
    auto document = session.load(file);
    DocumentCloser closer(document);
    uno::Reference<css::container::XIndexAccess> sheets(
        uno::Reference<css::sheet::XSpreadsheetDocument>(document, uno::UNO_QUERY_THROW)
            ->getSheets(),
        uno::UNO_QUERY_THROW);
    nlohmann::json out;
    out["sheets"] = nlohmann::json::array();
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        out["sheets"].push_back(sheet_summary(
            document,
            uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(i), uno::UNO_QUERY_THROW)));
    out["properties"] = user_properties(document);
    return out;
}

}  // namespace apichecklist::office
