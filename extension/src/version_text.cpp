#include "version_text.hpp"

#include "command_call.hpp"

namespace apichecklist::extension {

namespace {

std::string title_of(const catalog::Checklist& checklist) {
    std::string title = checklist.title;
    if (title.find(checklist.label) == std::string::npos) title += " " + checklist.label;
    if (!checklist.official)
        title += say("（テスト用・公式ではありません）", " (test only, not official)");
    return title;
}

const char* recorded_in(const std::string& detected_by) {
    if (detected_by == "settings")
        return say("文書の設定（_apichecklist）に記録", "recorded in the document settings");
    if (detected_by == "property")
        return say("文書のプロパティに記録", "recorded in the document properties");
    return say("列と項目の内容から判定", "recognised from the columns and items");
}

}  // namespace

VersionView version_view(const catalog::Catalog& catalog, const sheet::ChecklistLayout& layout) {
    VersionView view;
    const catalog::Checklist* checklist = catalog.checklist(layout.checklist_id);
    if (!checklist) return view;
    view.version = std::string(say("このシート: ", "This sheet: ")) + title_of(*checklist) + "（" +
                   recorded_in(layout.detected_by) + "）";
    view.offer = repair::newest_upgrade(catalog, layout.checklist_id);
    if (view.offer) {
        view.newer = std::string(say("新しい版がインストールされています: ",
                                     "A newer version is installed: ")) +
                     title_of(*catalog.checklist(view.offer->to)) +
                     say("。回答を新しい版のシートに移せます（元の文書は変更しません）。",
                         ". The answers can be carried over to a sheet of the new version (this "
                         "document is not changed).");
    } else {
        view.newer = say("インストールされている中で最新の版です。",
                         "This is the newest version installed.");
    }
    return view;
}

}  // namespace apichecklist::extension
