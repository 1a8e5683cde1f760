#pragma once
// The sidebar's text broken into the lines a control of a given width shows, measured with
// the control's own font and broken by core's Japanese line-breaking rules
// (text/line_break.hpp): one way for the lists, the labels and the text boxes.

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XFont.hpp>

#include <rtl/ustring.hxx>

#include <vector>

namespace apichecklist::extension {

// The font `control` draws with, or none while it has no window. XFont measures without
// taking the office's lock: use it from the office's own events only.
css::uno::Reference<css::awt::XFont> font_of(
    const css::uno::Reference<css::awt::XControl>& control);

// The lines of `text` no wider than `first` pixels (each paragraph's first line) or `rest`
// (the others); without a font, the paragraphs as they are.
std::vector<rtl::OUString> wrap_lines(const rtl::OUString& text,
                                      const css::uno::Reference<css::awt::XFont>& font,
                                      sal_Int32 first, sal_Int32 rest);

}  // namespace apichecklist::extension
