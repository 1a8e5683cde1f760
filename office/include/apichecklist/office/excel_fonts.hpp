#pragma once
// Fonts in the .xlsx files soffice writes. An .xlsx cell has one font name for all scripts;
// Calc keeps a Western, an Asian and a complex one, and its export names a cell of Japanese
// text by the Asian one: left alone, Excel users get the office's default Asian font
// (here Noto Sans CJK SC, a Chinese design) instead of their own or a Japanese one.

#include <com/sun/star/lang/XComponent.hpp>

namespace apichecklist::office {

// Japanese Excel's default font since Office 2016.
inline constexpr const char* kExcelDefaultFont = "游ゴシック";

// A document loaded from an .xlsx (stored as .xlsx or .ods): every cell format and cell
// style gets its one font name for the Asian and complex scripts too, so that the export
// writes the user's font back.
void keep_excel_font_names(const css::uno::Reference<css::lang::XComponent>& document);

// A document the helper made (the template, a migrated sheet) stored as .xlsx: the default
// cell style in 游ゴシック for every script.
void use_excel_default_font(const css::uno::Reference<css::lang::XComponent>& document);

}  // namespace apichecklist::office
