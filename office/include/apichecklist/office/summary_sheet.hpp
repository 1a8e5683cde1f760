#pragma once
// The 確認結果 sheet: the completeness report written into a spreadsheet document, for the
// helper (remote UNO bridge, `apichecklist report --format pdf`) and the Calc sidebar
// (in-process UNO, the 検証 panel's button). UNO only, no process handling: link the
// static library apichecklist_summary_sheet (position-independent, fit for the
// extension's shared library).
//
// Usage:
//   const auto report = validate::validate(workbook, layout, catalog, role, ignores);
//   const auto summary = report::summarize(workbook, layout, catalog, report);
//   office::SummarySheetInput input{&summary, &report, role, "回答.ods", "2026-11-25"};
//   const sal_Int16 index = office::write_summary_sheet(document, input);
//
// The sheet is named sheet::kSummarySheet (確認結果); an existing one is removed first and
// the new one takes its place (or goes last), so there is never more than one. Layout
// detection skips it, so it is never validated itself. It holds: the title, checklist
// and version, role, date, the company and date lines of the checklist sheet; counts;
// a stacked bar chart per 区分 (a Calc chart; its data table sits right of the print
// range); the per-区分 table; the open findings with cells; the accepted (ignored)
// findings with reasons; the dated plans, earliest first. Page style 確認結果: A4 portrait,
// one page wide, row 1 repeated, print range A:I.
//
// Throws css::lang::IllegalArgumentException for a document opened read-only (Calc would
// keep the text and silently drop every format), css::uno::Exception when the document
// refuses otherwise (e.g. a protected structure);
// callers in the extension wrap it in guarded(). The document is not stored. Do not wrap
// the call in lockControllers() or an XUndoManager context: with either, replacing the
// sheet (and its chart) or undoing it crashed soffice 7.4 here.

#include <string>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "apichecklist/report/completeness.hpp"
#include "apichecklist/validate/report.hpp"

namespace apichecklist::office {

struct SummarySheetInput {
    const report::Completeness* completeness = nullptr;
    const validate::Report* validation = nullptr;  // findings, and ignored ones with reasons
    settings::Role role = settings::Role::Both;
    std::string document_name;  // shown in the title, e.g. the file name
    std::string generated_on;   // YYYY-MM-DD
};

// Writes (replaces) the 確認結果 sheet and returns its index.
sal_Int16 write_summary_sheet(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                              const SummarySheetInput& input);

}  // namespace apichecklist::office
