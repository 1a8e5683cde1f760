#pragma once
// Modal message boxes over a frame's window, for the menu commands.

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string_view>

namespace apichecklist::extension {

enum class BoxKind { Info, Error, Question };

// For a Question, true when the user chose OK; for the others, always true.
bool show_box(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame, BoxKind kind,
              std::string_view text);

}  // namespace apichecklist::extension
