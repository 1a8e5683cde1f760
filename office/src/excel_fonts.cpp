#include "apichecklist/office/excel_fonts.hpp"

#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUniqueCellFormatRangesSupplier.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

#include "apichecklist/office/office.hpp"

namespace apichecklist::office {

namespace uno = css::uno;

namespace {

uno::Reference<css::container::XNameAccess> cell_styles(
    const uno::Reference<css::lang::XComponent>& document) {
    return uno::Reference<css::container::XNameAccess>(
        uno::Reference<css::style::XStyleFamiliesSupplier>(document, uno::UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("CellStyles"),
        uno::UNO_QUERY_THROW);
}

}  // namespace

// An .xlsx font has one name for every script. Calc's import keeps it as the Western font
// only, and its export writes a cell of Japanese text in the Asian font, the office's
// default (measured: 游ゴシック and ＭＳ 明朝 came back as Noto Sans CJK SC). Giving the Asian
// and complex fonts the cell's one name again keeps the user's font.
void keep_excel_font_names(const uno::Reference<css::lang::XComponent>& document) {
    // Two remote calls at most per range or style: read the three names (sorted, as
    // XMultiPropertySet wants them), write two when they differ.
    const rtl::OUString names[] = {"CharFontName", "CharFontNameAsian", "CharFontNameComplex"};
    const uno::Sequence<rtl::OUString> all(names, 3);
    const uno::Sequence<rtl::OUString> others(names + 1, 2);
    const auto copy_name = [&](const uno::Reference<uno::XInterface>& target) {
        const uno::Reference<css::beans::XMultiPropertySet> set(target, uno::UNO_QUERY_THROW);
        const uno::Sequence<uno::Any> values = set->getPropertyValues(all);
        if (values[1] == values[0] && values[2] == values[0]) return;
        const uno::Any same[] = {values[0], values[0]};
        set->setPropertyValues(others, uno::Sequence<uno::Any>(same, 2));
    };
    uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, uno::UNO_QUERY_THROW);
    uno::Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(),
                                                        uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        uno::Reference<css::sheet::XUniqueCellFormatRangesSupplier> supplier(sheets->getByIndex(i),
                                                                             uno::UNO_QUERY_THROW);
        const auto ranges = supplier->getUniqueCellFormatRanges();
        for (sal_Int32 r = 0; r < ranges->getCount(); ++r)
            copy_name(uno::Reference<uno::XInterface>(ranges->getByIndex(r), uno::UNO_QUERY_THROW));
    }
    const auto styles = cell_styles(document);
    for (const rtl::OUString& name : styles->getElementNames()) {
        try {
            copy_name(
                uno::Reference<uno::XInterface>(styles->getByName(name), uno::UNO_QUERY_THROW));
        } catch (const css::lang::DisposedException&) {
            throw;  // the bridge is gone: Office::run restarts soffice
        } catch (const css::uno::Exception&) {
            // A style that takes no font (Calc refuses it for some built-in ones): its
            // cells are covered by their own format ranges above.
        }
    }
}

void use_excel_default_font(const uno::Reference<css::lang::XComponent>& document) {
    uno::Reference<css::beans::XPropertySet> standard(cell_styles(document)->getByName("Default"),
                                                      uno::UNO_QUERY_THROW);
    const uno::Any name(to_ou(kExcelDefaultFont));
    for (const char* property : {"CharFontName", "CharFontNameAsian", "CharFontNameComplex"})
        standard->setPropertyValue(rtl::OUString::createFromAscii(property), name);
}

}  // namespace apichecklist::office
