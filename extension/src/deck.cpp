#include "deck.hpp"

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

namespace apichecklist::extension {

using namespace css;

bool open_deck(const uno::Reference<frame::XFrame>& frame) {
    auto controller = uno::Reference<frame::XController2>(frame->getController(), uno::UNO_QUERY);
    if (!controller.is()) return false;
    auto sidebar = controller->getSidebar();
    if (!sidebar.is()) return false;
    sidebar->setVisible(true);
    auto decks = uno::Reference<container::XNameAccess>(sidebar->getDecks(), uno::UNO_QUERY);
    if (!decks.is() || !decks->hasByName(rtl::OUString::createFromAscii(kDeckId))) return false;
    // activate() toggles: only call it on a deck that is not already open.
    auto deck = uno::Reference<ui::XDeck>(decks->getByName(rtl::OUString::createFromAscii(kDeckId)),
                                          uno::UNO_QUERY);
    if (!deck.is()) return false;
    if (!deck->isActive()) deck->activate(true);
    return true;
}

}  // namespace apichecklist::extension
