#pragma once
// What a role and a severity are called wherever they are shown (the helper's text, the
// 検証 panel, the 確認結果 in every format).

#include "apichecklist/text/label.hpp"
#include "apichecklist/validate/report.hpp"
#include "apichecklist/validate/settings.hpp"

namespace apichecklist::validate {

constexpr text::Label role_label(Role role) {
    switch (role) {
        case Role::Api:
            return {"API接続先", "API connector"};
        case Role::Card:
            return {"カード会社", "Card company"};
        case Role::Both:
            return {"API接続先・カード会社の両方", "Both parties"};
    }
    return {"", ""};
}

constexpr text::Label severity_label(Severity severity) {
    switch (severity) {
        case Severity::Error:
            return {"エラー", "Error"};
        case Severity::Warning:
            return {"警告", "Warning"};
        case Severity::Info:
            return {"情報", "Info"};
    }
    return {"", ""};
}

}  // namespace apichecklist::validate
