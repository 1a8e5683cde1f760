#include "previous_sheet.hpp"

#include <cppuhelper/weakref.hxx>

#include <mutex>
#include <vector>

#include "guide_text.hpp"
#include "messages.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

struct Entry {
    uno::WeakReference<frame::XModel> model;
    std::shared_ptr<const PreviousSheet> sheet;
    std::string problem;
};

// Documents are few; entries of closed documents go on the next change.
std::mutex g_mutex;
std::vector<Entry> g_entries;

Entry* find(const uno::Reference<frame::XModel>& model) {
    for (Entry& entry : g_entries)
        if (uno::Reference<frame::XModel>(entry.model) == model) return &entry;
    return nullptr;
}

Entry& entry_of(const uno::Reference<frame::XModel>& model) {
    std::erase_if(g_entries, [](const Entry& entry) {
        return !uno::Reference<frame::XModel>(entry.model).is();
    });
    if (Entry* found = find(model)) return *found;
    return g_entries.emplace_back(Entry{model, nullptr, {}});
}

}  // namespace

std::shared_ptr<const PreviousSheet> previous_sheet(const uno::Reference<frame::XModel>& model) {
    if (!model.is()) return nullptr;
    std::lock_guard lock(g_mutex);
    const Entry* entry = find(model);
    return entry ? entry->sheet : nullptr;
}

std::string previous_problem(const uno::Reference<frame::XModel>& model) {
    if (!model.is()) return {};
    std::lock_guard lock(g_mutex);
    const Entry* entry = find(model);
    return entry ? entry->problem : std::string();
}

void set_previous_sheet(const uno::Reference<frame::XModel>& model,
                        std::shared_ptr<const PreviousSheet> sheet) {
    if (!model.is()) return;
    std::lock_guard lock(g_mutex);
    Entry& entry = entry_of(model);
    entry.sheet = std::move(sheet);
    entry.problem.clear();
}

void set_previous_problem(const uno::Reference<frame::XModel>& model, std::string problem) {
    if (!model.is()) return;
    std::lock_guard lock(g_mutex);
    entry_of(model).problem = std::move(problem);
}

const compare::Comparison* ReviewCache::comparison(const uno::Reference<frame::XModel>& model,
                                                   const DocumentView* document,
                                                   const catalog::Catalog& catalog) {
    std::shared_ptr<const PreviousSheet> chosen = previous_sheet(model);
    if (chosen != previous_) {
        previous_ = std::move(chosen);
        stale_ = true;
    }
    if (!previous_ || !document || !document->layout) {
        comparison_.reset();
        problem_.clear();
        return nullptr;
    }
    if (stale_) {
        stale_ = false;
        comparison_.reset();
        problem_.clear();
        const compare::SheetInput old_sheet{previous_->file.workbook, previous_->file.layout};
        const compare::SheetInput new_sheet{document->workbook, *document->layout};
        try {
            comparison_ = compare::compare_sheets(old_sheet, new_sheet, catalog, compare::today());
        } catch (const compare::IncomparableVersions&) {
            problem_ = incomparable_message(catalog, previous_->file.layout.checklist_id,
                                            document->layout->checklist_id);
        }
    }
    return comparison_ ? &*comparison_ : nullptr;
}

std::string checklist_label(const catalog::Catalog& catalog, const std::string& id) {
    const catalog::Checklist* checklist = catalog.checklist(id);
    return checklist ? checklist->label : id;
}

std::string incomparable_message(const catalog::Catalog& catalog, const std::string& old_id,
                                 const std::string& new_id) {
    const std::string from = checklist_label(catalog, old_id);
    const std::string to = checklist_label(catalog, new_id);
    if (english())
        return "The previous file (" + from + ") cannot be compared with this sheet (" + to +
               "): no mapping leads from its version to this one. Choose last time's, older sheet.";
    return "前回のファイル（" + from + "）はこのシート（" + to +
           "）と比較できません。版の対応表がこの向きにはありません。前回（古い版）のファイルを選ん"
           "でください。";
}

}  // namespace apichecklist::extension
