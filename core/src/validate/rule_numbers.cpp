// number.wrong, number.duplicate, number.unknown, number.invalid, item.missing

#include <map>
#include <set>

#include "apichecklist/text/excerpt.hpp"
#include "rule_context.hpp"

namespace apichecklist::validate::detail {

namespace {

// A word for a POSIX shell: unchanged when it is plain, else in single quotes.
std::string shell_quoted(const std::string& word) {
    const bool plain = !word.empty() && word.find_first_not_of(
                                            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                            "0123456789._-/+=:,@%") == std::string::npos;
    if (plain) return word;
    std::string out = "'";
    for (const char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// The file as the user named it (the helper sets the path it was given), else a placeholder.
std::string file_name(const RuleContext& ctx) {
    return ctx.workbook.source.empty() ? std::string("FILE") : ctx.workbook.source;
}

}  // namespace

void check_numbers(const RuleContext& ctx, std::vector<Finding>& out) {
    std::map<int, const sheet::DataRow*> first_row;
    std::set<int> present;
    // A 通番 form that cannot be read is said once, with the count of rows written alike.
    std::vector<const sheet::DataRow*> unreadable;
    for (const sheet::DataRow& row : ctx.layout.rows)
        if (row.kind == sheet::RowKind::Unnumbered && !sheet::is_blank(row.number_text))
            unreadable.push_back(&row);
    for (const sheet::DataRow& row : ctx.layout.rows) {
        if (row.kind == sheet::RowKind::Unnumbered) {
            const bool empty = sheet::is_blank(row.number_text);
            if (!empty && &row != unreadable.front()) continue;
            const std::string others =
                unreadable.size() > 1
                    ? " ほか " + std::to_string(unreadable.size() - 1) + " 行 (" +
                          sheet::to_a1({unreadable[1]->row, ctx.layout.column("number")}) +
                          (unreadable.size() > 2
                               ? "〜" + sheet::to_a1(
                                            {unreadable.back()->row, ctx.layout.column("number")})
                               : std::string()) +
                          ") も同じく読めません。"
                    : std::string();
            out.push_back(ctx.finding(
                "number.invalid", Severity::Error, &row, "number",
                empty ? "通番が空欄です。チェックリストの項目なら通番を、独自の項目なら「独自1」の"
                        "ような通番を記入してください。表の外のメモなら、別のシートか表より右の列に"
                        "移してください。"
                      : "通番「" + text::excerpt(row.number_text) +
                            "」は数字でも独自項目 (「独自」で始まる通番) "
                            "でもありません。通番を「1」「No.1」のように直してください。" +
                            others,
                empty
                    ? "通番 is empty; write the item's 通番, or 独自1 etc. for an own item; a note "
                      "that is not part of the table belongs on another sheet or in a column right "
                      "of the table"
                    : "通番 '" + text::excerpt(row.number_text) +
                          "' is neither a number nor an own-item label (独自…)" +
                          (unreadable.size() > 1 ? "; " + std::to_string(unreadable.size() - 1) +
                                                       " more rows are written alike"
                                                 : std::string())));
            continue;
        }
        if (row.kind != sheet::RowKind::Item) continue;
        const int number = *row.number;
        if (const auto wrong = ctx.misnumbered.find(row.row); wrong != ctx.misnumbered.end()) {
            const int real = wrong->second;
            Finding f = ctx.finding(
                "number.wrong", Severity::Error, &row, "number",
                "通番が違います (この行の目標は通番 " + std::to_string(real) + "「" +
                    ctx.checklist.item_by_number(real)->goal + "」のものです)。通番を " +
                    std::to_string(real) + " に直してください。",
                "wrong 通番: the goal of this row is item " + std::to_string(real) +
                    "'s; change the 通番 to " + std::to_string(real));
            f.number = real;
            out.push_back(std::move(f));
            present.insert(real);
            continue;
        }
        if (const auto [it, inserted] = first_row.emplace(number, &row); !inserted) {
            const std::string first = sheet::to_a1({it->second->row, ctx.layout.column("number")});
            out.push_back(ctx.finding("number.duplicate", Severity::Error, &row, "number",
                                      "通番 " + std::to_string(number) + " が " + first +
                                          " と重複しています。どちらかを削除するか、独自の項目なら"
                                          "通番を「独自1」のようにしてください。",
                                      "通番 " + std::to_string(number) + " also appears in " +
                                          first + "; delete one, or label an own item 独自1 etc."));
            continue;
        }
        if (!ctx.checklist.item_by_number(number)) {
            out.push_back(ctx.finding(
                "number.unknown", Severity::Error, &row, "number",
                "通番 " + std::to_string(number) + " は " + ctx.checklist.title +
                    " にありません (通番は " + std::to_string(ctx.checklist.items.front().number) +
                    "〜" + std::to_string(ctx.checklist.items.back().number) +
                    ")。独自に追加した項目なら通番を「独自1」のように書いてください。",
                "通番 " + std::to_string(number) + " is not in " + ctx.checklist.id +
                    "; for an item you added, write its 通番 as 独自1 etc."));
            continue;
        }
        present.insert(number);
    }
    for (const catalog::Item& item : ctx.checklist.items) {
        if (present.count(item.number)) continue;
        // The exact command for this file, ready to paste (a Calc user has the sidebar).
        const std::string command = "apichecklist ignore add " + shell_quoted(file_name(ctx)) +
                                    " --rule item.missing --number " + std::to_string(item.number) +
                                    " --reason ";
        Finding f = ctx.finding(
            "item.missing", Severity::Error, nullptr, "",
            "通番 " + std::to_string(item.number) + "「" + item.goal +
                "」の行がありません。行を戻すか、意図して削除した場合は理由を添えて無視に登録して"
                "ください。コマンドでは " +
                command +
                "'削除した理由'、Calc ではサイドバー「検証」の「無視する」"
                "（docs/ignores-and-properties.md 参照）。",
            "item " + std::to_string(item.number) +
                " is missing; restore the row, or if it was deleted on purpose, ignore this "
                "finding with a reason: " +
                command +
                "'why it was deleted' on the command line, or the Calc sidebar's Validation "
                "panel (see docs/ignores-and-properties.md)");
        f.number = item.number;
        out.push_back(std::move(f));
    }
}

}  // namespace apichecklist::validate::detail
