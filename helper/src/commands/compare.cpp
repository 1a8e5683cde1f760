// apichecklist compare OLD NEW [--as-of YYYY-MM-DD]: what changed since last time, sheet by
// sheet.

#include <cstdlib>
#include <iostream>

#include "../output/compare_report.hpp"
#include "apichecklist/compare/comparison.hpp"
#include "apichecklist/compare/sheet_pairs.hpp"
#include "apichecklist/io/read_checklist.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

namespace {

struct CompareOptions {
    std::string old_path;
    std::string new_path;
    std::string as_of;
};

io::ChecklistFile load(const std::string& path, const catalog::Catalog& catalog) {
    try {
        return io::read_checklist(path, catalog);
    } catch (const io::ReadError& e) {
        throw UsageError(path + ": " + (english() ? e.message_en() : e.message_ja()));
    }
}

compare::Date reference_date(const std::string& option) {
    if (option.empty()) return compare::today();
    if (auto date = compare::parse_iso_date(option)) return *date;
    throw UsageError(
        std::string(tr("--as-of の日付が読めません: ", "cannot read the --as-of date: ")) + option +
        tr(" (YYYY-MM-DD で指定してください)", " (use YYYY-MM-DD)"));
}

}  // namespace

void register_compare(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<CompareOptions>();
    CLI::App* command = app.add_subcommand(
        "compare", tr("前回と今回のフォーマットを比較する (変更があれば終了コード 1)",
                      "compare last time's sheet with this time's (exit code 1 on changes)"));
    command->add_option("old", options->old_path, tr("前回のファイル", "previous sheet"))
        ->required();
    command->add_option("new", options->new_path, tr("今回のファイル", "current sheet"))
        ->required();
    command->add_option("--as-of", options->as_of,
                        tr("対応計画の期限を判定する基準日 YYYY-MM-DD (既定: 今日)",
                           "reference date for plan deadlines, YYYY-MM-DD (default: today)"));
    command->callback([&ctx, options] {
        const compare::Date as_of = reference_date(options->as_of);
        const catalog::Catalog& catalog = ctx.catalog();
        const io::ChecklistFile old_sheet = load(options->old_path, catalog);
        const io::ChecklistFile new_sheet = load(options->new_path, catalog);
        CompareRun run{options->old_path,
                       options->new_path,
                       &old_sheet.workbook,
                       &new_sheet.workbook,
                       as_of,
                       {},
                       {}};
        const compare::SheetPairing pairing = compare::pair_sheets(
            old_sheet.workbook, old_sheet.layout, new_sheet.workbook, new_sheet.layout);
        run.uncompared = pairing.uncompared;
        for (const compare::SheetPair& pair : pairing.pairs) {
            try {
                run.sheets.push_back(
                    {pair, compare::compare_sheets({old_sheet.workbook, *pair.old_layout},
                                                   {new_sheet.workbook, *pair.new_layout}, catalog,
                                                   as_of)});
            } catch (const compare::IncomparableVersions&) {
                const std::string& old_id = pair.old_layout->checklist_id;
                const std::string& new_id = pair.new_layout->checklist_id;
                throw UsageError(
                    english()
                        ? "cannot compare " + old_id + " (" + options->old_path + ") with " +
                              new_id + " (" + options->new_path +
                              "): no mapping leads from the first to the second; give the older "
                              "sheet first"
                        : options->old_path + " (" + old_id + ") と " + options->new_path + " (" +
                              new_id +
                              ") は比較できません。版の対応表がこの向きにはありません。前回 (古い"
                              "版) のファイルを先に指定してください。");
            }
        }
        if (ctx.json)
            std::cout << json_text(comparison_json(run)) << "\n";
        else
            print_comparison(std::cout, catalog, run);
        std::cout.flush();
        if (run.has_changes()) std::exit(kProblemsFound);
    });
}

}  // namespace apichecklist::cli
