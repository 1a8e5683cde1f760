#pragma once
// One copy of each open document as the core sees it, shared by every panel showing it:
// after an edit the first panel that needs the document reads it once, the others reuse
// that copy. An edit only marks the copy stale (cheap, on the typing path).

#include <com/sun/star/frame/XModel.hpp>

#include <functional>
#include <memory>
#include <optional>

#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/sheet/workbook.hpp"
#include "apichecklist/validate/report.hpp"

namespace apichecklist::extension {

// The document as the core sees it.
struct DocumentView {
    sheet::Workbook workbook;
    settings::SettingsReadResult settings;         // what the document stores, read once
    std::optional<sheet::ChecklistLayout> layout;  // nullopt: no checklist in it
};

// nullopt inside: the model is not a spreadsheet.
using SharedDocument = std::shared_ptr<const std::optional<DocumentView>>;
// The findings the 検証 panel last showed for a document (null: none yet, or no checklist).
using SharedReport = std::shared_ptr<const validate::Report>;

class DocumentCache {
  public:
    using Reader = std::function<std::optional<DocumentView>()>;

    // A panel starts or stops showing the model; the copy goes with the last panel.
    static void attach(const css::uno::Reference<css::frame::XModel>& model);
    static void detach(const css::uno::Reference<css::frame::XModel>& model);
    static void mark_stale(const css::uno::Reference<css::frame::XModel>& model);
    // The current copy, read with `read` when there is none or it is stale.
    static SharedDocument get(const css::uno::Reference<css::frame::XModel>& model,
                              const Reader& read);
    // The 検証 panel's latest findings, for the panels that show them beside other things
    // (the 項目ガイド under its item): one validation, not one per panel.
    static void publish_report(const css::uno::Reference<css::frame::XModel>& model,
                               SharedReport report);
    static SharedReport report(const css::uno::Reference<css::frame::XModel>& model);
};

}  // namespace apichecklist::extension
