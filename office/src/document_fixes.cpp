#include "apichecklist/office/document_fixes.hpp"

#include "apichecklist/office/document_settings.hpp"

namespace apichecklist::office {

void write_document_fixes(const Session& session, const std::filesystem::path& source,
                          const repair::FixPlan& plan, FileFormat format,
                          const std::filesystem::path& output) {
    store_edited_document(
        session, source, format, output,
        [&](const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) {
            apply_fixes(document, plan);
        });
}

}  // namespace apichecklist::office
