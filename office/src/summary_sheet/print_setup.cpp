#include "print_setup.hpp"

#include <algorithm>
#include <string>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XHeaderFooterContent.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>

namespace apichecklist::office::summary {

namespace {

// Rounding in Calc's layout: a page holds a little less than the sum of its rows.
constexpr int kPageSlack = 300;

// 「確認結果　1 / 2」 in the middle of the footer.
void set_footer(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const PropertySet& style, const char* title) {
    uno::Reference<css::sheet::XHeaderFooterContent> content(
        style->getPropertyValue("RightPageFooterContent"), uno::UNO_QUERY_THROW);
    uno::Reference<css::lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
    for (const auto& text : {content->getLeftText(), content->getRightText()}) text->setString({});
    const auto center = content->getCenterText();
    center->setString(to_ou(std::string(title) + "　"));
    auto append_field = [&](const char* service) {
        uno::Reference<css::text::XTextContent> field(
            factory->createInstance(rtl::OUString::createFromAscii(service)), uno::UNO_QUERY_THROW);
        center->insertTextContent(center->getEnd(), field, false);
    };
    append_field("com.sun.star.text.TextField.PageNumber");
    center->insertString(center->getEnd(), " / ", false);
    append_field("com.sun.star.text.TextField.PageCount");
    set(style, "RightPageFooterContent", uno::Any(content));
    set(style, "LeftPageFooterContent", uno::Any(content));
}

void set_page_style(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                    const PageLayout& page) {
    const auto families =
        uno::Reference<css::style::XStyleFamiliesSupplier>(document, uno::UNO_QUERY_THROW)
            ->getStyleFamilies();
    uno::Reference<css::container::XNameContainer> page_styles(families->getByName("PageStyles"),
                                                               uno::UNO_QUERY_THROW);
    const rtl::OUString name = to_ou(page.style);
    if (!page_styles->hasByName(name))
        page_styles->insertByName(
            name,
            uno::Any(uno::Reference<css::lang::XMultiServiceFactory>(document, uno::UNO_QUERY_THROW)
                         ->createInstance("com.sun.star.style.PageStyle")));
    PropertySet style(page_styles->getByName(name), uno::UNO_QUERY_THROW);
    set(style, "IsLandscape", uno::Any(page.landscape));
    set(style, "Width", uno::Any(sal_Int32(page.landscape ? 29700 : 21000)));
    set(style, "Height", uno::Any(sal_Int32(page.landscape ? 21000 : 29700)));
    set(style, "LeftMargin", uno::Any(sal_Int32(1000)));
    set(style, "RightMargin", uno::Any(sal_Int32(1000)));
    set(style, "TopMargin", uno::Any(sal_Int32(1200)));
    set(style, "BottomMargin", uno::Any(sal_Int32(1000)));
    set(style, "ScaleToPagesX", uno::Any(sal_Int16(1)));
    set(style, "ScaleToPagesY", uno::Any(sal_Int16(0)));
    set(style, "PrintGrid", uno::Any(false));
    set(style, "PrintHeaders", uno::Any(false));
    set(style, "HeaderIsOn", uno::Any(false));
    set(style, "FooterIsOn", uno::Any(true));
    set_footer(document, style, page.style);
}

}  // namespace

void keep_headings_with_tables(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                               SheetCells& cells, const std::vector<int>& heading_rows,
                               int last_row, const PageLayout& page) {
    // Calc's own pagination (XSheetPageBreak) is not what the PDF export of a selection
    // does, so the pages are laid out here: the grid is exactly the page width (scale 1).
    const auto families =
        uno::Reference<css::style::XStyleFamiliesSupplier>(document, uno::UNO_QUERY_THROW)
            ->getStyleFamilies();
    const PropertySet style(uno::Reference<css::container::XNameAccess>(
                                families->getByName("PageStyles"), uno::UNO_QUERY_THROW)
                                ->getByName(to_ou(page.style)),
                            uno::UNO_QUERY_THROW);
    auto value = [&](const char* name) {
        sal_Int32 v = 0;
        style->getPropertyValue(rtl::OUString::createFromAscii(name)) >>= v;
        return int(v);
    };
    const int body = value("Height") - value("TopMargin") - value("BottomMargin") -
                     value("FooterHeight") - value("FooterBodyDistance") - kPageSlack;
    const auto rows =
        uno::Reference<css::table::XColumnRowRange>(cells.sheet(), uno::UNO_QUERY_THROW)->getRows();
    std::vector<int> heights;
    for (int row = 0; row <= last_row; ++row) {
        sal_Int32 height = 0;
        PropertySet(rows->getByIndex(row), uno::UNO_QUERY_THROW)->getPropertyValue("Height") >>=
            height;
        heights.push_back(int(height));
    }
    const int repeated = page.repeated_row >= 0 && page.repeated_row <= last_row
                             ? heights[std::size_t(page.repeated_row)]
                             : 0;
    int used = 0;
    for (int row = 0; row <= last_row; ++row) {
        int needed = heights[std::size_t(row)];
        const bool heading =
            std::find(heading_rows.begin(), heading_rows.end(), row) != heading_rows.end();
        if (heading)  // the heading, its table's header and first row stay together
            for (int next = row + 1; next <= std::min(row + 2, last_row); ++next)
                needed += heights[std::size_t(next)];
        if (used + needed <= body) {
            used += heights[std::size_t(row)];
            continue;
        }
        if (heading && used > repeated)
            set(PropertySet(rows->getByIndex(row), uno::UNO_QUERY_THROW), "IsStartOfNewPage",
                uno::Any(true));
        used = repeated + heights[std::size_t(row)];
    }
}

void set_up_printing(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     SheetCells& cells, sal_Int16 sheet_index, int last_row,
                     const PageLayout& page) {
    set_page_style(document, page);
    set(PropertySet(cells.sheet(), uno::UNO_QUERY_THROW), "PageStyle", uno::Any(to_ou(page.style)));
    uno::Reference<css::sheet::XPrintAreas> areas(cells.sheet(), uno::UNO_QUERY_THROW);
    uno::Sequence<css::table::CellRangeAddress> printed(1);
    printed.getArray()[0] =
        css::table::CellRangeAddress(sheet_index, 0, 0, cells.last_column(), last_row);
    areas->setPrintAreas(printed);
    if (page.repeated_row >= 0)
        areas->setTitleRows(css::table::CellRangeAddress(sheet_index, 0, page.repeated_row,
                                                         cells.last_column(), page.repeated_row));
    areas->setPrintTitleRows(page.repeated_row >= 0);
}

void print_in_pages(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                    SheetCells& cells, sal_Int16 sheet_index, const std::vector<int>& heading_rows,
                    int last_row, const PageLayout& page) {
    set_up_printing(document, cells, sheet_index, last_row, page);
    keep_headings_with_tables(document, cells, heading_rows, last_row, page);
}

}  // namespace apichecklist::office::summary
