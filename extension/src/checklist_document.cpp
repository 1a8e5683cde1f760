#include "checklist_document.hpp"

#include "calc_document.hpp"
#include "catalog_access.hpp"

namespace apichecklist::extension {

std::optional<ChecklistDocument> read_checklist(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XModel>& model) {
    const catalog::Catalog* catalog = shared_catalog(context);
    if (!catalog || !model.is()) return std::nullopt;
    std::optional<sheet::Workbook> workbook = read_workbook(model);
    if (!workbook) return std::nullopt;
    settings::SettingsReadResult stored = settings::read_settings(*workbook);
    std::optional<sheet::ChecklistLayout> layout =
        sheet::detect_layout(*workbook, *catalog, settings::checklist_hint(stored));
    if (!layout) return std::nullopt;
    const catalog::Checklist* checklist = catalog->checklist(layout->checklist_id);
    if (!checklist) return std::nullopt;
    return ChecklistDocument{catalog, checklist, std::move(*workbook), std::move(stored),
                             std::move(*layout)};
}

}  // namespace apichecklist::extension
