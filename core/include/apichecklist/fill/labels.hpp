#pragma once
// What a fill's match kinds are called in the helper's output, the 転記メモ and the sidebar.

#include "apichecklist/fill/fill_plan.hpp"
#include "apichecklist/text/label.hpp"

namespace apichecklist::fill {

constexpr text::Label match_kind_label(MatchKind kind) {
    switch (kind) {
        case MatchKind::SameItem:
            return {"同じ項目", "same item"};
        case MatchKind::Mapped:
            return {"版の対応表", "mapped"};
        case MatchKind::OwnItem:
            return {"独自項目（目標の類似）", "own item (similar goal)"};
        case MatchKind::NotFound:
            return {"見つからず", "not found"};
    }
    return {"", ""};
}

}  // namespace apichecklist::fill
