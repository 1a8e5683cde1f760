#pragma once
// What every sheet written into the user's document shares: refusing a read-only
// document, and replacing the sheet of that name so there is never more than one.

#include <stdexcept>
#include <string>

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XProtectable.hpp>

namespace apichecklist::office::summary {

// Throws css::lang::IllegalArgumentException with `message` for a document opened
// read-only: Calc would keep the text and silently drop every format.
void refuse_read_only(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const std::string& message);

// A new empty sheet `name` where the old one was, else last but before the hidden settings.
std::pair<sal_Int16, css::uno::Reference<css::sheet::XSpreadsheet>> replace_sheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name);

// The sheet of that name (css::container::NoSuchElementException when there is none).
css::uno::Reference<css::sheet::XSpreadsheet> sheet_named(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const std::string& name);

// Throws std::runtime_error naming the sheet when it is protected with a password.
bool lift_protection(const css::uno::Reference<css::util::XProtectable>& sheet,
                     const std::string& name);

// Runs `edit` on the sheet with its password-less protection lifted, and puts it back.
template <typename Edit>
void unprotected(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                 const std::string& name, Edit edit) {
    const css::uno::Reference<css::util::XProtectable> protectable(sheet,
                                                                   css::uno::UNO_QUERY_THROW);
    const bool was_protected = lift_protection(protectable, name);
    try {
        edit();
    } catch (...) {
        if (was_protected) protectable->protect("");
        throw;
    }
    if (was_protected) protectable->protect("");
}

}  // namespace apichecklist::office::summary
