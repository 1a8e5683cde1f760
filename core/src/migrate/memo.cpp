// The 移行メモ sheet: every trial row with where its answers went, the Ver1.0 items that
// need a human look, and every input cell the Ver1.0 sheet has no place for.

#include <algorithm>

#include "apichecklist/catalog/labels.hpp"
#include "plan_parts.hpp"

namespace apichecklist::migrate::detail {

namespace {

const char* relation_ja(const std::string& relation) {
    if (const auto known = catalog::relation_from_name(relation))
        return catalog::relation_label(*known).ja;
    return relation == "own" ? "独自項目" : "対応表にない行";
}

std::string label_of(const catalog::Checklist& checklist, const std::string& key) {
    const catalog::Column* column = checklist.column_by_key(key);
    return column ? column->label : key;
}

std::string numbers_text(const std::vector<int>& numbers) {
    std::string out;
    for (const int n : numbers)
        out += (out.empty() ? "" : "、") + std::string("通番") + std::to_string(n);
    return out;
}

class MemoWriter {
  public:
    explicit MemoWriter(Plan& plan) : plan_(plan) {}
    void row(const std::vector<std::string>& cells) {
        for (std::size_t c = 0; c < cells.size(); ++c)
            if (!cells[c].empty())
                plan_.memo_cells.push_back(
                    {next_, static_cast<int>(c), cells[c], {}, false, cells.size() > 2});
        ++next_;
    }
    void blank() { ++next_; }

  private:
    Plan& plan_;
    int next_ = 0;
};

}  // namespace

void write_memo(Plan& plan, const catalog::Checklist& trial, const catalog::Checklist& ver1,
                const std::vector<RowTexts>& row_texts, const std::vector<OtherCell>& others,
                const TargetLayout& target) {
    MemoWriter memo(plan);
    memo.row({"移行メモ（" + trial.title + " → " + ver1.title + " " + plan.to_label + "）"});
    memo.row({"移行元", plan.source});
    memo.row({"対応表", plan.mapping_id + "（版 " + plan.mapping_version + "）"});
    memo.blank();
    memo.row({"■ " + plan.from_label + "の項目と回答の移行先"});
    std::vector<std::string> heading = {plan.from_label + "通番", "関係", "移行先", "対応表の説明"};
    for (const auto& key : plan.answer_columns)
        heading.push_back(label_of(trial, key) + "の移行先");
    heading.push_back("削除された項目の回答（全文）");
    heading.push_back(plan.from_label + "シートの記載（回答以外）");
    memo.row(heading);

    auto where = [&](const TrialRow& row, const std::string& from_key) -> std::string {
        for (const auto& route : row.routes) {
            if (route.from_column != from_key) continue;
            if (route.to_column.empty()) return route.from_cell + " → 削除（全文は右の欄）";
            const int column = static_cast<int>(
                std::find(target.column_keys.begin(), target.column_keys.end(), route.to_column) -
                target.column_keys.begin());
            std::string out = route.from_cell + " → ";
            if (row.relation == "own")
                return out + "独自項目の行 「" + label_of(ver1, route.to_column) + "」";
            std::vector<std::string> places;
            for (const int number : route.to_numbers) {
                int index = 0;
                for (std::size_t i = 0; i < ver1.items.size(); ++i)
                    if (ver1.items[i].number == number) index = static_cast<int>(i);
                places.push_back("通番" + std::to_string(number) + "「" +
                                 label_of(ver1, route.to_column) + "」(" +
                                 sheet::to_a1({target.first_item_row + index, column}) + ")");
            }
            for (const auto& place : places) out += place + (&place == &places.back() ? "" : "、");
            if (route.has_comment) out += "（コメントも移行）";
            return out;
        }
        return "（空欄）";
    };

    std::vector<bool> listed(trial.items.size(), false);
    auto write_row = [&](const TrialRow& row, const RowTexts* texts) {
        std::string removed;
        for (const auto& route : row.routes)
            if (route.to_column.empty() && row.relation != "own")
                removed += (removed.empty() ? "" : "\n") + label_of(trial, route.from_column) +
                           ": " + route.text;
        std::string official;
        if (texts)
            for (const auto& [key, text] : texts->by_column)
                official += (official.empty() ? "" : "\n") + label_of(trial, key) + ": " + text;
        std::string targets =
            row.relation == "own" ? "独自項目として残す" : numbers_text(row.to_numbers);
        for (const catalog::SecondaryLink& link : row.secondary)
            targets +=
                (targets.empty() ? "" : "\n") +
                (link.kind == "part"
                     ? "（＜" + link.part + "＞は通番" + std::to_string(link.to_number) + "へ）"
                     : "（最も近い項目: 通番" + std::to_string(link.to_number) + "）");
        std::vector<std::string> cells = {row.number_text, relation_ja(row.relation), targets,
                                          row.reason};
        for (const auto& key : plan.answer_columns) cells.push_back(where(row, key));
        cells.push_back(removed);
        cells.push_back(official);
        memo.row(cells);
    };

    // Official items in catalog order, each sheet row of an item (duplicates too).
    for (std::size_t i = 0; i < trial.items.size(); ++i) {
        const int number = trial.items[i].number;
        bool found = false;
        for (std::size_t r = 0; r < plan.trial_rows.size(); ++r) {
            const TrialRow& row = plan.trial_rows[r];
            if (row.number != number || row.relation == "own" || row.relation == "unknown")
                continue;
            write_row(row, &row_texts[r]);
            found = true;
        }
        if (!found)
            memo.row(
                {std::to_string(number), "シートにない項目", "", "", "（シートに行がありません）"});
    }
    for (std::size_t r = 0; r < plan.trial_rows.size(); ++r)
        if (plan.trial_rows[r].relation == "own" || plan.trial_rows[r].relation == "unknown")
            write_row(plan.trial_rows[r], &row_texts[r]);

    memo.blank();
    memo.row({"■ 確認が必要な " + plan.to_label + " の項目"});
    memo.row({"通番", "セキュリティ対応目標", "確認すること"});
    for (const auto& review : plan.reviews) {
        const catalog::Item* item = ver1.item_by_number(review.number);
        memo.row({std::to_string(review.number), item ? item->goal : "", review.reason_ja});
    }

    memo.blank();
    memo.row({"■ チェックリストの外にあったセル（移行先がないため全文をここに残す）"});
    memo.row({"シート", "セル", "種類", "内容"});
    for (const auto& other : others) memo.row({other.sheet, other.cell, other.kind_ja, other.text});
}

}  // namespace apichecklist::migrate::detail
