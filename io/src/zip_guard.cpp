#include "zip_guard.hpp"

#include <zip.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <orcus/sax_parser.hpp>

#include "xml_parse.hpp"

namespace apichecklist::io {

namespace {

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipCloser>;

std::optional<std::string> read_index(zip_t* archive, zip_uint64_t index, zip_uint64_t max_bytes) {
    zip_stat_t st;
    if (zip_stat_index(archive, index, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        st.size > max_bytes)
        return std::nullopt;
    zip_file_t* file = zip_fopen_index(archive, index, 0);
    if (!file) return std::nullopt;
    std::string data(st.size, '\0');
    const zip_int64_t n = zip_fread(file, data.data(), st.size);
    // libzip compares the CRC only when a read reaches the end of the entry: one more read
    // must find that end, or the entry is longer than its header says or its CRC is wrong.
    char beyond = 0;
    const zip_int64_t more = n >= 0 ? zip_fread(file, &beyond, 1) : 0;
    zip_fclose(file);
    if (n < 0 || zip_uint64_t(n) != st.size) return std::nullopt;
    if (more != 0) {
        const char* name = zip_get_name(archive, index, 0);
        throw MalformedXml(name ? name : "",
                           "データが壊れています (CRC またはサイズが一致しません)",
                           "the data is damaged (CRC or size mismatch)");
    }
    return data;
}

// An entry name as OPC compares part names: ASCII lower case, '\\' as '/', no leading '/'.
std::string folded(std::string_view name) {
    std::string out;
    for (const char c : name)
        out += c == '\\' ? '/' : c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    if (!out.empty() && out[0] == '/') out.erase(0, 1);
    return out;
}

// True when the ODF manifest declares encryption data for any entry.
class ManifestHandler : public orcus::sax_handler {
  public:
    void start_element(const orcus::sax::parser_element& element) {
        if (element.name == "encryption-data") encrypted = true;
    }
    bool encrypted = false;
};

bool manifest_declares_encryption(const std::string& manifest) {
    ManifestHandler handler;
    try {
        check_character_references("META-INF/manifest.xml", manifest);
        orcus::sax_parser<ManifestHandler> parser(manifest.data(), manifest.size(), handler);
        parser.parse();
    } catch (const std::exception&) {
        // A manifest that does not parse is reported by the filter later.
    }
    return handler.encrypted;
}

// An OOXML package whose main part is a workbook (.xlsx, .xlsm, .xltx), wherever it lives.
bool is_spreadsheetml(std::string_view content_types) {
    return content_types.find("spreadsheetml.sheet.main+xml") != std::string_view::npos ||
           content_types.find("spreadsheetml.template.main+xml") != std::string_view::npos ||
           content_types.find("ms-excel.sheet.macroEnabled.main+xml") != std::string_view::npos ||
           content_types.find("ms-excel.template.macroEnabled.main+xml") != std::string_view::npos;
}

std::string method_name(zip_uint16_t method) {
    switch (method) {
        case ZIP_CM_DEFLATE64:
            return "Deflate64";
        case ZIP_CM_PKWARE_IMPLODE:
            return "PKWARE Implode";
        case ZIP_CM_BZIP2:
            return "bzip2";
        case ZIP_CM_LZMA:
            return "LZMA";
        case ZIP_CM_LZMA2:
            return "LZMA2";
        case ZIP_CM_XZ:
            return "XZ";
        case 93:  // ZIP_CM_ZSTD, not named by libzip 1.7
            return "Zstandard";
        case ZIP_CM_PPMD:
            return "PPMd";
        default:
            return "#" + std::to_string(method);
    }
}

}  // namespace

ZipReader::ZipReader(const std::filesystem::path& file) {
    int error_code = 0;
    archive_ = zip_open(file.c_str(), ZIP_RDONLY, &error_code);
}

ZipReader::~ZipReader() {
    if (archive_) zip_discard(archive_);
}

std::int64_t ZipReader::locate(const std::string& name) {
    const zip_int64_t exact = zip_name_locate(archive_, name.c_str(), 0);
    if (exact >= 0) return exact;
    if (!folded_built_) {
        folded_built_ = true;
        const zip_int64_t count = zip_get_num_entries(archive_, 0);
        for (zip_int64_t i = 0; i < count; ++i)
            if (const char* entry = zip_get_name(archive_, zip_uint64_t(i), 0))
                folded_.emplace(folded(entry), zip_uint64_t(i));  // the first of equal names
    }
    const auto found = folded_.find(folded(name));
    return found == folded_.end() ? -1 : std::int64_t(found->second);
}

bool ZipReader::contains(const std::string& name) { return archive_ && locate(name) >= 0; }

std::optional<std::string> ZipReader::read(const std::string& name, std::uintmax_t max_bytes) {
    if (!archive_) return std::nullopt;
    const std::int64_t index = locate(name);
    if (index < 0) return std::nullopt;
    return read_index(archive_, zip_uint64_t(index), max_bytes);
}

ZipInspection inspect_zip(const std::filesystem::path& file, std::uintmax_t limit) {
    ZipInspection result;
    int error_code = 0;
    ZipHandle archive(zip_open(file.c_str(), ZIP_RDONLY, &error_code));
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, error_code);
        result.error = zip_error_strerror(&error);
        zip_error_fini(&error);
        return result;
    }
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count && result.uncompressed <= limit; ++i) {
        zip_stat_t st;
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &st) != 0) continue;
        if (st.valid & ZIP_STAT_SIZE) result.uncompressed += st.size;
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            result.zip_encrypted = true;
        // A directory entry is stored whatever its method says; anything else libzip
        // cannot inflate would later look like a missing part.
        if ((st.valid & ZIP_STAT_COMP_METHOD) && result.unsupported_method.empty() &&
            !zip_compression_method_supported(st.comp_method, 0) &&
            !((st.valid & ZIP_STAT_SIZE) && st.size == 0)) {
            result.unsupported_method = method_name(st.comp_method);
            result.unsupported_entry = (st.valid & ZIP_STAT_NAME) && st.name ? st.name : "";
        }
    }
    if (result.uncompressed > limit || result.zip_encrypted || !result.unsupported_method.empty())
        return result;
    archive.reset();

    ZipReader reader(file);
    const std::string mimetype = reader.read("mimetype", 256).value_or(std::string());
    if (mimetype.rfind("application/vnd.oasis.opendocument.spreadsheet", 0) == 0) {
        result.kind = ZipKind::Ods;
        result.encrypted = manifest_declares_encryption(
            reader.read("META-INF/manifest.xml", 1u << 20).value_or(std::string()));
    } else if (is_spreadsheetml(
                   reader.read("[Content_Types].xml", 1u << 20).value_or(std::string())) ||
               reader.contains("xl/workbook.xml")) {
        result.kind = ZipKind::Xlsx;
    }
    return result;
}

std::optional<std::string> read_zip_entry(const std::filesystem::path& file,
                                          const std::string& name, std::uintmax_t max_bytes) {
    return ZipReader(file).read(name, max_bytes);
}

}  // namespace apichecklist::io
