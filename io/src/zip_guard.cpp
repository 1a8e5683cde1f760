#include "zip_guard.hpp"

#include <zip.h>

#include <memory>
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

std::optional<std::string> read_entry_or_null(zip_t* archive, const char* name,
                                              zip_uint64_t max_bytes) {
    zip_stat_t st;
    if (zip_stat(archive, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > max_bytes)
        return std::nullopt;
    zip_file_t* file = zip_fopen(archive, name, 0);
    if (!file) return std::nullopt;
    std::string data(st.size, '\0');
    const zip_int64_t n = zip_fread(file, data.data(), st.size);
    // libzip compares the CRC only when a read reaches the end of the entry: one more read
    // must find that end, or the entry is longer than its header says or its CRC is wrong.
    char beyond = 0;
    const zip_int64_t more = n >= 0 ? zip_fread(file, &beyond, 1) : 0;
    zip_fclose(file);
    if (n < 0 || zip_uint64_t(n) != st.size) return std::nullopt;
    if (more != 0)
        throw MalformedXml(name, "データが壊れています (CRC またはサイズが一致しません)",
                           "the data is damaged (CRC or size mismatch)");
    return data;
}

std::string read_entry(zip_t* archive, const char* name, zip_uint64_t max_bytes) {
    return read_entry_or_null(archive, name, max_bytes).value_or(std::string());
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

}  // namespace

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
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &st) == 0 &&
            (st.valid & ZIP_STAT_SIZE))
            result.uncompressed += st.size;
    }
    if (result.uncompressed > limit) return result;

    const std::string mimetype = read_entry(archive.get(), "mimetype", 256);
    if (mimetype.rfind("application/vnd.oasis.opendocument.spreadsheet", 0) == 0) {
        result.kind = ZipKind::Ods;
        result.encrypted = manifest_declares_encryption(
            read_entry(archive.get(), "META-INF/manifest.xml", 1u << 20));
    } else if (is_spreadsheetml(read_entry(archive.get(), "[Content_Types].xml", 1u << 20)) ||
               zip_name_locate(archive.get(), "xl/workbook.xml", 0) >= 0) {
        result.kind = ZipKind::Xlsx;
    }
    return result;
}

std::optional<std::string> read_zip_entry(const std::filesystem::path& file,
                                          const std::string& name, std::uintmax_t max_bytes) {
    int error_code = 0;
    ZipHandle archive(zip_open(file.c_str(), ZIP_RDONLY, &error_code));
    if (!archive) return std::nullopt;
    return read_entry_or_null(archive.get(), name.c_str(), max_bytes);
}

}  // namespace apichecklist::io
