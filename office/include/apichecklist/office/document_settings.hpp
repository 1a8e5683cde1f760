#pragma once
// `apichecklist ignore add|remove` and `apichecklist role`: a document's settings written
// through the supervised soffice, exactly as the Calc sidebar writes them (settings_sheet.hpp).

#include <filesystem>

#include "apichecklist/office/file_format.hpp"
#include "apichecklist/office/office.hpp"
#include "apichecklist/validate/settings.hpp"

namespace apichecklist::office {

// Opens `source` (a private copy of the user's file: soffice's lock file lands beside it)
// editable, macros never executed, writes `settings` into its _apichecklist sheet and
// stores the document as `format` at `output` (overwritten: the caller passes a temp file
// of its own and renames it). Repeatable, as Office::run requires.
void write_document_settings(const Session& session, const std::filesystem::path& source,
                             const validate::DocumentSettings& settings, FileFormat format,
                             const std::filesystem::path& output);

}  // namespace apichecklist::office
