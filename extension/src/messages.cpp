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
    {Msg::NoItemMissing, "不足している項目はありません。", "No item is missing."},
    {Msg::ItemsAdded, "通番 {numbers} の {n} 項目を追加しました。回答を記入してください。",
     "Added {n} item(s): {numbers}. Please answer them."},
    {Msg::ItemsDeletedOnPurpose,
     "意図して削除した項目として無視に登録されているため追加しなかった通番: {numbers}",
     "Not added, deleted on purpose (ignored with a reason): {numbers}"},
    {Msg::NoChecklistInDocument, "この文書にはチェックリストが見つかりません。",
     "This document holds no checklist."},
    {Msg::SheetPasswordProtected,
     "シートがパスワードで保護されているため、行を追加できません。保護を解除してからもう一度実行し"
     "てください。",
     "The sheet is protected with a password; unprotect it and try again."},
    {Msg::AddMissingItemsUndo, "不足している項目を追加", "Add missing items"},
    {Msg::TemplateNotOpened, "テンプレートを開けませんでした: ", "Could not open the template: "},
    {Msg::ExtensionTitle, "API接続チェックリスト", "API Connection Checklist"},
    {Msg::UnexpectedError, "予期しないエラーが起きました: ", "Unexpected error: "},
    {Msg::TermAlsoWritten, "別の表記：", "Also written: "},
    {Msg::TermPages, "解説書の記載頁：", "Pages: "},
    {Msg::Search, "検索", "Search"},
    {Msg::UpgradeButton, "新しい版へ移行…", "Upgrade to the new version…"},
    {Msg::NotOfficialCatalog, "（テスト用・公式ではありません）", " (test only, not official)"},
    {Msg::RecordedInSettings, "文書の設定（_apichecklist）に記録",
     "recorded in the document settings"},
    {Msg::RecordedInProperties, "文書のプロパティに記録", "recorded in the document properties"},
    {Msg::RecognisedFromContent, "列と項目の内容から判定", "recognised from the columns and items"},
    {Msg::ThisSheet, "このシート: ", "This sheet: "},
    {Msg::NewerInstalled, "新しい版がインストールされています: ", "A newer version is installed: "},
    {Msg::NewerCarryOver, "。回答を新しい版のシートに移せます（元の文書は変更しません）。",
     ". The answers can be carried over to a sheet of the new version (this document is not "
     "changed)."},
    {Msg::NewestInstalled, "インストールされている中で最新の版です。",
     "This is the newest version installed."},
    {Msg::WholeSheet, "シート全体", "Whole sheet"},
    {Msg::EditDocument, "編集モードにする", "Edit document"},
    {Msg::AnsweredBy, "回答する立場", "Answered by"},
    {Msg::Ignore, "無視する", "Ignore"},
    {Msg::Fix, "修正", "Fix"},
    {Msg::FixAll, "すべて修正", "Fix all"},
    {Msg::Restore, "元に戻す", "Restore"},
    {Msg::WriteSummarySheet, "確認結果シートを作成", "Write the summary sheet (確認結果)"},
    {Msg::RoleInferred, "（回答から推定: {role}）", "(role inferred from the answers: {role})"},
    {Msg::FixAllCount, "すべて修正 ({n})", "Fix all ({n})"},
    {Msg::FixFindingsUndo, "指摘を修正", "Fix findings"},
    {Msg::SummarySheetNotWritten,
     "確認結果シートを書き込めませんでした: ", "The summary sheet could not be written: "},
    {Msg::FillOwnMatched, "{number} ← {source}（目標の類似度 {score}）",
     "{number} ← {source} (goals alike {score})"},
    {Msg::FillOwnNearest,
     "{number}: 一致する独自項目なし（近い項目: 通番 {nearest} {score}、転記メモに記載）",
     "{number}: no matching own item (nearest: No. {nearest} {score}, in the memo)"},
    {Msg::FillOwnUnmatched, "{number}: 一致する独自項目なし", "{number}: no matching own item"},
    {Msg::FillSource, "取り込み元: {source}（{version}）", "Source: {source} ({version})"},
    {Msg::FillCounts,
     "書き込むセル {writes}、既に同じ回答 {unchanged}、競合 "
     "{conflicts}（元の文章を残します）、転記メモに残す回答 {leftovers}",
     "Cells to write: {writes}, already the same: {unchanged}, conflicts: {conflicts} (kept as "
     "they are), answers kept in the memo: {leftovers}"},
    {Msg::FillConflict, "競合: {cell}", "Conflict: {cell}"},
    {Msg::FillOwnItems, "独自項目:", "Own items:"},
    {Msg::FillConfirm, "回答を書き込み、「転記メモ」シートを追加します。よろしいですか？",
     "Write the answers and add the 転記メモ sheet?"},
    {Msg::FillDone,
     "回答を取り込みました: {n} セル。取り込み元と行の対応は「転記メモ」シートにあります。",
     "Answers written: {n} cells. The 転記メモ sheet says where each came from."},
    {Msg::FillStillToAnswer, "まだ記入が必要な項目（通番）: {numbers}",
     "Items still to answer: {numbers}"},
    {Msg::FillReadOnly,
     "読み取り専用で開かれた文書には回答を取り込めません。編集モードにしてからもう一度実行してくだ"
     "さい。",
     "The document is open read-only: switch to editing, then try again."},
    {Msg::FillPickTitle, "回答を取り込むシートを選択", "Choose the sheet to take answers from"},
    {Msg::ThisDocument, "この文書", "this document"},
    {Msg::FillWouldLose,
     "取り込むと失われる内容があるため書きませんでした（不具合です。報告してください）。",
     "Not written: the plan would lose a text (a bug, please report)."},
    {Msg::FillUndo, "別のシートから回答を取り込む", "Take answers from another sheet"},
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

std::string tr_with(Msg message,
                    std::initializer_list<std::pair<std::string_view, std::string>> values) {
    std::string text = tr(message);
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + std::string(name) + "}";
        if (const size_t at = text.find(placeholder); at != std::string::npos)
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

std::string tr_count(Msg message, std::size_t count) {
    return tr_with(message, {{"n", std::to_string(count)}});
}

}  // namespace apichecklist::extension
