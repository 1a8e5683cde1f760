// apichecklist report FILE [-o OUT] [--format html|json|pdf] [--role api|card|both]

#include <filesystem>
#include <iostream>
#include <memory>

#include "../output/completeness_output.hpp"
#include "../sheet_input.hpp"
#include "apichecklist/compare/plan_date.hpp"
#include "apichecklist/io/output_file.hpp"
#include "apichecklist/report/completeness.hpp"
#include "commands.hpp"
#ifdef APICHECKLIST_HAVE_OFFICE
#include "apichecklist/office/summary_pdf.hpp"
#endif

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

// Without -o the PDF goes to the current directory, and -o DIR puts the report in DIR, named
// after the input (as soffice --convert-to does): 回答.ods → 回答_確認結果.pdf.
fs::path default_name(const std::string& file, const std::string& format) {
    return fs::path(fs::path(file).stem().string() + "_確認結果." + format);
}

void write_pdf(const std::string& file, const ReportInput& input, const fs::path& target) {
#ifdef APICHECKLIST_HAVE_OFFICE
    const office::SummarySheetInput summary{input.completeness, input.validation, input.role,
                                            input.file, input.generated_on};
    try {
        office::Office soffice;
        soffice.run(std::string(tr("確認結果の PDF 出力", "exporting the report as PDF")),
                    [&](office::Session& session) {
                        office::export_summary_pdf(session, file, summary, target,
                                                   soffice.work_directory());
                    });
        soffice.shutdown();
    } catch (const office::OfficeError& e) {
        throw UsageError(file +
                         tr(": LibreOffice で PDF を作れませんでした: ",
                            ": LibreOffice could not make the PDF: ") +
                         e.what());
    }
#else
    (void)input;
    (void)target;
    throw UsageError(
        file + tr(": PDF の出力には LibreOffice 連携 (libreoffice-dev を入れてビルド) が必要です",
                  ": PDF output needs a build with the LibreOffice SDK (libreoffice-dev)"));
#endif
}

}  // namespace

void register_report(CLI::App& app, Context& ctx) {
    auto opt = std::make_shared<ReportOptions>();
    CLI::App* command =
        app.add_subcommand("report", tr("確認結果（完成度の報告）を HTML、JSON または PDF で作る",
                                        "completeness report as HTML, JSON or PDF"));
    command
        ->add_option("FILE", opt->file,
                     tr("記入済みのフォーマット (.ods/.xlsx/.csv)", "filled-in sheet"))
        ->required();
    command->add_option(
        "-o,--output", opt->output,
        tr("出力ファイルまたはディレクトリ（省略時は標準出力、PDF は 入力名_確認結果.pdf）",
           "output file or directory (default: stdout; PDF: INPUT_確認結果.pdf)"));
    command->add_option("--format", opt->format, tr("html、json または pdf", "html, json or pdf"))
        ->check(CLI::IsMember({"html", "json", "pdf"}))
        ->capture_default_str();
    command
        ->add_option("--role", opt->role,
                     tr("回答する立場: api、card、both", "who answers: api, card or both"))
        ->check(role_name_check());
    command->add_option("--checklist", opt->checklist,
                        tr("チェックリストの ID (既定: 文書から判定)", "checklist id"));
    command->callback([&ctx, opt] {
        const bool pdf = opt->format == "pdf";
        const bool json = !pdf && (ctx.json || opt->format == "json");
        const std::string format = pdf ? "pdf" : json ? "json" : "html";
        const fs::path requested =
            pdf && opt->output.empty() ? default_name(opt->file, format) : fs::path(opt->output);
        // Checked before any work (and again when the file is moved into place).
        const fs::path target = requested.empty()
                                    ? requested
                                    : io::resolve_output(requested, default_name(opt->file, format),
                                                         {fs::path(opt->file)});
        const catalog::Catalog& catalog = ctx.catalog();
        if (!opt->checklist.empty()) ctx.checklist(opt->checklist);
        const CheckedSheet sheet = check_one_sheet(opt->file, catalog, opt->role, opt->checklist);
        const validate::Report& validation = *sheet.result.report;
        const report::Completeness completeness =
            report::summarize(*sheet.workbook, *sheet.layout, catalog, validation);
        const ReportInput input{fs::path(opt->file).filename().string(),
                                compare::to_iso(compare::today()), sheet.role, &completeness,
                                &validation};
        if (pdf) {
            // soffice opens the file itself: a cell of megabytes would take it gigabytes.
            if (const auto oversized = oversized_cell_message(*sheet.workbook, opt->file))
                throw UsageError(tr(oversized->ja.c_str(), oversized->en.c_str()));
            write_pdf(opt->file, input, target);
            std::cerr << tr("確認結果を書きました: ", "report written: ") << target.string()
                      << "\n";
            return;
        }
        const std::string content =
            json ? json_text(completeness_json(input)) + "\n" : completeness_html(input);
        if (opt->output.empty()) {
            std::cout << content;
            return;
        }
        io::write_file_atomically(target, content);
        std::cerr << tr("確認結果を書きました: ", "report written: ") << target.string() << "\n";
    });
}

}  // namespace apichecklist::cli
