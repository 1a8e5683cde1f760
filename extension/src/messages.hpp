#pragma once
// The panels' own words, in Japanese and English. Official checklist text never passes
// through here: it is shown as printed.

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

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
};

// Follows the office UI language: English for an English UI, else Japanese.
void choose_language(const css::uno::Reference<css::uno::XComponentContext>& context);
bool english();

const char* tr(Msg message);
// The message with {n} replaced by the count.
std::string tr_count(Msg message, std::size_t count);

}  // namespace apichecklist::extension
