#pragma once
// `apichecklist ignore add|remove` and `apichecklist role`: a document's settings written
// through the supervised soffice, exactly as the Calc sidebar writes them (settings_sheet.hpp).

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <filesystem>
#include <functional>

#include "apichecklist/office/file_format.hpp"
#include "apichecklist/office/office.hpp"
#include "apichecklist/settings/document_settings.hpp"

namespace apichecklist::office {

// Opens `source` (a private copy of the user's file: soffice's lock file lands beside it)
// editable, macros never executed, writes `settings` into its _apichecklist sheet and
// stores the document as `format` at `output` (overwritten: the caller passes a temp file
// of its own and renames it). Repeatable, as Office::run requires.
// Opens `source` editable with a view (the .xlsx export writes freeze panes from it),
// macros never executed, keeps an Excel file's font names, runs `edit` on it and stores it
// as `format` at `output` (overwritten). The one way the helper edits a user's document.
void store_edited_document(
    const Session& session, const std::filesystem::path& source, FileFormat format,
    const std::filesystem::path& output,
    const std::function<void(const css::uno::Reference<css::sheet::XSpreadsheetDocument>&)>& edit);

void write_document_settings(const Session& session, const std::filesystem::path& source,
                             const settings::DocumentSettings& settings, FileFormat format,
                             const std::filesystem::path& output);

}  // namespace apichecklist::office
