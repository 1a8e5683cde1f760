#pragma once
// The panels' own words, in Japanese and English. Official checklist text never passes
// through here: it is shown as printed.

#include <com/sun/star/uno/XComponentContext.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "apichecklist/catalog/model.hpp"

namespace apichecklist::extension {

enum class Msg {
    Number,
    Category,
    Target,
    Goal,
    Explanation,
    MethodExamples,
    Notes,
    Terms,
    History,
    HistoryPartTo,
    HistoryPartFrom,
    HistoryNearestTo,
    HistoryNearestFrom,
    AsPrinted,
    AsPrintedHeading,
    AsPrintedLikely,
    OutsideRows,
    NotChecklist,
    CatalogMissing,
    RelatedRules,
    RelatedRulesVia,
    SearchPlaceholder,
    SearchNoHit,
    RelatedSearchOnly,
    MoreFindings,
    Severity,
    SeverityAll,
    CategoryAll,
    CategoryNone,
    CountSuffix,
    NoFindings,
    NoFindingsFiltered,
    WhyAndHow,
    ItemFindings,
    FromManual,
    ColumnFromManual,
    ReasonRequired,
    ReasonMissing,
    ChooseFinding,
    NothingToFix,
    NewFromTemplate,
    NoItemMissing,
    ItemsAdded,
    ItemsDeletedOnPurpose,
    NoChecklistInDocument,
    SheetPasswordProtected,
    AddMissingItemsUndo,
    TemplateNotOpened,
    ExtensionTitle,
    UnexpectedError,
    TermAlsoWritten,
    TermPages,
    Search,
    UpgradeButton,
    NotOfficialCatalog,
    RecordedInSettings,
    RecordedInProperties,
    RecognisedFromContent,
    ThisSheet,
    NewerInstalled,
    NewerCarryOver,
    NewestInstalled,
    WholeSheet,
    EditDocument,
    AnsweredBy,
    Ignore,
    Fix,
    FixAll,
    Restore,
    WriteSummarySheet,
    RoleInferred,
    FixAllCount,
    FixFindingsUndo,
    SummarySheetNotWritten,
    FillOwnMatched,
    FillOwnNearest,
    FillOwnUnmatched,
    FillSource,
    FillCounts,
    FillConflict,
    FillOwnItems,
    FillConfirm,
    FillDone,
    FillStillToAnswer,
    FillReadOnly,
    FillPickTitle,
    ThisDocument,
    FillWouldLose,
    FillUndo,
};

// Follows the office UI language: English for an English UI, else Japanese.
void choose_language(const css::uno::Reference<css::uno::XComponentContext>& context);
bool english();

const char* tr(Msg message);
// The message with each {name} replaced by its value (word order differs between the
// languages, so values go by name, not by position).
std::string tr_with(Msg message,
                    std::initializer_list<std::pair<std::string_view, std::string>> values);
// The message with {n} replaced by the count.
std::string tr_count(Msg message, std::size_t count);

}  // namespace apichecklist::extension
