// The 転記メモ of a fill, and the check that nothing the connector wrote is lost.

#include "apichecklist/fill/memo.hpp"

#include <algorithm>
#include <set>

#include "apichecklist/catalog/labels.hpp"
#include "apichecklist/fill/labels.hpp"

namespace apichecklist::fill {

namespace {

std::string joined(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : separator) + part;
    return out;
}

class MemoWriter {
  public:
    MemoWriter(const FillPlan& plan, bool english) : p_(plan), en_(english) {}

    Memo write() {
        memo_.title = say("転記メモ", "Transfer memo");
        head();
        rows();
        conflicts();
        suggestions();
        leftovers();
        return std::move(memo_);
    }

  private:
    std::string say(const char* ja, const char* en) const { return en_ ? en : ja; }
    std::string label(const std::string& key) const {
        const auto it = p_.column_labels.find(key);
        return it == p_.column_labels.end() ? key : it->second;
    }

    void head() {
        auto& lines = memo_.lines;
        lines.push_back(say("取り込み元: ", "Source: ") + p_.source + "（" + p_.source_sheet +
                        "、" + p_.from_label + "）");
        lines.push_back(say("取り込み先: ", "Target: ") + p_.target + "（" +
                        joined(p_.target_sheets, "、") + "、" + p_.to_label + "）");
        lines.push_back(say("版の対応: ", "Versions: ") +
                        (p_.mapping_ids.empty()
                             ? say("同じ版（通番で照合）", "same version (by 通番)")
                             : joined(p_.mapping_ids, " → ")));
        lines.push_back(
            say("独自項目の照合: 目標の類似度 ", "Own items: goals alike by at least ") +
            percent(p_.threshold) + say(" 以上", ""));
        const std::size_t unchanged = p_.unchanged.size();
        lines.push_back(say("書き込んだセル ", "cells written ") +
                        std::to_string(p_.writes.size()) +
                        say("、既に同じ回答 ", ", already the same ") + std::to_string(unchanged) +
                        say("、競合 ", ", conflicts ") + std::to_string(p_.conflicts.size()) +
                        (p_.force ? say("（上書きしました）", " (replaced)")
                                  : say("（元の文章を残しました）", " (kept)")) +
                        say("、転記されなかった回答 ", ", answers not placed ") +
                        std::to_string(p_.leftovers.size()));
        lines.push_back(say("現在の対応状況が記入済みの項目: ", "items with 現在の対応状況: ") +
                        std::to_string(p_.answered) + " / " + std::to_string(p_.items) +
                        say("（転記前 ", " (before: ") + std::to_string(p_.answered_before) +
                        say("）", ")"));
    }

    std::string match(const TargetRow& row) const {
        std::string text = match_kind_label(row.kind).in(en_);
        if (row.kind == MatchKind::Mapped) {
            if (const auto relation = catalog::relation_from_name(row.relation))
                text += "（" + std::string(catalog::relation_label(*relation).in(en_)) + "）";
        }
        if (row.kind == MatchKind::OwnItem) text += " " + percent(row.score);
        return text;
    }

    void rows() {
        MemoTable table;
        table.heading = say("行ごとの取り込み元", "Where each row's answers came from");
        table.header = {say("シート", "Sheet"),     say("行", "Row"),
                        say("通番", "No."),         say("要記入", "To answer"),
                        say("書き込み", "Written"), say("取り込み元の通番", "Source No."),
                        say("照合", "Match"),       say("取り込み元のセル", "Source cells")};
        for (const TargetRow& row : p_.rows)
            table.rows.push_back(
                {row.sheet, std::to_string(row.row + 1), row.number_text,
                 row.needs_answer ? say("要記入", "yes") : "",
                 std::to_string(row.written) + say(" セル", " cells") +
                     (row.conflicts ? say("（競合 ", " (conflicts ") +
                                          std::to_string(row.conflicts) + say("）", ")")
                                    : std::string()),
                 joined(row.source_numbers, "、"), match(row), joined(row.from_cells, "、")});
        memo_.tables.push_back(std::move(table));
    }

    void conflicts() {
        MemoTable table;
        table.heading = say("競合（既に記入されていたセル）", "Conflicts (cells already filled)");
        table.header = {say("セル", "Cell"),
                        say("列", "Column"),
                        say("扱い", "Done"),
                        say("取り込み元のセル", "Source cells"),
                        say("既にあった文章", "Text that was there"),
                        say("取り込み元の文章", "Source text")};
        table.empty_note = say("競合はありません。", "No conflict.");
        for (const Conflict& c : p_.conflicts)
            table.rows.push_back(
                {c.sheet + "!" + sheet::to_a1(c.cell), c.column_key,
                 c.replaced ? say("上書きした", "replaced") : say("元の文章を残した", "kept"),
                 c.existing, c.incoming, joined(c.from_cells, "、")});
        memo_.tables.push_back(std::move(table));
    }

