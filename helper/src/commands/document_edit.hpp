#pragma once
// Editing a user's document in place (ignore add/remove, role, fix): the checks before
// (format, open elsewhere, read-only, a checklist, Excel's workbook protection), soffice on a
// private copy in a staging directory beside the target, a read-back check of the stored
// file, and the atomic rename. Without -o the target is FILE itself.

#include <filesystem>
#include <functional>
#include <string>

#include "../sheet_input.hpp"
#include "apichecklist/office/file_format.hpp"
#include "apichecklist/office/office.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

struct DocumentEdit {
    std::filesystem::path input;
    std::filesystem::path target;  // FILE, or -o's file
    office::FileFormat format;     // of the target
    CheckedSheet checked;          // FILE as the validator read it
};

// UsageError (exit 2) with what to do, before anything is written.
DocumentEdit prepare_document_edit(Context& ctx, const std::string& file,
                                   const std::string& output);

// `write(session, copy, temp)` stores the edited copy at temp; `verify(stored)` reads it
// back (false: not moved into place, a bug to report); then temp replaces the target,
// keeping its permission bits.
void store_document_edit(
    const DocumentEdit& edit, const char* what,
    const std::function<void(office::Session&, const std::filesystem::path& copy,
                             const std::filesystem::path& temp)>& write,
    const std::function<bool(const sheet::Workbook& stored)>& verify);

}  // namespace apichecklist::cli
