#pragma once
// The frame's document read as a checklist: the workbook, where the checklist is, and
// the catalog's view of it. Shared by the menu commands.

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::extension {

struct ChecklistDocument {
    const catalog::Catalog* catalog = nullptr;
    const catalog::Checklist* checklist = nullptr;
    sheet::Workbook workbook;
    settings::SettingsReadResult settings;  // what the document stores, read once
    sheet::ChecklistLayout layout;
};

// nullopt for a document that is no checklist (or when the catalog cannot be loaded).
std::optional<ChecklistDocument> read_checklist(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XModel>& model);

}  // namespace apichecklist::extension
