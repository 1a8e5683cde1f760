#pragma once
// Opening the 「API接続チェックリスト」 deck in a frame without toggling it shut, and
// unfolding one of its panels.

#include <com/sun/star/frame/XFrame.hpp>

namespace apichecklist::extension {

inline constexpr const char* kDeckId = "ApiChecklistDeck";

// Returns false when the frame has no sidebar or the deck is not offered (not Calc).
bool open_deck(const css::uno::Reference<css::frame::XFrame>& frame);
// Unfolds the panel (e.g. "ApiChecklistValidationPanel") of the open deck, leaving the
// others as they are; a closed deck is opened as the user left it. False when there is no
// such deck or panel.
bool open_panel(const css::uno::Reference<css::frame::XFrame>& frame, const char* panel_id);

}  // namespace apichecklist::extension
