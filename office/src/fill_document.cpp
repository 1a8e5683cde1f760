#include "apichecklist/office/fill_document.hpp"

#include "apichecklist/office/document_settings.hpp"

namespace apichecklist::office {

void write_filled_document(const Session& session, const std::filesystem::path& source,
                           const fill::FillPlan& plan, const fill::Memo& memo, FileFormat format,
                           const std::filesystem::path& output) {
    store_edited_document(
        session, source, format, output,
        [&](const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
            apply_fill(document, plan, memo);
        });
}

}  // namespace apichecklist::office
