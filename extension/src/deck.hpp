#pragma once
// Opening the 「API接続チェックリスト」 deck in a frame without toggling it shut.

#include <com/sun/star/frame/XFrame.hpp>

namespace apichecklist::extension {

inline constexpr const char* kDeckId = "ApiChecklistDeck";

// Returns false when the frame has no sidebar or the deck is not offered (not Calc).
bool open_deck(const css::uno::Reference<css::frame::XFrame>& frame);

}  // namespace apichecklist::extension
