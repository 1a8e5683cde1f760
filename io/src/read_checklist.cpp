#include "apichecklist/io/read_checklist.hpp"

namespace apichecklist::io {

ChecklistFile read_checklist(const std::filesystem::path& file, const catalog::Catalog& catalog,
                             const ReadLimits& limits) {
    ChecklistFile loaded;
    try {
        loaded.workbook = read_workbook(file, limits);
    } catch (const ReadError&) {
        throw;
    } catch (const std::exception& e) {
        throw ReadError(file, std::string("読み込み中に問題が起きました: ") + e.what(),
                        std::string("reading failed: ") + e.what());
    }
    loaded.settings = settings::read_settings(loaded.workbook);
    auto layout =
        sheet::detect_layout(loaded.workbook, catalog, settings::checklist_hint(loaded.settings));
    if (!layout)
        throw ReadError(file,
                        "チェックリストが見つかりません。" + sheet::layout_search_description_ja() +
                            "。フォーマットの見出し行を残したファイルを指定してください。",
                        "no checklist found: " + sheet::layout_search_description_en() +
                            "; keep the フォーマット's header row, or give the sheet the checklist "
                            "came back in");
    loaded.layout = std::move(*layout);
    return loaded;
}

}  // namespace apichecklist::io
