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
            own += "\n  " + row.number_text + " ← " + row.source_numbers.front() + "（" +
                   say("目標の類似度 ", "goals alike ") + fill::percent(row.score) + "）";
        else if (row.own)
            own += "\n  " + row.number_text +
                   say(": 一致する独自項目なし", ": no matching own item") +
                   (row.suggestion ? say("（近い項目: 通番 ", " (nearest: No. ") +
                                         std::to_string(row.suggestion->number) + " " +
                                         fill::percent(row.suggestion->score) +
                                         say("、転記メモに記載）", ", in the memo)")
                                   : std::string());
    }
    std::string text =
        say("取り込み元: ", "Source: ") + plan.source + "（" + plan.from_label + "）\n";
    text += say("書き込むセル ", "Cells to write: ") + std::to_string(plan.writes.size()) +
            say("、既に同じ回答 ", ", already the same: ") + std::to_string(plan.unchanged.size()) +
            say("、競合 ", ", conflicts: ") + std::to_string(plan.conflicts.size()) +
            say("（元の文章を残します）", " (kept as they are)") +
            say("、転記メモに残す回答 ", ", answers kept in the memo: ") +
            std::to_string(plan.leftovers.size()) + "\n";
    for (const fill::Conflict& c : plan.conflicts)
        text += say("競合: ", "Conflict: ") + c.sheet + "!" + sheet::to_a1(c.cell) + "\n";
    if (!own.empty()) text += say("独自項目:", "Own items:") + own + "\n";
    text += say("回答を書き込み、「転記メモ」シートを追加します。よろしいですか？",
                "Write the answers and add the 転記メモ sheet?");
    return text;
}

std::string done_summary(const fill::FillPlan& plan) {
    const std::string missing = fill::numbers_needing_answers(plan);
    std::string text = say("回答を取り込みました: ", "Answers written: ") +
                       std::to_string(plan.writes.size()) + say(" セル。", " cells. ") +
                       say("取り込み元と行の対応は「転記メモ」シートにあります。",
                           "The 転記メモ sheet says where each came from.");
    if (!missing.empty())
        text += say("\nまだ記入が必要な項目（通番）: ", "\nItems still to answer: ") + missing;
    return text;
}

}  // namespace

void fill_from_sheet(CommandCall& call) {
    std::optional<ChecklistDocument> doc = read_checklist(call.context(), call.model());
    if (!doc) {
        call.fail(say("この文書にはチェックリストが見つかりません。",
                      "This document holds no checklist."));
        return;
    }
    if (is_read_only(call.model())) {
        call.fail(
            say("読み取り専用で開かれた文書には回答を取り込めません。編集モードにしてからもう一"
                "度実行してください。",
                "The document is open read-only: switch to editing, then try again."));
        return;
    }
    const std::optional<std::filesystem::path> file = file_argument_or_pick(
        call, say("回答を取り込むシートを選択", "Choose the sheet to take answers from"));
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
            ? say("この文書", "this document")
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
        call.fail(
            say("取り込むと失われる内容があるため書きませんでした（不具合です。報告してくださ"
                "い）。",
                "Not written: the plan would lose a text (a bug, please report)."));
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
    if (undo.is())
        undo->getUndoManager()->enterUndoContext(
            to_ou(say("別のシートから回答を取り込む", "Take answers from another sheet")));
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
