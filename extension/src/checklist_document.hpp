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
#include "document_cache.hpp"

namespace apichecklist::extension {

struct ChecklistDocument {
    const catalog::Catalog* catalog = nullptr;
    const catalog::Checklist* checklist = nullptr;
    sheet::Workbook workbook;
    settings::SettingsReadResult settings;  // what the document stores, read once
    sheet::ChecklistLayout layout;
};

// The document as the core sees it, through the DocumentCache: read once after an edit
// and shared by the panels and the menu commands (null: not a spreadsheet).
SharedDocument shared_document(const css::uno::Reference<css::uno::XComponentContext>& context,
                               const css::uno::Reference<css::frame::XModel>& model);

// Whether the document holds a checklist of the catalog (a menu entry's state).
bool holds_checklist(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::frame::XModel>& model);

// nullopt for a document that is no checklist (or when the catalog cannot be loaded).
std::optional<ChecklistDocument> read_checklist(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XModel>& model);

}  // namespace apichecklist::extension
