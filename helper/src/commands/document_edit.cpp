#include "document_edit.hpp"

#include <sys/stat.h>

#include "apichecklist/io/output_file.hpp"
#include "apichecklist/io/read_workbook.hpp"
#include "apichecklist/io/xlsx_protection.hpp"
#include "apichecklist/office/scratch_directory.hpp"

namespace apichecklist::cli {

namespace fs = std::filesystem;

namespace {

// Another program has the file open: LibreOffice's `.~lock.NAME#`, Excel's `~$NAME` (Excel
// drops the first two characters of a long name: `~$me.xlsx` for `name.xlsx`).
void refuse_when_open(const fs::path& file) {
    const std::string name = file.filename().string();
    std::vector<std::string> locks = {".~lock." + name + "#", "~$" + name};
    if (name.size() > 2) locks.push_back("~$" + name.substr(2));
    for (const std::string& lock : locks) {
        std::error_code ec;
        if (!fs::exists(file.parent_path() / lock, ec)) continue;
        throw UsageError(tr(file.string() + ": ほかのプログラムで開かれているため更新しません (" +
                                lock +
                                " があります)。そのプログラムでファイルを閉じてから再実行するか、"
                                "-o で別のファイルに書いてください",
                            file.string() + ": open in another program (" + lock +
                                " is beside it), not updated; close it there and run again, or "
                                "write a copy with -o"));
    }
}

}  // namespace

DocumentEdit prepare_document_edit(Context& ctx, const std::string& file,
                                   const std::string& output) {
    const fs::path input = file;
    const auto input_format = office::format_of(input);
    if (!input_format || *input_format == office::FileFormat::Ots)
        throw UsageError(tr(file + ": 書き込めるのは .ods と .xlsx だけです (CSV "
                                   "にはシートがなく、ほかの形式は書けません)。.ods か .xlsx "
                                   "で保存してから実行してください",
                            file + ": only .ods and .xlsx can be written (a CSV has no "
                                   "sheets); save it as .ods or .xlsx first"));
    // Without -o: FILE itself (a link is followed; only a regular file is replaced).
    const fs::path target = output.empty() ? io::resolve_output(input)
                                           : io::resolve_output(output, input.filename(), {input});
    const auto format = office::format_of(target);
    if (!format || *format == office::FileFormat::Ots)
        throw UsageError(tr(target.string() + ": 出力は .ods か .xlsx にしてください",
                            target.string() + ": the output must be .ods or .xlsx"));
    refuse_when_open(target);
    // A file marked read-only (no write bit for anyone, as Excel's and Explorer's 「読み取り
    // 専用」 leave it) is not replaced behind the user's back, even where the rename could.
    struct stat mode {};
    if (output.empty() && ::stat(target.c_str(), &mode) == 0 && (mode.st_mode & 0222) == 0)
        throw UsageError(
            tr(target.string() + ": 読み取り専用のファイルなので更新しません。書き込みを許可"
                                 "してから再実行するか、-o で別のファイルに書いてください",
               target.string() + ": the file is read-only, not updated; allow writing first, or "
                                 "write a copy with -o"));
    CheckedSheet checked = check_one_sheet(file, ctx.catalog(), "", "");
    // A cell LibreOffice cannot take: refused before soffice starts.
    if (const auto oversized = oversized_cell_message(*checked.workbook, file))
        throw UsageError(tr(oversized->ja, oversized->en));
    if (*input_format == office::FileFormat::Xlsx && io::xlsx_structure_locked(input))
        throw UsageError(tr(
            file +
                ": ブックの構成が保護されています (Excel の「ブックの保護」)。LibreOffice "
                "はこの保護を読み込めないため、書き込むと保護が外れます。Excel で「ブックの保護」を"
                "解除してから実行し、必要なら保護し直してください",
            file + ": the workbook structure is protected (Excel's Protect Workbook); LibreOffice "
                   "does not read that protection, so writing would drop it. Unprotect the "
                   "workbook in Excel, run again, and protect it again if needed"));
    return {input, target, *format, std::move(checked)};
}

void store_document_edit(
    const DocumentEdit& edit, const char* what,
    const std::function<void(office::Session&, const fs::path& copy, const fs::path& temp)>& write,
    const std::function<bool(const sheet::Workbook& stored)>& verify) {
    const std::string file = edit.input.string();
    // soffice works on a private copy in a hidden directory beside the target (its lock
    // file lands there), stores beside it, and the result is checked before the rename.
    const office::ScratchDirectory staging(office::staging_path_beside(edit.target));
    const fs::path copy = staging.path() / ("source" + edit.input.extension().string());
    const fs::path temp = staging.path() / edit.target.filename();
    fs::copy_file(edit.input, copy);
    office::Office soffice;
    try {
        soffice.run(what, [&](office::Session& session) { write(session, copy, temp); });
    } catch (const office::OfficeError& e) {
        throw UsageError(tr(file + ": LibreOffice で書き込めませんでした: " + e.what(),
                            file + ": LibreOffice could not write it: " + e.what()));
    }
    soffice.shutdown();
    if (!verify(io::read_workbook(temp)))
        throw UsageError(tr(file + ": 書いたファイルを読み戻して確かめられないため出力しませんでし"
                                   "た (不具合です。報告してください)",
                            file + ": the written file does not read back as intended; not "
                                   "written (a bug, please report)"));
    // A replaced file keeps its permission bits.
    struct stat existing {};
    if (::stat(edit.target.c_str(), &existing) == 0)
        ::chmod(temp.c_str(), existing.st_mode & 07777);
    io::move_into_place(temp, edit.target);
}

}  // namespace apichecklist::cli
