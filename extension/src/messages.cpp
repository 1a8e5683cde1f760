#include "messages.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <atomic>

#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

std::atomic<bool> g_english{false};

struct Entry {
    Msg id;
    const char* ja;
    const char* en;
};

constexpr Entry kMessages[] = {
    {Msg::Number, "通番", "No."},
    {Msg::Category, "区分", "Category"},
    {Msg::Target, "対象者", "Party"},
    {Msg::Goal, "セキュリティ対応目標", "Security goal"},
    {Msg::Explanation, "解説", "Explanation"},
    {Msg::MethodExamples, "手法例（例示です。目標に合う他の適切な手法を選んでもかまいません）",
     "Method examples (examples only: other suitable measures may be chosen)"},
    {Msg::Notes, "注記", "Notes"},
    {Msg::Terms, "用語", "Glossary"},
    {Msg::History, "試行版からの変更", "Changes since the trial version"},
    {Msg::HistoryPartTo, "一部が移動", "part moved"},
    {Msg::HistoryPartFrom, "一部がこの項目に移動", "part moved to this item"},
    {Msg::HistoryNearestTo, "削除（最も近い項目）", "removed (nearest item)"},
    {Msg::HistoryNearestFrom, "削除された項目（この項目が最も近い）",
     "removed item (this is the nearest item)"},
    {Msg::AsPrinted, "〔原文ママ〕", "[sic]"},
    {Msg::AsPrintedHeading, "原文ママの箇所（文書の誤記。表示は印字どおり）",
     "As printed (the document's own mistakes, shown as printed)"},
    {Msg::AsPrintedLikely, " の誤りと思われます（推定。公式の文言ではありません）",
     ": likely meant (our reading, not official text)"},
    {Msg::OutsideRows,
     "カーソルの行はチェックリストの項目ではありません。通番のある行を選ぶと、その項目の解説を表示"
     "します。",
     "The cursor is not on a checklist item. Select a row with a number to see its guidance."},
    {Msg::NotChecklist,
     "この文書はAPI接続チェックリストではありません。テンプレートから新しいチェックリストを作成で"
     "きます。",
     "This document is no API connection checklist: a new one can be made from the template."},
    {Msg::CatalogMissing, "チェックリストのデータを読み込めませんでした。",
     "The checklist data could not be loaded."},
    {Msg::RelatedRules, "関連規定", "Regulation references"},
    {Msg::RelatedRulesVia, "試行版の項目から", "via the trial item"},
    {Msg::SearchPlaceholder, "カタログを検索", "Search the catalog"},
    {Msg::SearchNoHit, "見つかりませんでした。", "Nothing found."},
    {Msg::RelatedSearchOnly,
     "この文書にはチェックリストがありません。上の欄で、チェックリストの項目と用語を検索できます。",
     "This document holds no checklist. Search the checklist's items and terms above."},
    {Msg::MoreFindings, "…ほか {n} 件の指摘は一覧に載せていません（件数は上の集計に含みます）",
     "… {n} more findings are not listed (the counts above include them)"},
    {Msg::Severity, "重要度", "Severity"},
    {Msg::SeverityAll, "すべての重要度", "All severities"},
    {Msg::CategoryAll, "すべての区分", "All categories"},
    {Msg::CategoryNone, "区分なし（シート全体・独自項目など）",
     "No category (whole sheet, own items, …)"},
    {Msg::CountSuffix, "　{n} 件", "  {n}"},
    {Msg::NoFindings, "指摘はありません。", "No findings."},
    {Msg::NoFindingsFiltered, "この重要度・区分の指摘はありません。",
     "No findings of this severity and category."},
    {Msg::WhyAndHow, "なぜ・どう直すか", "Why and how to fix"},
    {Msg::ItemFindings, "この項目の指摘", "Findings for this item"},
    {Msg::FromManual, "解説（解説書より）", "Explanation (from the manual)"},
    {Msg::ColumnFromManual, "（解説書の列の説明）", " (the manual's column description)"},
    {Msg::ReasonRequired, "無視する理由（必須）", "Reason for ignoring (required)"},
    {Msg::ReasonMissing, "無視する理由を入力してください。理由のない無視は保存しません。",
     "Enter the reason for ignoring: an ignore without a reason is not stored."},
    {Msg::ChooseFinding, "先に一覧から指摘を選んでください。",
     "Choose a finding in the list first."},
    {Msg::NothingToFix, "この指摘には確実な修正がありません。回答は手で直してください。",
     "This finding has no certain fix: correct the answer by hand."},
    {Msg::NewFromTemplate, "テンプレートから作成", "New from template"},
};

}  // namespace

namespace {

rtl::OUString configured(const uno::Reference<uno::XComponentContext>& context, const char* node,
                         const char* property) {
    auto provider = uno::Reference<lang::XMultiServiceFactory>(
        context->getServiceManager()->createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", context),
        uno::UNO_QUERY_THROW);
    beans::PropertyValue path;
    path.Name = "nodepath";
    path.Value <<= rtl::OUString::createFromAscii(node);
    uno::Sequence<uno::Any> arguments(1);
    arguments[0] <<= path;
    auto access = uno::Reference<container::XNameAccess>(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                              arguments),
        uno::UNO_QUERY_THROW);
    rtl::OUString value;
    access->getByName(rtl::OUString::createFromAscii(property)) >>= value;
    return value;
}

}  // namespace

void choose_language(const uno::Reference<uno::XComponentContext>& context) {
    try {
        // The UI language the user chose, else the one the office detected.
        rtl::OUString locale =
            configured(context, "/org.openoffice.Office.Linguistic/General", "UILocale");
        if (locale.isEmpty())
            locale = configured(context, "/org.openoffice.Setup/L10N", "ooLocale");
        g_english = locale.startsWith("en");
    } catch (...) {
        g_english = false;  // the checklist's own language
    }
}

bool english() { return g_english; }

const char* tr(Msg message) {
    for (const Entry& entry : kMessages) {
        if (entry.id == message) return english() ? entry.en : entry.ja;
    }
    return "";
}

std::string tr_count(Msg message, std::size_t count) {
    std::string text = tr(message);
    if (const size_t at = text.find("{n}"); at != std::string::npos)
        text.replace(at, 3, std::to_string(count));
    return text;
}

}  // namespace apichecklist::extension
