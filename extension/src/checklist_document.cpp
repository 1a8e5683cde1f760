#include "checklist_document.hpp"

#include "calc_document.hpp"
#include "catalog_access.hpp"

namespace apichecklist::extension {

SharedDocument shared_document(const css::uno::Reference<css::uno::XComponentContext>& context,
                               const css::uno::Reference<css::frame::XModel>& model) {
    return DocumentCache::get(model, [&]() -> std::optional<DocumentView> {
        std::optional<sheet::Workbook> workbook = read_workbook(model);
        if (!workbook) return std::nullopt;
        DocumentView view{std::move(*workbook), {}, std::nullopt};
        view.settings = settings::read_settings(view.workbook);
        if (const catalog::Catalog* catalog = shared_catalog(context))
            view.layout = sheet::detect_layout(view.workbook, *catalog,
                                               settings::checklist_hint(view.settings));
        return view;
    });
}

bool holds_checklist(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::frame::XModel>& model) {
    const catalog::Catalog* catalog = shared_catalog(context);
    const SharedDocument document = catalog ? shared_document(context, model) : nullptr;
    return document && *document && (*document)->layout &&
           catalog->checklist((*document)->layout->checklist_id);
}

std::optional<ChecklistDocument> read_checklist(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XModel>& model) {
    const catalog::Catalog* catalog = shared_catalog(context);
    if (!catalog || !model.is()) return std::nullopt;
    const SharedDocument document = shared_document(context, model);
    if (!document || !*document || !(*document)->layout) return std::nullopt;
    const catalog::Checklist* checklist = catalog->checklist((*document)->layout->checklist_id);
    if (!checklist) return std::nullopt;
    // A copy: the command's edits must not change what the panels share.
    return ChecklistDocument{catalog, checklist, (*document)->workbook, (*document)->settings,
                             *(*document)->layout};
}

}  // namespace apichecklist::extension
