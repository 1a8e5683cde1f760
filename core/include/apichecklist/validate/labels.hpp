#pragma once
// What a role, a severity and an ignored finding are called wherever they are shown (the
// helper's text, the 検証 panel, the 確認結果 in every format).

#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/text/label.hpp"
#include "apichecklist/validate/report.hpp"

namespace apichecklist::validate {

constexpr text::Label role_label(settings::Role role) {
    switch (role) {
        case settings::Role::Api:
            return {"API接続先", "API connector"};
        case settings::Role::Card:
            return {"カード会社", "Card company"};
        case settings::Role::Both:
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

// A finding set aside with a reason (a stored ignore): one word in the panel's counts, its
// list and button, and every 確認結果 (sheet, HTML, PDF).
inline constexpr text::Label kIgnored{"無視", "Ignored"};
inline constexpr text::Label kIgnoredFindings{"無視した指摘", "Ignored findings"};
inline constexpr text::Label kIgnoreReason{"無視した理由", "Reason"};

}  // namespace apichecklist::validate
