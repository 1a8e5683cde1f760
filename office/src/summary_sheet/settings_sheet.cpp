#include "apichecklist/office/settings_sheet.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include "apichecklist/sheet/layout.hpp"
#include "sheet_cells.hpp"

namespace apichecklist::office {

void store_settings(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                    const settings::DocumentSettings& settings) {
    namespace uno = css::uno;
    auto sheets = document->getSheets();
    const rtl::OUString name = to_ou(sheet::kSettingsSheet);
    if (!sheets->hasByName(name)) {
        const sal_Int32 count =
            uno::Reference<css::container::XIndexAccess>(sheets, uno::UNO_QUERY_THROW)->getCount();
        sheets->insertNewByName(name, static_cast<sal_Int16>(count));
    }
    auto settings_sheet =
        uno::Reference<css::sheet::XSpreadsheet>(sheets->getByName(name), uno::UNO_QUERY_THROW);
    uno::Reference<css::beans::XPropertySet>(settings_sheet, uno::UNO_QUERY_THROW)
        ->setPropertyValue("IsVisible", uno::Any(false));
    auto cell = settings_sheet->getCellByPosition(0, 0);
    uno::Reference<css::text::XText>(cell, uno::UNO_QUERY_THROW)
        ->setString(to_ou(settings::settings_to_json(settings)));
}

}  // namespace apichecklist::office
