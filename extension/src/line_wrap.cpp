#include "line_wrap.hpp"

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/XDevice.hpp>

#include <span>
#include <string_view>

#include "apichecklist/text/line_break.hpp"

namespace apichecklist::extension {

using namespace css;

uno::Reference<awt::XFont> font_of(const uno::Reference<awt::XControl>& control) {
    auto device = uno::Reference<awt::XDevice>(control->getPeer(), uno::UNO_QUERY);
    // An empty descriptor: the control's own font.
    return device.is() ? device->getFont(awt::FontDescriptor()) : nullptr;
}

std::vector<rtl::OUString> wrap_lines(const rtl::OUString& text,
                                      const uno::Reference<awt::XFont>& font, sal_Int32 first,
                                      sal_Int32 rest) {
    uno::Sequence<sal_Int32> ends;
    if (font.is() && first > 0 && rest > 0) font->getStringWidthArray(text, ends);
    // sal_Unicode is a 16-bit integer in the SDK's public headers: the same code units.
    const std::u16string_view view(reinterpret_cast<const char16_t*>(text.getStr()),
                                   static_cast<size_t>(text.getLength()));
    std::vector<rtl::OUString> lines;
    for (const text::LineSpan& line : text::break_lines(
             view, std::span<const int32_t>(ends.getConstArray(), size_t(ends.getLength())), first,
             rest))
        lines.push_back(text.copy(static_cast<sal_Int32>(line.start),
                                  static_cast<sal_Int32>(line.end - line.start)));
    return lines;
}

}  // namespace apichecklist::extension
