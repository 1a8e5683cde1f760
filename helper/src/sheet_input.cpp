#include "sheet_input.hpp"

#include "apichecklist/io/workbook_reader.hpp"
#include "apichecklist/settings/role_choice.hpp"
#include "apichecklist/validate/validate.hpp"
#include "context.hpp"

namespace apichecklist::cli {

namespace {

void fail(FileResult& result, FileStatus status, std::string ja, std::string en) {
    result.status = status;
    result.error_ja = std::move(ja);
    result.error_en = std::move(en);
}

}  // namespace

CheckedSheet check_sheet(const std::string& file, const catalog::Catalog& catalog,
                         const std::string& role, const std::string& checklist) {
    CheckedSheet out;
    FileResult& result = out.result;
    result.file = file;
    try {
        // One reader child per thread of a batch: the fork is paid once, not per file.
        thread_local io::WorkbookReader reader;
        out.workbook = reader.read(file);
    } catch (const io::ReadError& e) {
        fail(result, FileStatus::Unreadable, e.message_ja(), e.message_en());
        return out;
    } catch (const std::exception& e) {
        fail(result, FileStatus::Unreadable,
             std::string("読み込み中に問題が起きました: ") + e.what(),
             std::string("reading failed: ") + e.what());
        return out;
    }
    const settings::SettingsReadResult stored = settings::read_settings(*out.workbook);
    out.layout =
        sheet::detect_layout(*out.workbook, catalog, settings::checklist_hint(stored, checklist));
    if (!out.layout) {
        const std::string nearest_ja = sheet::best_candidate_description_ja(*out.workbook, catalog);
        const std::string nearest_en = sheet::best_candidate_description_en(*out.workbook, catalog);
        fail(result, FileStatus::NoChecklist,
             "チェックリストが見つかりません。" + sheet::layout_search_description_ja() + "。" +
                 (nearest_ja.empty() ? std::string() : nearest_ja + "。") +
                 "フォーマットの見出し行を残してください。",
             "no checklist found: " + sheet::layout_search_description_en() +
                 (nearest_en.empty() ? std::string() : "; " + nearest_en) +
                 "; keep the フォーマット's header row");
        return out;
    }
    const settings::RoleChoice choice =
        settings::choose_role(role.empty() ? std::nullopt : settings::role_from_name(role), stored,
                              *out.workbook, *out.layout, catalog);
    out.role = choice.role;
    result.role_source = settings::role_source_name(choice.source);
    result.detected_by = out.layout->detected_by;
    result.report = validate::validate(*out.workbook, *out.layout, catalog, out.role, stored);
    return out;
}

CheckedSheet check_one_sheet(const std::string& file, const catalog::Catalog& catalog,
                             const std::string& role, const std::string& checklist) {
    CheckedSheet out = check_sheet(file, catalog, role, checklist);
    if (out.result.status != FileStatus::Checked)
        throw UsageError(file + ": " + (english() ? out.result.error_en : out.result.error_ja));
    return out;
}

}  // namespace apichecklist::cli
