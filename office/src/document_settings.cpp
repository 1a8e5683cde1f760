#include "apichecklist/office/document_settings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
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
    uno::Sequence<css::beans::PropertyValue> args(3);
    args.getArray()[0].Name = "FilterName";
    args.getArray()[0].Value <<= to_ou(filter_of(format));
    args.getArray()[1].Name = "Overwrite";
    args.getArray()[1].Value <<= true;
    args.getArray()[2].Name = "NoThumbnail";
    args.getArray()[2].Value <<= true;
    uno::Reference<css::frame::XStorable>(document, uno::UNO_QUERY_THROW)
        ->storeToURL(file_url(output), args);
}

void write_document_settings(const Session& session, const std::filesystem::path& source,
                             const validate::DocumentSettings& settings, FileFormat format,
                             const std::filesystem::path& output) {
    store_edited_document(
        session, source, format, output,
        [&](const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
            store_settings(document, settings);
        });
}

}  // namespace apichecklist::office
