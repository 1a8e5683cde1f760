#include "apichecklist/office/document_settings.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "apichecklist/office/excel_fonts.hpp"
#include "apichecklist/office/settings_sheet.hpp"

namespace apichecklist::office {

void store_edited_document(
    const Session& session, const std::filesystem::path& source, FileFormat format,
    const std::filesystem::path& output,
    const std::function<void(const css::uno::Reference<css::sheet::XSpreadsheetDocument>&)>& edit) {
    namespace uno = css::uno;
    // With a view: the .xlsx export writes freeze panes from it (measured: a hidden load
    // drops them).
    auto document = session.load(source, /*editable=*/true, {}, /*with_view=*/true);
    DocumentCloser closer(document);
    if (format_of(source) == FileFormat::Xlsx) keep_excel_font_names(document);
    edit(uno::Reference<css::sheet::XSpreadsheetDocument>(document, uno::UNO_QUERY_THROW));
    store_without_preview(document, output, filter_of(format));
}

void write_document_settings(const Session& session, const std::filesystem::path& source,
                             const settings::DocumentSettings& settings, FileFormat format,
                             const std::filesystem::path& output) {
    store_edited_document(
        session, source, format, output,
        [&](const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
            store_settings(document, settings);
        });
}

}  // namespace apichecklist::office
