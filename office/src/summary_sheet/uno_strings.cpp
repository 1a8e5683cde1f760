#include "apichecklist/office/uno_strings.hpp"

#include <osl/file.hxx>

#include "apichecklist/office/office.hpp"

namespace apichecklist::office {

rtl::OUString to_ou(std::string_view utf8) {
    return rtl::OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

std::string to_utf8(const rtl::OUString& text) {
    const rtl::OString bytes = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
}

rtl::OUString file_url(const std::filesystem::path& path) {
    rtl::OUString url;
    const std::string absolute = std::filesystem::absolute(path).lexically_normal().string();
    if (osl::FileBase::getFileURLFromSystemPath(to_ou(absolute), url) != osl::FileBase::E_None)
        throw OfficeError(OfficeError::Kind::Failed, "ファイル URL に変換できません: " + absolute);
    return url;
}

std::optional<std::filesystem::path> system_path(const rtl::OUString& url) {
    rtl::OUString path;
    if (!url.startsWithIgnoreAsciiCase("file:") ||
        osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None)
        return std::nullopt;
    return std::filesystem::path(to_utf8(path));
}

}  // namespace apichecklist::office
