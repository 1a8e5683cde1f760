#pragma once
// What a mapping relation is called wherever version history is shown (the 項目ガイド,
// `related`, the 移行メモ, the version comparison).

#include "apichecklist/catalog/model.hpp"
#include "apichecklist/text/label.hpp"

namespace apichecklist::catalog {

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
