// apichecklist report FILE [-o OUT] [--format html|json] [--role api|card|both]

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>

#include "../output/completeness_output.hpp"
#include "../sheet_input.hpp"
#include "apichecklist/report/completeness.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

namespace fs = std::filesystem;

namespace {

struct ReportOptions {
    std::string file;
    std::string output;
    std::string format = "html";
    std::string role;
    std::string checklist;
};

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

// Next to the target, then renamed: a reader never sees half a report.
void write_atomically(const fs::path& target, const std::string& content) {
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(directory))
        throw UsageError(std::string(tr("出力先のディレクトリがありません: ", "output directory does not exist: ")) +
                         directory.string());
    const fs::path temp = directory / (".~" + target.filename().string() + "." + std::to_string(std::random_device{}()));
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << content;
        if (!out.flush()) {
            std::error_code ignored;
            fs::remove(temp, ignored);
            throw UsageError(std::string(tr("書き込めません: ", "cannot write: ")) + target.string());
        }
    }
    fs::rename(temp, target);
}

}  // namespace

void register_report(CLI::App& app, Context& ctx) {
    auto opt = std::make_shared<ReportOptions>();
    CLI::App* command = app.add_subcommand(
        "report", tr("確認結果（完成度の報告）を HTML または JSON で作る", "completeness report as HTML or JSON"));
    command->add_option("FILE", opt->file, tr("記入済みのフォーマット (.ods/.xlsx/.csv)", "filled-in sheet"))->required();
    command->add_option("-o,--output", opt->output, tr("出力ファイル（省略時は標準出力）", "output file (default: stdout)"));
    command->add_option("--format", opt->format, tr("html または json", "html or json"))
        ->check(CLI::IsMember({"html", "json"}))
        ->capture_default_str();
    command->add_option("--role", opt->role, tr("回答する立場: api、card、both", "who answers: api, card or both"))
        ->check(CLI::IsMember({"api", "card", "both"}));
    command->add_option("--checklist", opt->checklist, tr("チェックリストの ID (既定: 文書から判定)", "checklist id"));
    command->callback([&ctx, opt] {
        const catalog::Catalog& catalog = ctx.catalog();
        if (!opt->checklist.empty()) ctx.checklist(opt->checklist);
        const CheckedSheet sheet = check_one_sheet(opt->file, catalog, opt->role, opt->checklist);
        const validate::Report& validation = *sheet.result.report;
        const report::Completeness completeness =
            report::summarize(*sheet.workbook, *sheet.layout, catalog, validation);
        const ReportInput input{fs::path(opt->file).filename().string(), today(), sheet.role, &completeness,
                                &validation};
        const bool json = ctx.json || opt->format == "json";
        const std::string content = json ? completeness_json(input).dump(2, ' ', false) + "\n" : completeness_html(input);
        if (opt->output.empty()) {
            std::cout << content;
            return;
        }
        write_atomically(opt->output, content);
        std::cerr << tr("確認結果を書きました: ", "report written: ") << opt->output << "\n";
    });
}

}  // namespace apichecklist::cli
