#pragma once
// What a changed answer and an added or removed item are called wherever a comparison is
// shown (the helper's text, the sidebar's lists, the 比較結果 sheet), so that they never
// disagree.

#include "apichecklist/compare/comparison.hpp"
#include "apichecklist/text/label.hpp"

namespace apichecklist::compare {

using text::Label;

constexpr Label answer_change_label(AnswerChangeKind kind) {
    switch (kind) {
        case AnswerChangeKind::Added:
            return {"記入", "added"};
        case AnswerChangeKind::Removed:
            return {"削除", "removed"};
        case AnswerChangeKind::Changed:
            return {"変更", "changed"};
    }
    return {"", ""};
}

// Empty for an item in both sheets.
constexpr Label item_status_label(ItemStatus status) {
    switch (status) {
        case ItemStatus::Matched:
            return {"", ""};
        case ItemStatus::Added:
            return {"今回追加", "item added"};
        case ItemStatus::NewInVersion:
            return {"新しい版で追加", "new in this version"};
        case ItemStatus::Removed:
            return {"今回削除", "item removed"};
        case ItemStatus::DroppedInVersion:
            return {"新しい版で廃止", "dropped by the new version"};
    }
    return {"", ""};
}

}  // namespace apichecklist::compare
