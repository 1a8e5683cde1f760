#include "version_text.hpp"

#include "command_call.hpp"
#include "messages.hpp"

namespace apichecklist::extension {

namespace {

std::string title_of(const catalog::Checklist& checklist) {
    std::string title = checklist.title;
    if (title.find(checklist.label) == std::string::npos) title += " " + checklist.label;
    if (!checklist.official) title += tr(Msg::NotOfficialCatalog);
    return title;
}

const char* recorded_in(const std::string& detected_by) {
    if (detected_by == "settings") return tr(Msg::RecordedInSettings);
    if (detected_by == "property") return tr(Msg::RecordedInProperties);
    return tr(Msg::RecognisedFromContent);
}

}  // namespace

VersionView version_view(const catalog::Catalog& catalog, const sheet::ChecklistLayout& layout) {
    VersionView view;
    const catalog::Checklist* checklist = catalog.checklist(layout.checklist_id);
    if (!checklist) return view;
    view.version = std::string(tr(Msg::ThisSheet)) + title_of(*checklist) + "（" +
                   recorded_in(layout.detected_by) + "）";
    view.offer = repair::newest_upgrade(catalog, layout.checklist_id);
    if (view.offer) {
        view.newer = std::string(tr(Msg::NewerInstalled)) +
                     title_of(*catalog.checklist(view.offer->to)) + tr(Msg::NewerCarryOver);
    } else {
        view.newer = tr(Msg::NewestInstalled);
    }
    return view;
}

}  // namespace apichecklist::extension
