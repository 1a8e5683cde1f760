#pragma once
// Where a NEW item's answer came from in an OLD checklist version: following the
// catalog's mapping chain backwards, with each mapping's column routes
// (試行版 future_plan → Ver1.0 plan).

#include <optional>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"

namespace apichecklist::compare {

struct AnswerSource {
    int number = 0;   // OLD 通番
    std::string key;  // OLD column key
    friend bool operator==(const AnswerSource&, const AnswerSource&) = default;
};

class VersionBridge {
  public:
    // nullopt when no chain of mappings leads from old_id to new_id.
    static std::optional<VersionBridge> between(const catalog::Catalog& catalog,
                                                const std::string& old_id,
                                                const std::string& new_id);

    bool same_version() const { return chain_.empty(); }
    const std::vector<const catalog::Mapping*>& chain() const { return chain_; }

    // OLD cells feeding a NEW item's column, by OLD 通番.
    std::vector<AnswerSource> sources(int new_number, const std::string& new_key) const;
    // OLD column keys feeding a NEW column by the mappings' default routes (own items).
    std::vector<std::string> default_sources(const std::string& new_key) const;
    // OLD items the NEW item descends from (empty: introduced by a later version).
    std::vector<int> predecessors(int new_number) const;
    // NEW items descending from an OLD item (empty: dropped by a later version).
    std::vector<int> successors(int old_number) const;

  private:
    std::vector<const catalog::Mapping*> chain_;
};

}  // namespace apichecklist::compare
