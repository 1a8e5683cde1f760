#pragma once
// Writes a zip package from named parts with libzip, so that a test shows the very XML
// it is about (a workbook part in another folder, a character reference no XML allows).

#include <zip.h>

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>

namespace apichecklist::test {

using Parts = std::map<std::string, std::string>;  // zip entry → bytes

inline void write_package(const std::filesystem::path& path, const Parts& parts) {
    std::filesystem::remove(path);
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) throw std::runtime_error("zip_open failed");
    for (const auto& [name, bytes] : parts) {
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        if (!source || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0)
            throw std::runtime_error("zip_file_add failed for " + name);
    }
    if (zip_close(archive) != 0) throw std::runtime_error("zip_close failed");
}

// The smallest .xlsx Excel opens: one sheet "Sheet1" holding `sheet_data` (the inside of
// <sheetData>), with optional shared strings and styles.
inline Parts minimal_xlsx(const std::string& sheet_data, const std::string& shared_strings = {},
                          const std::string& styles = {}) {
    const std::string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    Parts parts;
    parts["[Content_Types].xml"] =
        "<?xml version=\"1.0\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
    parts["_rels/.rels"] =
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" +
        rel +
        "/officeDocument\" Target=\"xl/workbook.xml\"/>"
        "</Relationships>";
    parts["xl/workbook.xml"] = "<?xml version=\"1.0\"?><workbook xmlns=\"" + main +
                               "\" xmlns:r=\"" + rel +
                               "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>"
                               "</sheets></workbook>";
    std::string rels =
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" +
        rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    if (!shared_strings.empty()) {
        rels += "<Relationship Id=\"rId2\" Type=\"" + rel +
                "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts["xl/sharedStrings.xml"] =
            "<?xml version=\"1.0\"?><sst xmlns=\"" + main + "\">" + shared_strings + "</sst>";
    }
    if (!styles.empty()) {
        rels += "<Relationship Id=\"rId3\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>";
        parts["xl/styles.xml"] =
            "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + main + "\">" + styles + "</styleSheet>";
    }
    parts["xl/_rels/workbook.xml.rels"] = rels + "</Relationships>";
    parts["xl/worksheets/sheet1.xml"] = "<?xml version=\"1.0\"?><worksheet xmlns=\"" + main +
                                        "\"><sheetData>" + sheet_data + "</sheetData></worksheet>";
    return parts;
}

}  // namespace apichecklist::test
