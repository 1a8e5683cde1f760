#pragma once
// What every sheet written into the user's document shares: refusing a read-only
// document, and replacing the sheet of that name so there is never more than one.

#include <string>

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace apichecklist::office::summary {

// Throws css::lang::IllegalArgumentException with `message` for a document opened
// read-only: Calc would keep the text and silently drop every format.
void refuse_read_only(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const std::string& message);

// A new empty sheet `name` where the old one was, else last but before the hidden settings.
std::pair<sal_Int16, css::uno::Reference<css::sheet::XSpreadsheet>> replace_sheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name);

}  // namespace apichecklist::office::summary
