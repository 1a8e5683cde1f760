#pragma once
// Certain fixes (repair/fix_plan.hpp) written into a Calc document: cell texts replaced,
// missing items' rows inserted. Used by `apichecklist fix` (through the supervised soffice)
// and by the sidebar's 不足している項目を追加 (in the open document).

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <filesystem>

#include "apichecklist/office/file_format.hpp"
#include "apichecklist/office/office.hpp"
#include "apichecklist/repair/fix_plan.hpp"

namespace apichecklist::office {

// Inserts the plan's rows in order, each with its official text (通番 as a number).
void insert_missing_rows(const css::uno::Reference<css::sheet::XSpreadsheet>& calc_sheet,
                         const repair::MissingItemsPlan& plan);

// Applies the whole plan to the document. A sheet protected without a password (as the
// template is) is unprotected for the edit and protected again; one with a password is
// refused (std::runtime_error naming the sheet): a password is the user's decision.
void apply_fixes(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                 const repair::FixPlan& plan);

// Opens `source` (a private copy) editable, macros never executed, applies the plan and
// stores the document as `format` at `output`.
void write_document_fixes(const Session& session, const std::filesystem::path& source,
                          const repair::FixPlan& plan, FileFormat format,
                          const std::filesystem::path& output);

}  // namespace apichecklist::office
