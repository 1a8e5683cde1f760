#include "written_sheet.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>

#include "apichecklist/sheet/layout.hpp"
#include "sheet_cells.hpp"

namespace apichecklist::office::summary {

void refuse_read_only(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const std::string& message) {
    const uno::Reference<css::frame::XStorable> storable(document, uno::UNO_QUERY);
    if (storable.is() && storable->isReadonly())
        throw css::lang::IllegalArgumentException(to_ou(message), document, 0);
}

std::pair<sal_Int16, uno::Reference<css::sheet::XSpreadsheet>> replace_sheet(
    const uno::Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name) {
    const auto sheets = document->getSheets();
    const rtl::OUString wanted = to_ou(name);
    uno::Reference<css::container::XIndexAccess> by_index(sheets, uno::UNO_QUERY_THROW);
    sal_Int16 position = sal_Int16(by_index->getCount());
    for (sal_Int32 i = 0; i < by_index->getCount(); ++i) {
        const rtl::OUString existing =
            uno::Reference<css::container::XNamed>(by_index->getByIndex(i), uno::UNO_QUERY_THROW)
                ->getName();
        if (existing == wanted || existing.equalsAscii(sheet::kSettingsSheet)) {
            position = sal_Int16(i);
            break;
        }
    }
    if (sheets->hasByName(wanted)) sheets->removeByName(wanted);
    sheets->insertNewByName(wanted, position);
    return {position, uno::Reference<css::sheet::XSpreadsheet>(by_index->getByIndex(position),
                                                               uno::UNO_QUERY_THROW)};
}

uno::Reference<css::sheet::XSpreadsheet> sheet_named(
    const uno::Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name) {
    return uno::Reference<css::sheet::XSpreadsheet>(document->getSheets()->getByName(to_ou(name)),
                                                    uno::UNO_QUERY_THROW);
}

bool lift_protection(const uno::Reference<css::util::XProtectable>& sheet,
                     const std::string& name) {
    if (!sheet->isProtected()) return false;
    try {
        sheet->unprotect("");
    } catch (const css::lang::IllegalArgumentException&) {
        throw std::runtime_error("シート「" + name +
                                 "」はパスワードで保護されています。保護を解除してから実行して"
                                 "ください");
    }
    return true;
}

}  // namespace apichecklist::office::summary