    void suggestions() {
        MemoTable table;
        table.heading = say("独自項目への提案（書き込んでいません）",
                            "Suggestions for own items (not written)");
        table.header = {
            say("行", "Row"),       say("目標", "Goal"), say("近い項目", "Nearest item"),
            say("類似度", "Alike"), say("列", "Column"), say("取り込み元の回答", "Source answer")};
        table.empty_note = say("提案はありません。", "No suggestion.");
        for (const TargetRow& row : p_.rows) {
            if (!row.suggestion) continue;
            for (const auto& [key, text] : row.suggestion->answers)
                table.rows.push_back({row.sheet + " " + std::to_string(row.row + 1), row.goal,
                                      say("通番 ", "No. ") + std::to_string(row.suggestion->number),
                                      percent(row.suggestion->score), key, text});
        }
        memo_.tables.push_back(std::move(table));
    }

    void leftovers() {
        MemoTable table;
        table.heading = say("転記されなかった回答（全文）", "Answers not placed (in full)");
        table.header = {say("取り込み元のセル", "Source cell"), say("通番", "No."),
                        say("列", "Column"), say("理由", "Reason"), say("回答", "Answer")};
        table.empty_note = say("すべての回答を転記しました。", "Every answer was placed.");
        for (const Leftover& l : p_.leftovers)
            table.rows.push_back({l.answer.sheet + "!" + sheet::to_a1(l.answer.cell),
                                  l.answer.number_text, label(l.answer.column_key),
                                  en_ ? l.reason_en : l.reason_ja, l.answer.text});
        memo_.tables.push_back(std::move(table));
    }

    const FillPlan& p_;
    bool en_;
    Memo memo_;
};

bool occurs_in(const std::string& text, const std::vector<const std::string*>& places) {
    for (const std::string* place : places)
        if (place->find(text) != std::string::npos) return true;
    return false;
}

}  // namespace

std::string percent(double share) {
    return std::to_string(static_cast<int>(share * 100 + 0.5)) + "%";
}

std::string numbers_needing_answers(const FillPlan& plan) {
    std::string out;
    for (const TargetRow& row : plan.rows)
        if (row.needs_answer) out += (out.empty() ? "" : "、") + row.number_text;
    return out;
}

Memo memo_of(const FillPlan& plan, bool english) { return MemoWriter(plan, english).write(); }

std::vector<LostText> find_lost_texts(const FillPlan& plan, const Memo& memo,
                                      const sheet::Workbook& target,
                                      const sheet::Workbook& filled) {
    std::vector<LostText> lost;
    std::vector<const std::string*> written;
    for (const CellWrite& write : plan.writes) written.push_back(&write.text);
    std::vector<const std::string*> in_memo;
    for (const MemoTable& table : memo.tables)
        for (const auto& row : table.rows)
            for (const std::string& cell : row) in_memo.push_back(&cell);
    // Already in the target: the check below proves those texts unchanged.
    std::vector<const std::string*> kept;
    for (const CellWrite& same : plan.unchanged) kept.push_back(&same.text);
    for (const SourceAnswer& answer : plan.source_answers) {
        const std::string text = trimmed_text(answer.text);
        if (occurs_in(text, written) || occurs_in(text, in_memo) || occurs_in(text, kept)) continue;
        lost.push_back({answer.sheet + "!" + sheet::to_a1(answer.cell), answer.text,
                        "転記先にも転記メモにもない回答",
                        "an answer neither placed nor in the memo"});
    }
    // Every text the target held is still there, or the memo lists what replaced it.
    std::set<std::pair<std::string, sheet::CellAddress>> replaced;
    for (const Conflict& c : plan.conflicts)
        if (c.replaced) replaced.insert({c.sheet, c.cell});
    // Sheets by name: the memo sheet may have moved the others, and a 転記メモ of an earlier
    // run is replaced on purpose.
    for (const sheet::Sheet& before : target.sheets) {
        if (before.name() == kMemoSheet) continue;
        const auto after =
            std::find_if(filled.sheets.begin(), filled.sheets.end(),
                         [&](const sheet::Sheet& s) { return s.name() == before.name(); });
        if (after == filled.sheets.end()) {
            lost.push_back(
                {before.name(), "", "取り込み先のシートがない", "a target sheet is missing"});
            continue;
        }
        before.for_each_cell([&](int r, int c, const sheet::Cell& cell) {
            if (sheet::is_blank(cell.text) || after->text(r, c) == cell.text) return;
            if (replaced.count({before.name(), {r, c}}) && occurs_in(cell.text, in_memo)) return;
            lost.push_back({before.name() + "!" + sheet::to_a1({r, c}), cell.text,
                            "取り込み先の文章が変わった", "a target text was changed"});
        });
    }
    return lost;
}

}  // namespace apichecklist::fill
