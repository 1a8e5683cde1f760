#pragma once
// A fill plan (fill/fill_plan.hpp) written into a Calc document: the answer cells filled and
// the 転記メモ sheet added (an existing one replaced, so a second run leaves one). UNO only:
// the helper's `fill` through the supervised soffice, the sidebar's 別のシートから回答を取り込む
// in the open document (as one undo step).

#include <filesystem>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "apichecklist/fill/fill_plan.hpp"
#include "apichecklist/fill/memo.hpp"
#include "apichecklist/office/file_format.hpp"
#include "apichecklist/office/office.hpp"

namespace apichecklist::office {

// The plan's answer cells only (the sidebar wraps them in one undo step).
void write_fill_cells(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const fill::FillPlan& plan, bool english = false);
// The 転記メモ sheet, replacing an existing one. Not inside an XUndoManager context: replacing
// a sheet there crashed soffice 7.4 (see summary_sheet.hpp).
void write_fill_memo_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                           const fill::Memo& memo);

// Writes the plan's cells and the memo sheet. Sheets protected without a password are
// unprotected for the edit and protected again; a password is refused (std::runtime_error
// naming the sheet). Throws css::lang::IllegalArgumentException for a read-only document.
void apply_fill(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const fill::FillPlan& plan, const fill::Memo& memo, bool english = false);

// Opens `source` (a private copy of the target) editable, macros never executed, applies
// the plan and stores the document as `format` at `output`.
void write_filled_document(const Session& session, const std::filesystem::path& source,
                           const fill::FillPlan& plan, const fill::Memo& memo, FileFormat format,
                           const std::filesystem::path& output);

}  // namespace apichecklist::office
