#pragma once
// UTF-8 (the core's strings) <-> rtl::OUString (UNO's strings), and local paths <->
// file:///… URLs: one conversion for the helper's office code and the Calc extension.

#include <rtl/ustring.hxx>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace apichecklist::office {

rtl::OUString to_ou(std::string_view utf8);
std::string to_utf8(const rtl::OUString& text);

// file:///… URL for a local path, made absolute (percent-encoded as UNO expects).
rtl::OUString file_url(const std::filesystem::path& path);
// The local path of a file:///… URL; none for another kind of URL.
std::optional<std::filesystem::path> system_path(const rtl::OUString& url);

}  // namespace apichecklist::office
