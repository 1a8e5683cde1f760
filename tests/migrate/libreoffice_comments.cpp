// Cell comments (annotations) through soffice.

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XSimpleText.hpp>

#include "libreoffice_comments.hpp"

namespace apichecklist::test {

std::vector<CellComment> read_cell_comments(const office::Session& session,
                                            const std::filesystem::path& file) {
    namespace uno = css::uno;
    auto document = session.load(file);
    office::DocumentCloser closer(document);
    uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, uno::UNO_QUERY_THROW);
    uno::Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(),
                                                        uno::UNO_QUERY_THROW);
    std::vector<CellComment> comments;
    for (sal_Int32 s = 0; s < sheets->getCount(); ++s) {
        uno::Reference<css::sheet::XSheetAnnotationsSupplier> supplier(sheets->getByIndex(s),
                                                                       uno::UNO_QUERY_THROW);
        uno::Reference<css::container::XIndexAccess> annotations(supplier->getAnnotations(),
                                                                 uno::UNO_QUERY_THROW);
        for (sal_Int32 a = 0; a < annotations->getCount(); ++a) {
            uno::Reference<css::sheet::XSheetAnnotation> annotation(annotations->getByIndex(a),
                                                                    uno::UNO_QUERY_THROW);
            uno::Reference<css::text::XSimpleText> text(annotation, uno::UNO_QUERY_THROW);
            const auto position = annotation->getPosition();
            comments.push_back({static_cast<int>(s), static_cast<int>(position.Row),
                                static_cast<int>(position.Column),
                                office::to_utf8(text->getString())});
        }
    }
    return comments;
}

}  // namespace apichecklist::test
