#pragma once

// Spacing and timing every panel of the deck shares, so the panels line up and react alike.

#include <sal/types.h>

#include <chrono>

namespace apichecklist::extension {

constexpr sal_Int32 kPanelMargin = 6;
constexpr sal_Int32 kControlRowHeight = 24;
// Work after an edit waits this long for the next keystroke: never on the typing path.
constexpr auto kAfterEditQuietTime = std::chrono::milliseconds(300);

}  // namespace apichecklist::extension
