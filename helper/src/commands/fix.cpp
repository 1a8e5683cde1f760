// apichecklist fix FILE: the findings with exactly one right fix (repair/fix_plan.hpp),
// fixed through the supervised soffice in the file's own format, FILE replaced atomically
// (or a copy with -o); --dry-run prints the plan and starts nothing.

#include <iostream>
#include <memory>
#include <set>
#include <sstream>

#include "apichecklist/office/document_fixes.hpp"
#include "apichecklist/repair/fix_plan.hpp"
#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/validate/validate.hpp"
#include "document_edit.hpp"

namespace apichecklist::cli {

namespace {

namespace fs = std::filesystem;

struct FixOptions {
    std::string file;
    std::string only;  // RULE,RULE
    std::string output;
    bool dry_run = false;
};

std::set<std::string> rules_of(const std::string& list) {
    std::set<std::string> rules;
    std::stringstream in(list);
    for (std::string rule; std::getline(in, rule, ',');) {
        if (rule.empty()) continue;
        const auto& fixable = repair::fixable_rules();
        if (std::find(fixable.begin(), fixable.end(), rule) == fixable.end()) {
            std::string names;
            for (const std::string& r : fixable) names += (names.empty() ? "" : ", ") + r;
            throw UsageError(std::string(tr("--only: 「", "--only: '")) + rule +
                             tr("」は修正できる指摘ではありません。修正できるのは ",
                                "' is not a rule with a certain fix; those are ") +
                             names);
        }
        rules.insert(rule);
    }
    return rules;
}

// Where a fixed cell is once the missing rows are in (they go in after the cell fixes).
int row_after_insertions(const repair::FixPlan& plan, const repair::CellFix& fix) {
    int row = fix.cell.row;
    if (fix.sheet != plan.missing_sheet) return row;
    for (const repair::MissingItemRow& inserted : plan.missing.rows)
        if (inserted.row <= row) ++row;
    return row;
}

nlohmann::json plan_json(const repair::FixPlan& plan) {
    nlohmann::json cells = nlohmann::json::array();
    for (const repair::CellFix& fix : plan.cells)
        cells.push_back({{"rule", fix.rule},
                         {"sheet", fix.sheet},
                         {"cell", sheet::to_a1(fix.cell)},
                         {"before", fix.before},
                         {"after", fix.after}});
    nlohmann::json rows = nlohmann::json::array();
    for (const repair::MissingItemRow& row : plan.missing.rows)
        rows.push_back({{"number", row.number}, {"row", row.row + 1}});
    return {{"cells", cells}, {"missing_items", rows}, {"missing_sheet", plan.missing_sheet}};
}

void print_plan(const repair::FixPlan& plan, bool done) {
    for (const repair::CellFix& fix : plan.cells)
        std::cout << "  " << fix.sheet << "!" << sheet::to_a1(fix.cell) << "  [" << fix.rule
                  << "]  「" << fix.before << "」 → 「" << fix.after << "」\n";
    for (const repair::MissingItemRow& row : plan.missing.rows)
        std::cout << "  " << plan.missing_sheet << tr(" 行 ", " row ") << row.row + 1
                  << "  [item.missing]  " << tr("通番 ", "item ") << row.number
                  << tr(" の行を追加（原文どおり、回答欄は空欄）",
                        " added (official text, answers empty)")
                  << "\n";
    std::cout << (done ? tr("修正しました: ", "fixed: ") : tr("修正する予定: ", "to fix: "))
              << plan.cells.size() << tr(" セル、追加 ", " cells, ") << plan.missing.rows.size()
              << tr(" 行", " rows added") << "\n";
}

}  // namespace

void register_fix(CLI::App& app, Context& ctx) {
    auto o = std::make_shared<FixOptions>();
    CLI::App* command = app.add_subcommand(
        "fix", tr("正解が一つに決まる指摘を修正する (原文の文言、通番の取り違え、試行版の残り、"
                  "回答欄の数式、不足している項目)。回答の文章は変えない",
                  "fix the findings that have exactly one right fix (official text, a wrong "
                  "通番, 試行版 leftovers, formulas in answers, missing items); answers are "
                  "never changed"));
    command->add_option("FILE", o->file, tr("フォーマット (.ods/.xlsx)", "the sheet"))->required();
    command->add_option("--only", o->only,
                        tr("修正する指摘 (カンマ区切り、例: official.changed,item.missing)",
                           "rules to fix, comma-separated"));
    command->add_option("-o,--output", o->output,
                        tr("修正したコピーの出力先 (省略時は FILE 自体を更新)",
                           "write a fixed copy here (default: update FILE itself)"));
    command->add_flag("--dry-run", o->dry_run,
                      tr("何を直すかを表示するだけで書かない", "print the plan, write nothing"));
    command->callback([&ctx, o] {
        const std::set<std::string> only = rules_of(o->only);
        const DocumentEdit edit = prepare_document_edit(ctx, o->file, o->output);
        const CheckedSheet& checked = edit.checked;
        const settings::DocumentSettings settings =
            settings::read_settings(*checked.workbook)
                .settings.value_or(settings::DocumentSettings{});
        const repair::FixPlan plan =
            repair::plan_fixes(*checked.workbook, *checked.layout, ctx.catalog(),
                               *checked.result.report, settings.ignores, only);
        const bool write = !o->dry_run && !plan.empty();
        if (write) {
            store_document_edit(
                edit, "fix",
                [&](office::Session& session, const fs::path& copy, const fs::path& temp) {
                    office::write_document_fixes(session, copy, plan, edit.format, temp);
                },
                [&](const sheet::Workbook& stored) {
                    for (const repair::CellFix& fix : plan.cells)
                        for (const sheet::Sheet& sheet : stored.sheets)
                            if (sheet.name() == fix.sheet &&
                                sheet.text(row_after_insertions(plan, fix), fix.cell.column) !=
                                    fix.after)
                                return false;
                    return true;
                });
        }
        if (ctx.json) {
            nlohmann::json out = plan_json(plan);
            out["file"] = o->file;
            out["output"] = write ? nlohmann::json(edit.target.string()) : nlohmann::json();
            out["dry_run"] = o->dry_run;
            print_json(out);
            return;
        }
        std::cout << (write ? edit.target.string() : o->file) << "\n";
        if (plan.empty()) {
            std::cout << tr("  確実に直せる指摘はありません。\n",
                            "  no finding with a certain fix.\n");
            return;
        }
        print_plan(plan, write);
    });
}

}  // namespace apichecklist::cli
