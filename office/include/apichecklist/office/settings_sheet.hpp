#pragma once
// Writes a document's settings (role, ignores) where the helper and the sidebar read them:
// the core's JSON in A1 of the hidden sheet _apichecklist (docs/ignores-and-properties.md).
// UNO only: used by the Calc sidebar (in process) and by `apichecklist ignore|role` (over
// the remote bridge).

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "apichecklist/settings/document_settings.hpp"

namespace apichecklist::office {

// Creates the sheet (last, hidden) when the document has none; keeps it hidden.
void store_settings(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                    const settings::DocumentSettings& settings);

}  // namespace apichecklist::office
