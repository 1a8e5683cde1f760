// apichecklist validate [--role api|card|both] [--checklist ID] [--jobs N] FILE|DIR...

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

#include "../output/report_json.hpp"
#include "../output/report_text.hpp"
#include "../output/terminal.hpp"
#include "../sheet_input.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

namespace fs = std::filesystem;

namespace {

struct ValidateOptions {
    std::string role;
    std::string checklist;
    std::vector<std::string> paths;
    unsigned jobs = 0;
};

bool is_spreadsheet_name(const fs::path& path) {
    const std::string name = path.filename().string();
    if (name.rfind(".~lock.", 0) == 0 || name.rfind("~$", 0) == 0)
        return false;  // lock/owner files
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".ods" || ext == ".xlsx" || ext == ".csv";
}

// Files as given, directories searched recursively for .ods/.xlsx/.csv (sorted).
std::vector<std::string> expand(const std::vector<std::string>& paths) {
    std::vector<std::string> files;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            files.push_back(path);
            continue;
        }
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(
                 path, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            if (it->is_regular_file(ec) && is_spreadsheet_name(it->path()))
                found.push_back(it->path().string());
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

std::vector<FileResult> check_all(const std::vector<std::string>& files,
                                  const catalog::Catalog& catalog, const ValidateOptions& options) {
    std::vector<FileResult> results(files.size());
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    const bool progress = files.size() > 1 && isatty(STDERR_FILENO);
    std::mutex progress_mutex;
    auto worker = [&] {
        for (std::size_t i; (i = next++) < files.size();) {
            results[i] = check_sheet(files[i], catalog, options.role, options.checklist).result;
            const std::size_t n = ++done;
            if (progress) {
                std::lock_guard lock(progress_mutex);
                unescaped(std::cerr) << "\r";
                std::cerr << tr("検証中 ", "validating ") << n << "/" << files.size() << std::flush;
            }
        }
    };
    const unsigned jobs = std::max(
        1u, std::min<unsigned>(options.jobs ? options.jobs : std::thread::hardware_concurrency(),
                               unsigned(files.size())));
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);
    worker();
    for (std::thread& t : threads) t.join();
    if (progress) unescaped(std::cerr) << "\r" << std::string(40, ' ') << "\r" << std::flush;
    return results;
}

int exit_code_of(const std::vector<FileResult>& results) {
    bool errors = false;
    for (const FileResult& r : results) {
        if (!r.report) return kUsageOrInput;
        errors = errors || r.report->has_errors();
    }
    return errors ? 1 : kOk;
}

}  // namespace

void register_validate(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* command =
        app.add_subcommand("validate", tr("記入済みのフォーマット (.ods/.xlsx/.csv) を検証する",
                                          "check filled-in sheets (.ods/.xlsx/.csv)"));
    command
        ->add_option(
            "--role", options->role,
            tr("回答する立場: api (API接続先)、card (カード会社)、both。既定は文書の設定、なければ "
               "both",
               "who answers: api, card or both; default: the document's setting, else both"))
        ->check(role_name_check());
    command->add_option(
        "--checklist", options->checklist,
        tr("チェックリストの ID (既定: 文書から判定)", "checklist id (default: detected)"));
    command->add_option("--jobs,-j", options->jobs,
                        tr("並列数 (既定: CPU 数)", "parallel jobs (default: all cores)"));
    command
        ->add_option("paths", options->paths,
                     tr("ファイルまたはディレクトリ", "files or directories"))
        ->required();
    command->callback([&ctx, options] {
        const catalog::Catalog& catalog = ctx.catalog();
        if (!options->checklist.empty())
            ctx.checklist(options->checklist);  // NotFound for an unknown id
        const std::vector<std::string> files = expand(options->paths);
        if (files.empty())
            throw UsageError(tr("検証するファイル (.ods/.xlsx/.csv) がありません",
                                "no .ods/.xlsx/.csv files to check"));
        const std::vector<FileResult> results = check_all(files, catalog, *options);
        const int code = exit_code_of(results);
        if (ctx.json) {
            std::cout << json_text(validation_json(catalog, results, code)) << "\n";
        } else {
            for (const FileResult& r : results) print_file_report(std::cout, catalog, r);
            print_validation_summary(std::cout, results);
        }
        std::cout.flush();
        if (code != kOk) std::exit(code);
    });
}

}  // namespace apichecklist::cli
