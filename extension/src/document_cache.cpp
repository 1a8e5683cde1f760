#include "document_cache.hpp"

#include <map>
#include <mutex>

namespace apichecklist::extension {

namespace {

struct Entry {
    SharedDocument document;  // null: stale
    SharedReport report;      // kept over an edit until the next validation replaces it
    int panels = 0;
};

// Modify events may arrive on a bridge thread that holds the office's lock; the mutex
// keeps the map consistent whichever thread asks.
std::mutex g_mutex;
std::map<const void*, Entry> g_entries;

const void* key_of(const css::uno::Reference<css::frame::XModel>& model) {
    // The same object always gives the same XInterface pointer (UNO identity).
    return css::uno::Reference<css::uno::XInterface>(model, css::uno::UNO_QUERY).get();
}

}  // namespace

void DocumentCache::attach(const css::uno::Reference<css::frame::XModel>& model) {
    if (!model.is()) return;
    std::lock_guard lock(g_mutex);
    ++g_entries[key_of(model)].panels;
}

void DocumentCache::detach(const css::uno::Reference<css::frame::XModel>& model) {
    if (!model.is()) return;
    std::lock_guard lock(g_mutex);
    const auto found = g_entries.find(key_of(model));
    if (found != g_entries.end() && --found->second.panels <= 0) g_entries.erase(found);
}

void DocumentCache::mark_stale(const css::uno::Reference<css::frame::XModel>& model) {
    if (!model.is()) return;
    std::lock_guard lock(g_mutex);
    if (const auto found = g_entries.find(key_of(model)); found != g_entries.end())
        found->second.document.reset();
}

SharedDocument DocumentCache::get(const css::uno::Reference<css::frame::XModel>& model,
                                  const Reader& read) {
    if (!model.is()) return nullptr;
    const void* key = key_of(model);
    {
        std::lock_guard lock(g_mutex);
        if (const auto found = g_entries.find(key);
            found != g_entries.end() && found->second.document)
            return found->second.document;
    }
    // Read outside the lock: reading calls into the office.
    auto fresh = std::make_shared<const std::optional<DocumentView>>(read());
    std::lock_guard lock(g_mutex);
    if (const auto found = g_entries.find(key); found != g_entries.end())
        found->second.document = fresh;
    return fresh;
}

void DocumentCache::publish_report(const css::uno::Reference<css::frame::XModel>& model,
                                   SharedReport report) {
    if (!model.is()) return;
    std::lock_guard lock(g_mutex);
    if (const auto found = g_entries.find(key_of(model)); found != g_entries.end())
        found->second.report = std::move(report);
}

SharedReport DocumentCache::report(const css::uno::Reference<css::frame::XModel>& model) {
    if (!model.is()) return nullptr;
    std::lock_guard lock(g_mutex);
    const auto found = g_entries.find(key_of(model));
    return found == g_entries.end() ? nullptr : found->second.report;
}

}  // namespace apichecklist::extension
