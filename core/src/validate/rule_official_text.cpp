// official.changed: 区分, セキュリティ対応目標 and 対象者 as the catalog prints them.
// Compared after folding (width, case, spaces and punctuation do not count); a reading
// the errata accept in sheets is not a change.

#include <algorithm>

#include "apichecklist/search/normalize.hpp"
#include "apichecklist/text/excerpt.hpp"
#include "rule_context.hpp"
#include "text_diff.hpp"

namespace apichecklist::validate::detail {

namespace {

// A goal, 区分 or 対象者 is far shorter; a longer cell is quoted, not copied.
constexpr std::size_t kActualCharacters = 200;

bool errata_accept(const RuleContext& ctx, int number, const std::string& field,
                   const std::string& text) {
    if (!ctx.errata) return false;
    const std::u32string folded = search::fold_chars(text);
    if (folded.empty()) return false;
    for (const catalog::Erratum& erratum : ctx.errata->entries) {
        if (!erratum.accept_in_sheets || erratum.field != field) continue;
        if (std::find(erratum.item_numbers.begin(), erratum.item_numbers.end(), number) ==
            erratum.item_numbers.end())
            continue;
        for (const catalog::ErratumReading& reading : erratum.readings)
            if (search::fold_chars(reading.text).find(folded) != std::u32string::npos) return true;
    }
    return false;
}

bool is_bank_leftover(const RuleContext& ctx, const std::string& text) {
    return ctx.predecessor && text.find("銀行") != std::string::npos;  // leftover.bank reports it
}

}  // namespace

void check_official_text(const RuleContext& ctx, std::vector<Finding>& out) {
    std::string category_above;  // 区分 cells are often merged down the chapter's rows
    for (const sheet::DataRow& row : ctx.layout.rows) {
        const catalog::Item* item = ctx.item(row);
        if (ctx.layout.column("category") >= 0 && row.kind != sheet::RowKind::Unnumbered) {
            const std::string& written = ctx.cell(row, "category").text;
            if (!sheet::is_blank(written)) category_above = written;
        }
        // Another item under a wrong 通番: number.wrong says it, its text is that item's.
        if (!item || ctx.misnumbered.count(row.row)) continue;
        const catalog::Category* category = ctx.checklist.category_by_id(item->category);
        const catalog::Target* target = ctx.checklist.target_by_id(item->target);
        struct Field {
            const char* key;
            std::string expected;
            std::string actual;
        };
        const Field fields[] = {
            {"category", category ? category->name : "",
             ctx.layout.column("category") >= 0 ? (sheet::is_blank(ctx.cell(row, "category").text)
                                                       ? category_above
                                                       : ctx.cell(row, "category").text)
                                                : ""},
            {"goal", item->goal, ctx.layout.column("goal") >= 0 ? ctx.cell(row, "goal").text : ""},
            {"target", target ? target->label : "",
             ctx.layout.column("target") >= 0 ? ctx.cell(row, "target").text : ""},
        };
        for (const Field& field : fields) {
            if (ctx.layout.column(field.key) < 0 || field.expected.empty()) continue;
            // Far longer than any folding of the official text: changed, and neither folded
            // nor diffed whole (a 60 MB cell took 33 s and 650 MB).
            const bool huge = field.actual.size() > 16 * field.expected.size() + 4096;
            if (!huge && search::fold_chars(field.actual) == search::fold_chars(field.expected))
                continue;
            if (!huge && errata_accept(ctx, item->number, field.key, field.actual)) continue;
            if (is_bank_leftover(ctx, field.actual)) continue;
            const std::string& label = ctx.label_of(field.key);
            const TextDifference diff =
                difference(field.expected,
                           huge ? text::excerpt(field.actual, kActualCharacters) : field.actual);
            Finding f = ctx.finding(
                "official.changed", Severity::Error, &row, field.key,
                "「" + label + "」が原文と異なります（原文「" + diff.expected + "」、シート「" +
                    (sheet::is_blank(field.actual) ? std::string("空欄") : diff.actual) +
                    "」）。原文に戻してください。補足は備考欄に書いてください。",
                label + " differs from the official text (official '" + diff.expected +
                    "', sheet '" + diff.actual + "'); restore it and put remarks in 備考");
            f.expected = field.expected;
            f.actual = text::excerpt(field.actual, kActualCharacters);
            out.push_back(std::move(f));
        }
    }
}

}  // namespace apichecklist::validate::detail
