#include "apichecklist/office/document_settings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUniqueCellFormatRangesSupplier.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

#include "apichecklist/office/settings_sheet.hpp"

namespace apichecklist::office {

namespace {

namespace uno = css::uno;

// An .xlsx font has one name for every script. Calc's import keeps it as the Western font
// only, and its export writes a cell of Japanese text in the Asian font, the office's
// default (measured: 游ゴシック and ＭＳ 明朝 came back as Noto Sans CJK SC). Giving the Asian
// and complex fonts the cell's one name again keeps the user's font.
void keep_excel_font_names(const uno::Reference<css::lang::XComponent>& document) {
    const auto copy_name = [](const uno::Reference<css::beans::XPropertySet>& target) {
        const uno::Any name = target->getPropertyValue("CharFontName");
        target->setPropertyValue("CharFontNameAsian", name);
        target->setPropertyValue("CharFontNameComplex", name);
    };
    uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, uno::UNO_QUERY_THROW);
    uno::Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(),
                                                        uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        uno::Reference<css::sheet::XUniqueCellFormatRangesSupplier> supplier(sheets->getByIndex(i),
                                                                             uno::UNO_QUERY_THROW);
        const auto ranges = supplier->getUniqueCellFormatRanges();
        for (sal_Int32 r = 0; r < ranges->getCount(); ++r)
            copy_name(uno::Reference<css::beans::XPropertySet>(ranges->getByIndex(r),
                                                               uno::UNO_QUERY_THROW));
    }
    uno::Reference<css::container::XNameAccess> styles(
        uno::Reference<css::style::XStyleFamiliesSupplier>(document, uno::UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("CellStyles"),
        uno::UNO_QUERY_THROW);
    for (const rtl::OUString& name : styles->getElementNames()) {
        try {
            copy_name(uno::Reference<css::beans::XPropertySet>(styles->getByName(name),
                                                               uno::UNO_QUERY_THROW));
        } catch (const css::lang::DisposedException&) {
            throw;  // the bridge is gone: Office::run restarts soffice
        } catch (const css::uno::Exception&) {
            // A style that takes no font (Calc refuses it for some built-in ones): its
            // cells are covered by their own format ranges above.
        }
    }
}

}  // namespace

void write_document_settings(const Session& session, const std::filesystem::path& source,
                             const validate::DocumentSettings& settings, FileFormat format,
                             const std::filesystem::path& output) {
    // With a view: the .xlsx export writes freeze panes from it (measured: a hidden load
    // drops them).
    auto document = session.load(source, /*editable=*/true, {}, /*with_view=*/true);
    DocumentCloser closer(document);
    if (format == FileFormat::Xlsx && format_of(source) == FileFormat::Xlsx)
        keep_excel_font_names(document);
    store_settings(uno::Reference<css::sheet::XSpreadsheetDocument>(document, uno::UNO_QUERY_THROW),
                   settings);
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

}  // namespace apichecklist::office
