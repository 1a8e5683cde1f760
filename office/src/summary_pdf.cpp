#include "apichecklist/office/summary_pdf.hpp"

#include <random>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include "office_log.hpp"

namespace apichecklist::office {

namespace {

namespace uno = css::uno;
namespace fs = std::filesystem;

// A private copy of the input: Calc applies no formatting to a document opened
// read-only, and opening the input itself for editing would put a lock file beside it.
class WorkingCopy {
  public:
    WorkingCopy(const fs::path& file, const fs::path& scratch) {
        directory_ = scratch / ("report-" + std::to_string(std::random_device{}()));
        fs::create_directories(directory_);
        path_ = directory_ / file.filename();
        fs::copy_file(file, path_);
    }
    ~WorkingCopy() {
        std::error_code ignored;
        fs::remove_all(directory_, ignored);
    }
    WorkingCopy(const WorkingCopy&) = delete;
    WorkingCopy& operator=(const WorkingCopy&) = delete;
    const fs::path& path() const { return path_; }

  private:
    fs::path directory_;
    fs::path path_;
};

// The sheet's print range (A:I), as the PDF filter's "Selection": only the 確認結果 is
// exported, with its page style, and not the chart data right of it.
uno::Reference<uno::XInterface> printed_range(
    const uno::Reference<css::sheet::XSpreadsheet>& sheet) {
    const auto areas =
        uno::Reference<css::sheet::XPrintAreas>(sheet, uno::UNO_QUERY_THROW)->getPrintAreas();
    if (!areas.hasElements()) return uno::Reference<uno::XInterface>(sheet, uno::UNO_QUERY_THROW);
    const auto& a = areas[0];
    return uno::Reference<uno::XInterface>(
        sheet->getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow),
        uno::UNO_QUERY_THROW);
}

}  // namespace

void export_summary_pdf(const Session& session, const fs::path& document_file,
                        const SummarySheetInput& summary, const fs::path& output,
                        const fs::path& scratch) {
    if (!fs::is_regular_file(document_file))
        throw OfficeError(OfficeError::Kind::DocumentNotLoaded,
                          document_file.string() + ": ファイルがありません");
    const WorkingCopy copy(document_file, scratch);
    const auto document = session.load(copy.path(), /*editable=*/true, document_file);
    office_log("report: document loaded");
    DocumentCloser closer(document);
    uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, uno::UNO_QUERY_THROW);
    const sal_Int16 index = write_summary_sheet(spreadsheet, summary);
    office_log("report: 確認結果 sheet written");
    const uno::Reference<css::sheet::XSpreadsheet> sheet(
        uno::Reference<css::container::XIndexAccess>(spreadsheet->getSheets(), uno::UNO_QUERY_THROW)
            ->getByIndex(index),
        uno::UNO_QUERY_THROW);
    uno::Sequence<css::beans::PropertyValue> filter_data(1);
    filter_data.getArray()[0].Name = "Selection";
    filter_data.getArray()[0].Value <<= printed_range(sheet);
    store_atomically(document, output, "calc_pdf_Export", filter_data);
    office_log("report: PDF stored");
}

}  // namespace apichecklist::office
