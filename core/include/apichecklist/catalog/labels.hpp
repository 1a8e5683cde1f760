#pragma once
// What a mapping relation is called wherever version history is shown (the 項目ガイド,
// `related`, the 移行メモ, the version comparison).

#include <string>

#include "apichecklist/catalog/model.hpp"
#include "apichecklist/text/label.hpp"

namespace apichecklist::catalog {

// A related rule as the helper and the sidebar name it: the printed text, with the letter
// of the report's paragraph that the 試行版 prints on a line of its own (「3.3.2
// 外部からの不正アクセス対策 t」) in brackets, so that it does not read as a stray letter:
// 「3.3.2 外部からの不正アクセス対策（t）」.
inline std::string rule_label(const RelatedRule& rule) {
    if (rule.letter.empty() || rule.section.empty()) return rule.text;
    return rule.section + " " + rule.title + "（" + rule.letter + "）";
}

constexpr text::Label relation_label(Relation relation) {
    switch (relation) {
        case Relation::Same:
            return {"同一", "same"};
        case Relation::Reworded:
            return {"表現を変更", "reworded"};
        case Relation::MergedInto:
            return {"統合", "merged"};
        case Relation::SplitInto:
            return {"分割", "split"};
        case Relation::MovedInto:
            return {"移動", "moved"};
        case Relation::Removed:
            return {"削除", "removed"};
        case Relation::New:
            return {"新設", "new"};
    }
    return {"", ""};
}

}  // namespace apichecklist::catalog
