#include "apichecklist/io/read_workbook.hpp"

#include <unistd.h>

#include <cerrno>
#include <fstream>

#include "csv_reader.hpp"
#include "document_properties.hpp"
#include "ods_content.hpp"
#include "read_in_process.hpp"
#include "too_large.hpp"
#include "xlsx_reader.hpp"
#include "xml_parse.hpp"
#include "zip_guard.hpp"

namespace apichecklist::io {

namespace fs = std::filesystem;

ReadError::ReadError(fs::path file, std::string message_ja, std::string message_en,
                     ReadErrorKind kind)
    : std::runtime_error(file.string() + ": " + message_en),
      file_(std::move(file)),
      message_ja_(std::move(message_ja)),
      message_en_(std::move(message_en)),
      kind_(kind) {}

namespace {

std::string head_bytes(const fs::path& file, std::size_t n) {
    std::ifstream in(file, std::ios::binary);
    std::string bytes(n, '\0');
    in.read(bytes.data(), std::streamsize(n));
    bytes.resize(std::size_t(in.gcount()));
    return bytes;
}

std::string lower_extension(const fs::path& file) {
    std::string ext = file.extension().string();
    for (char& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

ReadError no_permission(const fs::path& file) {
    return ReadError(file,
                     "ファイルを読み取る権限がありません。ファイルとフォルダーの権限を確認してくだ"
                     "さい。",
                     "no permission to read the file; check the permissions of the file and its "
                     "folder");
}

std::string megabytes(std::uintmax_t bytes) { return std::to_string(bytes >> 20) + " MB"; }

ReadError damaged_part(const fs::path& file, const MalformedXml& e) {
    return ReadError(
        file,
        "ファイルの中身 (" + e.part() + ") が壊れているため読めません: " + e.detail_ja() +
            "。表計算ソフトで開いて保存し直すか、送付元に元のファイルを依頼してください。",
        "a part of the file (" + e.part() + ") is damaged: " + e.detail_en() +
            "; open it in a spreadsheet program and save it again, or ask the "
            "sender for the original file");
}

void read_ods(const fs::path& file, sheet::Workbook& workbook, const ReadLimits& limits) {
    const auto content = read_zip_entry(file, "content.xml", limits.max_uncompressed_bytes);
    if (!content)
        throw ReadError(
            file,
            "content.xml "
            "がないか読めません。ファイルが壊れています。表計算ソフトで保存し直してください。",
            "content.xml is missing or unreadable; the file is damaged; save it again");
    try {
        read_ods_content(*content, workbook, limits.max_rows, limits.max_columns);
    } catch (const TooLarge&) {
        throw;
    } catch (const MalformedXml& e) {
        throw damaged_part(file, e);
    } catch (const std::exception& e) {
        throw ReadError(file,
                        std::string("content.xml が壊れているため読めません (") + e.what() +
                            ")。表計算ソフトで開いて保存し直してください。",
                        std::string("content.xml is damaged (") + e.what() +
                            "); open the file in a spreadsheet program and save it again");
    }
}

}  // namespace

sheet::Workbook read_workbook_in_process(const fs::path& file, const ReadLimits& limits) {
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (ec == std::errc::permission_denied) throw no_permission(file);
    if (ec || !fs::exists(status))
        throw ReadError(file, "ファイルが見つかりません。パスを確認してください。",
                        "no such file; check the path");
    if (!fs::is_regular_file(status))
        throw ReadError(file, "通常のファイルではありません。", "not a regular file");
    const std::uintmax_t size = fs::file_size(file, ec);
    if (ec)
        throw ReadError(file, "ファイルを読めません。権限を確認してください。",
                        "cannot read the file");
    if (size > limits.max_file_bytes)
        throw ReadError(file,
                        "ファイルが大きすぎます (" + megabytes(size) + "、上限 " +
                            megabytes(limits.max_file_bytes) +
                            ")。チェックリスト以外のシートを除いて保存し直してください。",
                        "the file is too large (" + megabytes(size) + ", limit " +
                            megabytes(limits.max_file_bytes) +
                            "); remove unrelated sheets and save again");
    if (::access(file.c_str(), R_OK) != 0 && errno == EACCES) throw no_permission(file);
    const std::string head = head_bytes(file, 4096);
    if (head.empty())
        throw ReadError(file, "ファイルが空です (0 バイト)。", "the file is empty (0 bytes)");

    sheet::Workbook workbook;
    workbook.source = file.string();
    try {
        if (head.rfind("\xD0\xCF\x11\xE0", 0) == 0)
            throw ReadError(
                file,
                "パスワードで保護されたファイルか、古い Excel 97-2003 形式 (.xls) です。"
                "パスワードを解除し、.xlsx か .ods で保存し直してください。",
                "the file is password-protected or an old Excel 97-2003 (.xls) file; "
                "remove the password and save it as .xlsx or .ods");
        if (head.rfind("PK", 0) == 0) {
            const ZipInspection zip = inspect_zip(file, limits.max_uncompressed_bytes);
            if (!zip.error.empty())
                throw ReadError(file,
                                "zip 形式が壊れています (" + zip.error +
                                    ")。途中までしか保存・転送されていない可能性があります。元のフ"
                                    "ァイルを取り直してください。",
                                "the zip container is damaged (" + zip.error +
                                    "); the file may be truncated; get the original file again");
            if (zip.uncompressed > limits.max_uncompressed_bytes)
                throw ReadError(
                    file,
                    "展開後のサイズが上限 " + megabytes(limits.max_uncompressed_bytes) +
                        " を超えるため読みません (zip 爆弾の可能性)。送付元に確認してください。",
                    "refused: the contents would inflate beyond " +
                        megabytes(limits.max_uncompressed_bytes) +
                        " (possible zip bomb); check with the sender");
            if (zip.zip_encrypted)
                throw ReadError(
                    file,
                    "zip が暗号化されています (パスワードで保護されています)。パスワード"
                    "を解除し、表計算ソフトで .xlsx か .ods として保存し直してくだ"
                    "さい。",
                    "the zip is encrypted (password-protected); remove the password "
                    "and save it again as .xlsx or .ods");
            if (!zip.unsupported_method.empty())
                throw ReadError(
                    file,
                    "対応していない zip の圧縮方式 " + zip.unsupported_method + " です (" +
                        zip.unsupported_entry +
                        ")。表計算ソフトで開いて .xlsx か .ods として保存し直すか、zip を "
                        "Deflate で作り直してください。",
                    "unsupported zip compression method " + zip.unsupported_method + " (" +
                        zip.unsupported_entry +
                        "); open it in a spreadsheet program and save it as .xlsx or .ods, or "
                        "re-create the zip with Deflate");
            if (zip.encrypted)
                throw ReadError(
                    file,
                    "パスワードで保護されています。パスワードを解除して保存し直してください。",
                    "the file is password-protected; remove the password and save it again");
            if (zip.kind == ZipKind::Ods) {
                read_ods(file, workbook, limits);
                workbook.properties = read_ods_user_properties(file, limits.max_uncompressed_bytes);
            } else if (zip.kind == ZipKind::Xlsx) {
                try {
                    read_xlsx(file, workbook, limits);
                    workbook.properties =
                        read_xlsx_custom_properties(file, limits.max_uncompressed_bytes);
                } catch (const MalformedXml& e) {
                    throw damaged_part(file, e);
                }
            } else {
                throw ReadError(file,
                                "zip ファイルですが .ods でも .xlsx でもありません。表計算ソフトで "
                                ".ods か .xlsx として保存してください。",
                                "a zip file, but neither .ods nor .xlsx; save it as .ods or .xlsx");
            }
        } else if (lower_extension(file) == ".csv") {
            // Any encoding, UTF-16 (NUL bytes) too: read_csv names the encodings it tried.
            std::ifstream in(file, std::ios::binary);
            std::string content(size, '\0');
            in.read(content.data(), std::streamsize(size));
            try {
                workbook.encoding = read_csv(content, file.stem().string(), workbook,
                                             limits.max_rows, limits.max_columns);
            } catch (const TooLarge&) {
                throw;
            } catch (const CsvError& e) {
                throw ReadError(file, e.message_ja(), e.message_en());
            } catch (const std::exception& e) {
                throw ReadError(
                    file,
                    std::string("CSV の形式が壊れています (") + e.what() +
                        ")。引用符 (\") の対応を確認するか、表計算ソフトで保存し直してください。",
                    std::string("the CSV is malformed (") + e.what() +
                        "); check the quotes (\") or save it again");
            }
        } else {
            throw ReadError(file,
                            "表計算ファイル (.ods / .xlsx / .csv) "
                            "ではありません。チェックリストのファイルを指定してください。",
                            "not a spreadsheet (.ods / .xlsx / .csv); give the checklist file");
        }
    } catch (const MalformedXml& e) {
        throw damaged_part(file, e);
    } catch (const TooLarge& e) {
        throw ReadError(
            file, std::string("行が多すぎます (") + e.what() + ")。不要な行を削除してください。",
            std::string("too many rows (") + e.what() + "); delete unneeded rows");
    }
    return workbook;
}

}  // namespace apichecklist::io
