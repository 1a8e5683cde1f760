#pragma once
// The 確認結果 as PDF: the document is opened (hidden, read-only, macros never run), the
// 確認結果 sheet written into the loaded copy, and only that sheet exported. The input
// file is never written; the PDF goes to a temp file beside `output` and is renamed.

#include <filesystem>

#include "apichecklist/office/office.hpp"
#include "apichecklist/office/summary_sheet.hpp"

namespace apichecklist::office {

// The private copy of the input goes under `scratch`: pass Office::work_directory(), which
// is removed even on Ctrl-C.
void export_summary_pdf(const Session& session, const std::filesystem::path& document_file,
                        const SummarySheetInput& summary, const std::filesystem::path& output,
                        const std::filesystem::path& scratch);

}  // namespace apichecklist::office
