#include "deck.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

namespace apichecklist::extension {

using namespace css;

namespace {

uno::Reference<ui::XDeck> our_deck(const uno::Reference<frame::XFrame>& frame) {
    auto controller = uno::Reference<frame::XController2>(frame->getController(), uno::UNO_QUERY);
    if (!controller.is()) return nullptr;
    auto sidebar = controller->getSidebar();
    if (!sidebar.is()) return nullptr;
    sidebar->setVisible(true);
    auto decks = uno::Reference<container::XNameAccess>(sidebar->getDecks(), uno::UNO_QUERY);
    if (!decks.is() || !decks->hasByName(rtl::OUString::createFromAscii(kDeckId))) return nullptr;
    return uno::Reference<ui::XDeck>(decks->getByName(rtl::OUString::createFromAscii(kDeckId)),
                                     uno::UNO_QUERY);
}

}  // namespace

bool open_deck(const uno::Reference<frame::XFrame>& frame) {
    const uno::Reference<ui::XDeck> deck = our_deck(frame);
    if (!deck.is()) return false;
    // activate() toggles: only call it on a deck that is not already open.
    if (!deck->isActive()) deck->activate(true);
    return true;
}

bool open_panel(const uno::Reference<frame::XFrame>& frame, const char* panel_id) {
    const uno::Reference<ui::XDeck> deck = our_deck(frame);
    if (!deck.is()) return false;
    if (!deck->isActive()) {
        // The sidebar builds a deck it opens later, with the panels as the user left them:
        // its panel objects are not to be touched before (7.4 aborts on a stale one).
        deck->activate(true);
        return true;
    }
    const uno::Reference<ui::XPanels> panels = deck->getPanels();
    const rtl::OUString name = rtl::OUString::createFromAscii(panel_id);
    if (!panels.is() || !panels->hasByName(name)) return false;
    auto panel = uno::Reference<ui::XPanel>(panels->getByName(name), uno::UNO_QUERY);
    if (!panel.is()) return false;
    if (!panel->isExpanded()) panel->expand(/*bCollapseOther=*/false);
    return true;
}

}  // namespace apichecklist::extension
