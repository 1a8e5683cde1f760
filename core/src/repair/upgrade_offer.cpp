#include "apichecklist/repair/upgrade_offer.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace apichecklist::repair {

namespace {

// Depth-first over the mappings; `visited` guards against a cycle in installed packages.
void longest_chain(const catalog::Catalog& catalog, std::vector<std::string>& path,
                   std::set<std::string>& visited, std::vector<std::string>& best) {
    if (path.size() > best.size()) best = path;
    for (const catalog::Mapping& mapping : catalog.mappings) {
        if (mapping.from != path.back() || visited.count(mapping.to)) continue;
        if (!catalog.checklist(mapping.to)) continue;
        visited.insert(mapping.to);
        path.push_back(mapping.to);
        longest_chain(catalog, path, visited, best);
        path.pop_back();
        visited.erase(mapping.to);
    }
}

}  // namespace

std::optional<UpgradeOffer> newest_upgrade(const catalog::Catalog& catalog,
                                           const std::string& checklist_id) {
    if (!catalog.checklist(checklist_id)) return std::nullopt;
    std::vector<std::string> path = {checklist_id};
    std::set<std::string> visited = {checklist_id};
    std::vector<std::string> best;
    longest_chain(catalog, path, visited, best);
    if (best.size() < 2) return std::nullopt;
    return UpgradeOffer{checklist_id, best.back(), best};
}

std::optional<UpgradeOffer> upgrade_to(const catalog::Catalog& catalog, const std::string& from,
                                       const std::string& to) {
    if (from == to || !catalog.checklist(from) || !catalog.checklist(to)) return std::nullopt;
    // Breadth-first: the shortest chain of mappings.
    std::map<std::string, std::string> came_from = {{from, ""}};
    std::deque<std::string> queue = {from};
    while (!queue.empty()) {
        const std::string current = queue.front();
        queue.pop_front();
        if (current == to) break;
        for (const catalog::Mapping& mapping : catalog.mappings) {
            if (mapping.from != current || came_from.count(mapping.to)) continue;
            came_from[mapping.to] = current;
            queue.push_back(mapping.to);
        }
    }
    if (!came_from.count(to)) return std::nullopt;
    std::vector<std::string> chain;
    for (std::string at = to; !at.empty(); at = came_from[at]) chain.insert(chain.begin(), at);
    return UpgradeOffer{from, to, chain};
}

}  // namespace apichecklist::repair
