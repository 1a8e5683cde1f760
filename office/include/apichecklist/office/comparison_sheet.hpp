#pragma once
// The 比較結果 sheet: last year's answers against this year's (compare::compare_sheets)
// written into the document on the user's request, from the sidebar's 前回との比較 panel.
// UNO only, in the static library apichecklist_summary_sheet next to the 確認結果 writer
// (summary_sheet.hpp), whose rules it follows.
//
// Usage:
//   const compare::Comparison comparison = compare::compare_sheets(old, now, catalog, today);
//   office::ComparisonSheetInput input{&comparison, "回答.ods", "Ver.1.0", "前年.ods",
//                                      "Ver.1.0", "2026-11-25"};
//   const sal_Int16 index = office::write_comparison_sheet(document, input);
//
// The sheet is named sheet::kComparisonSheet (比較結果); an existing one is replaced in its
// place, so there is never more than one, and layout detection skips it. It holds: the
// title, this document and last year's file with their versions, the date; the counts
// (items and answers; 課題 closed and new, overdue plans);
// one row per changed answer (通番, previous 通番 when it differs, goal, column, cell,
// kind, previous and this year's answer); closed 課題, new 課題, overdue plans. Page style
// 比較結果: A4 landscape, one page wide, the changes' header row repeated.
//
// Throws css::lang::IllegalArgumentException for a document opened read-only,
// css::uno::Exception when the document refuses otherwise; the document is not stored. Do
// not wrap the call in lockControllers() or an XUndoManager context (see summary_sheet.hpp).

#include <string>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "apichecklist/compare/comparison.hpp"

namespace apichecklist::office {

struct ComparisonSheetInput {
    const compare::Comparison* comparison = nullptr;
    std::string document_name;     // this year's file
    std::string document_version;  // its checklist as shown, e.g. 「…」Ver.1.0
    std::string previous_name;     // last year's file
    std::string previous_version;
    std::string generated_on;  // YYYY-MM-DD
    bool english = false;      // labels in English (the office UI locale)
};

// Writes (replaces) the 比較結果 sheet and returns its index.
sal_Int16 write_comparison_sheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
    const ComparisonSheetInput& input);

}  // namespace apichecklist::office
