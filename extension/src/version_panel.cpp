#include "version_panel.hpp"

#include <com/sun/star/awt/XButton.hpp>

#include "catalog_access.hpp"
#include "command_call.hpp"
#include "commands.hpp"
#include "control_listener.hpp"
#include "messages.hpp"
#include "panel_layout.hpp"
#include "version_text.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

constexpr sal_Int32 kButtonHeight = 26;

const rtl::OUString kVersion = "version";
const rtl::OUString kNewer = "newer";
const rtl::OUString kUpgrade = "upgrade_button";

}  // namespace

void VersionPanel::build(PanelWindow& window) {
    window.add(kVersion, ControlKind::WrappedLabel);
    window.add(kNewer, ControlKind::WrappedLabel);
    auto button = uno::Reference<awt::XButton>(window.add(kUpgrade, ControlKind::Button),
                                               uno::UNO_QUERY_THROW);
    window.set_text(kUpgrade, tr(Msg::UpgradeButton));
    button->addActionListener(new ControlListener(deferred([this] { upgrade(); })));
    for (const rtl::OUString& name : {kVersion, kNewer, kUpgrade}) window.set_visible(name, false);
}

void VersionPanel::refresh() {
    const catalog::Catalog* catalog = shared_catalog(context());
    const DocumentView* doc = document();
    std::optional<VersionView> view;
    if (catalog && doc && doc->layout) view = version_view(*catalog, *doc->layout);
    const bool shown = view && !view->version.empty();
    const bool offer = shown && view->offer.has_value();
    const std::string text = shown ? view->version + view->newer : std::string();
    if (shown == shown_ && offer == offer_upgrade_ && text == shown_text_) return;
    shown_ = shown;
    offer_upgrade_ = offer;
    shown_text_ = text;
    PanelWindow* window = panel_window();
    window->set_text(kVersion, shown ? view->version : "");
    window->set_text(kNewer, shown ? view->newer : "");
    window->set_visible(kVersion, shown);
    window->set_visible(kNewer, shown);
    window->set_visible(kUpgrade, offer);
    request_sidebar_layout();
    relayout();
}

void VersionPanel::upgrade() {
    auto call =
        std::make_shared<CommandCall>(context(), getFrame(), uno::Sequence<beans::PropertyValue>(),
                                      nullptr, static_cast<cppu::OWeakObject*>(this));
    run_command(Command::UpgradeSheet, call);
}

void VersionPanel::layout(sal_Int32 width, sal_Int32) {
    if (!shown_) return;
    PanelWindow* window = panel_window();
    const sal_Int32 inner = std::max<sal_Int32>(width - 2 * kPanelMargin, 100);
    sal_Int32 y = kPanelMargin;
    const sal_Int32 version_height = window->wrapped_height(kVersion, inner);
    window->place(kVersion, kPanelMargin, y, inner, version_height);
    y += version_height + 4;
    const sal_Int32 newer_height = window->wrapped_height(kNewer, inner);
    window->place(kNewer, kPanelMargin, y, inner, newer_height);
    y += newer_height + 4;
    if (offer_upgrade_)
        window->place(kUpgrade, kPanelMargin, y, std::min<sal_Int32>(inner, 220), kButtonHeight);
}

ui::LayoutSize VersionPanel::height_for_width(sal_Int32 width) {
    if (!shown_) return ui::LayoutSize(0, 0, 0);
    PanelWindow* window = panel_window();
    const sal_Int32 inner = std::max<sal_Int32>(width - 2 * kPanelMargin, 100);
    const sal_Int32 height = 2 * kPanelMargin + window->wrapped_height(kVersion, inner) +
                             window->wrapped_height(kNewer, inner) + 8 +
                             (offer_upgrade_ ? kButtonHeight + 4 : 0);
    return ui::LayoutSize(height, height, height);
}

}  // namespace apichecklist::extension
