#pragma once
// UTF-8 (the core's strings) <-> rtl::OUString (UNO's strings).

#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

namespace apichecklist::extension {

rtl::OUString to_ou(std::string_view utf8);
std::string to_utf8(const rtl::OUString& text);

}  // namespace apichecklist::extension
