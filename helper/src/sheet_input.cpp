#include "sheet_input.hpp"

#include "apichecklist/io/read_workbook.hpp"
#include "apichecklist/validate/validate.hpp"
#include "context.hpp"

namespace apichecklist::cli {

ValidatedSheet read_and_validate(const std::string& file, const catalog::Catalog& catalog, const std::string& role,
                                 const std::string& checklist) {
    ValidatedSheet out;
    try {
        out.workbook = io::read_workbook(file);
    } catch (const io::ReadError& e) {
        throw UsageError(file + ": " + (english() ? e.message_en() : e.message_ja()));
    }
    auto layout = sheet::detect_layout(out.workbook, catalog, checklist);
    if (!layout)
        throw UsageError(file + ": " +
                         (english() ? "no checklist found: " + sheet::layout_search_description_en()
                                    : "チェックリストが見つかりません。" + sheet::layout_search_description_ja()));
    out.layout = std::move(*layout);
    const validate::SettingsReadResult settings = validate::read_settings(out.workbook);
    if (!role.empty())
        out.role = *validate::role_from_name(role);
    else if (settings.settings && settings.settings->role)
        out.role = *settings.settings->role;
    const std::vector<validate::Ignore> none;
    out.report = validate::validate(out.workbook, out.layout, catalog, out.role,
                                    settings.settings ? settings.settings->ignores : none);
    return out;
}

}  // namespace apichecklist::cli
