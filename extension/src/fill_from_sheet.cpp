#include "fill_from_sheet.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "apichecklist/fill/fill_plan.hpp"
#include "apichecklist/fill/labels.hpp"
#include "apichecklist/fill/memo.hpp"
#include "apichecklist/io/read_checklist.hpp"
#include "apichecklist/migrate/chain.hpp"
#include "apichecklist/office/fill_document.hpp"
#include "calc_document.hpp"
#include "checklist_document.hpp"
#include "choose_previous.hpp"
#include "messages.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

// What the user decides on: the counts, every conflict and every own item's match.
std::string plan_summary(const fill::FillPlan& plan) {
    std::string own;
    for (const fill::TargetRow& row : plan.rows) {
        if (row.kind == fill::MatchKind::OwnItem)
            own += "\n  " + tr_with(Msg::FillOwnMatched, {{"number", row.number_text},
                                                          {"source", row.source_numbers.front()},
                                                          {"score", fill::percent(row.score)}});
        else if (row.own && row.suggestion)
            own += "\n  " + tr_with(Msg::FillOwnNearest,
                                    {{"number", row.number_text},
                                     {"nearest", std::to_string(row.suggestion->number)},
                                     {"score", fill::percent(row.suggestion->score)}});
        else if (row.own)
            own += "\n  " + tr_with(Msg::FillOwnUnmatched, {{"number", row.number_text}});
    }
    std::string text =
        tr_with(Msg::FillSource, {{"source", plan.source}, {"version", plan.from_label}}) + "\n";
    text += tr_with(Msg::FillCounts, {{"writes", std::to_string(plan.writes.size())},
                                      {"unchanged", std::to_string(plan.unchanged.size())},
                                      {"conflicts", std::to_string(plan.conflicts.size())},
                                      {"leftovers", std::to_string(plan.leftovers.size())}}) +
            "\n";
    for (const fill::Conflict& c : plan.conflicts)
        text += tr_with(Msg::FillConflict, {{"cell", c.sheet + "!" + sheet::to_a1(c.cell)}}) + "\n";
    if (!own.empty()) text += std::string(tr(Msg::FillOwnItems)) + own + "\n";
    text += tr(Msg::FillConfirm);
    return text;
}

std::string done_summary(const fill::FillPlan& plan) {
    const std::string missing = fill::numbers_needing_answers(plan);
    std::string text = tr_with(Msg::FillDone, {{"n", std::to_string(plan.writes.size())}});
    if (!missing.empty()) text += "\n" + tr_with(Msg::FillStillToAnswer, {{"numbers", missing}});
    return text;
}

}  // namespace

void fill_from_sheet(CommandCall& call) {
    std::optional<ChecklistDocument> doc = read_checklist(call.context(), call.model());
    if (!doc) {
        call.fail(tr(Msg::NoChecklistInDocument));
        return;
    }
    if (is_read_only(call.model())) {
        call.fail(tr(Msg::FillReadOnly));
        return;
    }
    const std::optional<std::filesystem::path> file =
        file_argument_or_pick(call, tr(Msg::FillPickTitle));
    if (!file) {
        call.succeed("");  // the user changed their mind (a bad URL has failed the call already)
        return;
    }
    io::ChecklistFile source;
    try {
        source = io::read_checklist(*file, *doc->catalog);
    } catch (const io::ReadError& error) {
        call.fail(file->filename().string() + ": " +
                  (english() ? error.message_en() : error.message_ja()));
        return;
    }
    source.workbook.source = file->filename().string();
    doc->workbook.source =
        to_utf8(call.model()->getURL()).empty()
            ? tr(Msg::ThisDocument)
            : std::filesystem::path(to_utf8(call.model()->getURL())).filename().string();
    fill::FillPlan plan;
    try {
        plan = fill::plan_fill(source.workbook, source.layout, doc->workbook, doc->layout,
                               *doc->catalog);
    } catch (const migrate::PlanError& error) {
        call.fail(file->filename().string() + ": " + (english() ? error.what() : error.message_ja));
        return;
    }
    const fill::Memo memo = fill::memo_of(plan, english());
    if (!fill::find_lost_texts(plan, memo, doc->workbook,
                               fill::filled_workbook(plan, doc->workbook))
             .empty()) {
        call.fail(tr(Msg::FillWouldLose));
        return;
    }
    if (!call.confirm("Confirm", plan_summary(plan))) {
        call.succeed("");
        return;
    }
    auto document =
        uno::Reference<css::sheet::XSpreadsheetDocument>(call.model(), uno::UNO_QUERY_THROW);
    // The memo first: the answers are then the last undo step, taken back with one undo.
    office::write_fill_memo_sheet(document, memo);
    auto undo = uno::Reference<document::XUndoManagerSupplier>(call.model(), uno::UNO_QUERY);
    if (undo.is()) undo->getUndoManager()->enterUndoContext(to_ou(tr(Msg::FillUndo)));
    try {
        office::write_fill_cells(document, plan, english());
    } catch (...) {
        if (undo.is()) undo->getUndoManager()->leaveUndoContext();
        throw;
    }
    if (undo.is()) undo->getUndoManager()->leaveUndoContext();
    call.succeed(done_summary(plan));
}

}  // namespace apichecklist::extension
