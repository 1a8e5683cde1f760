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
        throw css::lang::IllegalArgumentException(ou(message), document, 0);
}

std::pair<sal_Int16, uno::Reference<css::sheet::XSpreadsheet>> replace_sheet(
    const uno::Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name) {
    const auto sheets = document->getSheets();
    const rtl::OUString wanted = ou(name);
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

}  // namespace apichecklist::office::summary
