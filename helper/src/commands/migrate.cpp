// apichecklist migrate: 試行版 sheets → Ver1.0 sheets (or, with --to, sheets of any
// version → a later one joined by catalog mappings) made from the target's template,
// through one supervised soffice for the whole batch. The plan comes from the core; nothing is
// written unless the plan, and the stored file read back, keep every input text.

#include <unistd.h>

#include <iostream>

#include "../output/terminal.hpp"
#include "apichecklist/io/output_file.hpp"
#include "apichecklist/io/read_workbook.hpp"
#include "apichecklist/migrate/nothing_lost.hpp"
#include "apichecklist/migrate/plan.hpp"
#include "apichecklist/office/checklist_template.hpp"
#include "apichecklist/office/file_format.hpp"
#include "apichecklist/office/migrated_sheet.hpp"
#include "apichecklist/office/scratch_directory.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/text/excerpt.hpp"
#include "apichecklist/util/sha256.hpp"
#include "apichecklist/validate/labels.hpp"
#include "apichecklist/validate/validate.hpp"
#include "batch_file.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* kChecklistSheetName = "フォーマット";

struct MigrateOptions {
    std::vector<std::string> files;
    std::string to;  // target checklist id; empty: 試行版 → Ver1.0 only
    std::string output_dir;
    std::string format;  // ods, xlsx; empty: the input's own
    bool dry_run = false;
    bool force = false;
};

using Status = FileStatus;

struct FileResult {
    fs::path input;
    fs::path output;
    Status status = Status::Failed;
    std::string message_ja;
    std::string message_en;
    std::optional<migrate::Plan> plan;
    std::vector<migrate::LostText> lost;
    std::vector<validate::Finding> findings;  // of the migrated sheet: for a human to resolve
};

std::string target_id(const MigrateOptions& options) {
    return options.to.empty() ? migrate::kToChecklist : options.to;
}

// The output keeps the input's format (.xlsx stays .xlsx for Excel users); --format chooses.
office::FileFormat output_format(const fs::path& input, const MigrateOptions& options) {
    if (const auto chosen = office::format_from_name(options.format)) return *chosen;
    return office::format_of(input) == office::FileFormat::Xlsx ? office::FileFormat::Xlsx
                                                                : office::FileFormat::Ods;
}

// NAME_Ver.1.0.ods, NAME_Ver.1.1.xlsx: named by the target version's label (without its
// spaces, which a file name on a command line is better without), in the output format.
fs::path output_path(const fs::path& input, const MigrateOptions& options,
                     const catalog::Checklist& target) {
    const fs::path directory =
        options.output_dir.empty()
            ? (input.parent_path().empty() ? fs::path(".") : input.parent_path())
            : fs::path(options.output_dir);
    std::string label = target.label;
    std::erase(label, ' ');
    return directory / (input.stem().string() + "_" + label +
                        office::extension_of(output_format(input, options)));
}

std::string lost_list(const std::vector<migrate::LostText>& lost) {
    std::string out;
    for (const auto& text : lost)
        out += "\n  " + text.sheet + "!" + text.cell + (text.comment ? " (コメント)" : "") + ": " +
               text::excerpt(text.text, 80);
    return out;
}

class Migration {
  public:
    Migration(Context& ctx, const MigrateOptions& options)
        : ctx_(ctx), options_(options), target_(*ctx.catalog().checklist(target_id(options))) {}
    Migration(const Migration&) = delete;
    Migration& operator=(const Migration&) = delete;

    FileResult run(const fs::path& input) {
        FileResult result;
        result.input = input;
        result.output = output_path(input, options_, target_);
        try {
            migrate_file(result);
        } catch (const FileFailure& e) {
            result.status = e.status;
            result.message_ja = e.ja;
            result.message_en = e.what();
        } catch (const office::OfficeError& e) {
            result.status = Status::Failed;
            result.message_ja = std::string("LibreOffice での処理に失敗しました: ") + e.what();
            result.message_en = std::string("LibreOffice failed: ") + e.what();
        }
        return result;
    }

    void finish() { soffice_.shutdown(); }

  private:
    void migrate_file(FileResult& result) {
        const catalog::Catalog& cat = ctx_.catalog();
        const fs::path& input = result.input;
        sheet::Workbook workbook;
        try {
            workbook = io::read_workbook(input);
        } catch (const io::ReadError& e) {
            throw FileFailure(Status::Unreadable, e.message_ja(), e.message_en());
        }
        workbook.source = input.filename().string();
        // Before soffice: a cell of megabytes makes it take gigabytes and minutes.
        if (const auto oversized = oversized_cell_message(workbook, ""))
            throw FileFailure(Status::Unreadable, oversized->ja, oversized->en);
        const auto layout = sheet::detect_layout(
            workbook, cat, settings::checklist_hint(settings::read_settings(workbook)));
        if (!layout)
            throw FileFailure(
                Status::Unreadable,
                "チェックリストが見つかりません。" + sheet::layout_search_description_ja(),
                "no checklist found: " + sheet::layout_search_description_en());
        if (options_.to.empty() && layout->checklist_id != migrate::kFromChecklist)
            throw FileFailure(
                Status::Unreadable,
                "試行版のシートではありません（" + layout->checklist_id +
                    " と判定）。--to "
                    "を付けないときに移行できるのは「API接続チェックリスト（試行版）」のシートだけ"
                    "です",
                "not a 試行版 sheet (detected " + layout->checklist_id +
                    "); without --to only bank-api-trial-2017 sheets can be migrated");
        try {
            migrate::resolve_chain(cat, layout->checklist_id, target_.id);
        } catch (const migrate::PlanError& e) {
            throw FileFailure(Status::Unreadable, e.message_ja, e.what());
        }

        migrate::Plan plan = migrate::plan_migration(workbook, *layout, cat, target_.id);
        result.lost = migrate::find_lost_texts(
            workbook, migrate::planned_workbook(plan, kChecklistSheetName));
        result.plan = std::move(plan);
        if (!result.lost.empty())
            throw FileFailure(
                Status::Failed,
                "移行計画で失われる内容があるため書きませんでした（不具合です。報告してください）"
                ":" +
                    lost_list(result.lost),
                "not written: the plan would lose these texts (a bug, please report):" +
                    lost_list(result.lost));
        if (options_.dry_run) {
            result.status = Status::Planned;
            return;
        }
        write(result, workbook);
    }

    void write(FileResult& result, const sheet::Workbook& workbook) {
        fs::path target;
        try {
            target = io::resolve_output(result.output, {}, {result.input});
        } catch (const io::OutputError& e) {
            throw FileFailure(Status::Unreadable, e.message_ja(), e.message_en());
        }
        if (fs::exists(target) && !options_.force)
            throw FileFailure(Status::Failed,
                              "出力ファイルがすでにあります: " + target.string() +
                                  "（上書きするには --force を付けてください）",
                              "output exists: " + target.string() + " (use --force to replace it)");
        // soffice stores into a hidden directory beside the output (its lock and temp files
        // too): removed whatever happens, Ctrl-C included.
        const office::ScratchDirectory staging(office::staging_path_beside(target));
        const fs::path temp = staging.path() / target.filename();

        const catalog::Catalog& cat = ctx_.catalog();
        std::map<std::string, std::string> properties = {
            {office::kPropertyMigratedFrom, result.input.filename().string()},
            {office::kPropertyMigratedFromSha256, util::sha256_hex(util::read_file(result.input))},
            {office::kPropertyMigrationMapping, result.plan->mapping_id},
            {office::kPropertyMigrationMappingVersion, result.plan->mapping_version},
        };
        const fs::path& template_file = template_path();
        soffice_.run(tr("移行したシートの書き込み", "writing the migrated sheet"),
                     [&](office::Session& session) {
                         office::write_migrated_sheet(session, template_file, *result.plan,
                                                      properties, temp,
                                                      output_format(result.input, options_));
                     });

        // The stored file itself, read back: every input text and comment must be there too.
        sheet::Workbook stored;
        try {
            stored = io::read_workbook(temp);
        } catch (const io::ReadError& e) {
            throw FileFailure(Status::Failed, "書いたファイルが読めません: " + e.message_ja(),
                              "the written file cannot be read: " + e.message_en());
        }
        result.lost = migrate::find_lost_texts(workbook, stored);
        if (!result.lost.empty())
            throw FileFailure(
                Status::Failed,
                "書いたファイルに入力の内容が欠けているため出力しませんでした:" +
                    lost_list(result.lost),
                "not written: the stored file lacks these input texts:" + lost_list(result.lost));

        const settings::SettingsReadResult written = settings::read_settings(stored);
        if (const auto layout =
                sheet::detect_layout(stored, cat, settings::checklist_hint(written, target_.id))) {
            const validate::Report report =
                validate::validate(stored, *layout, cat, result.plan->role, written);
            for (const auto& finding : report.findings)
                if (finding.severity != validate::Severity::Info)
                    result.findings.push_back(finding);
        }

        try {
            io::move_into_place(temp, target, options_.force ? io::Replace::Yes : io::Replace::No);
        } catch (const io::OutputError& e) {
            throw FileFailure(Status::Failed, e.message_ja(), e.message_en());
        }
        result.status = Status::Written;
    }

    // The template, built once per batch from the catalog into a private directory.
    const fs::path& template_path() {
        if (!template_file_.empty()) return template_file_;
        const catalog::Catalog& cat = ctx_.catalog();
        work_dir_.emplace(fs::temp_directory_path() /
                          ("apichecklist-migrate-" + std::to_string(::getpid())));
        // The target's own package: an installed one for a version newer than the built-in.
        const catalog::PackageInfo* package = cat.package_of_checklist(target_.id);
        office::TemplateSource source;
        source.checklist = &target_;
        source.catalog_version = package ? package->version : cat.catalog_version;
        source.catalog_sha256 = util::sha256_hex(
            util::read_file((package ? package->directory : cat.directory) / "manifest.json"));
        const fs::path file = work_dir_->path() / "フォーマット.ots";
        soffice_.run(tr("テンプレートの作成", "building the template"),
                     [&](office::Session& session) {
                         office::write_checklist_template(session, source, file);
                     });
        template_file_ = file;
        return template_file_;
    }

    Context& ctx_;
    const MigrateOptions& options_;
    const catalog::Checklist& target_;
    office::Office soffice_;
    std::optional<office::ScratchDirectory> work_dir_;
    fs::path template_file_;
};

std::string cell_of(const migrate::PlannedCell& cell) {
    return sheet::to_a1({cell.row, cell.column});
}

void print_plan_text(const migrate::Plan& plan) {
    for (const auto& row : plan.trial_rows) {
        std::cout << "  " << plan.from_label << tr(" 通番", " no. ") << row.number_text << " ["
                  << row.relation << "]";
        if (!row.to_numbers.empty()) {
            std::cout << " →";
            for (const int n : row.to_numbers) std::cout << " " << n;
        }
        std::cout << "\n";
        for (const auto& route : row.routes) {
            std::string to;
            for (std::size_t i = 0; i < route.to_cells.size(); ++i)
                to += (i ? ", " : "") + std::string(tr("通番", "no. ")) +
                      std::to_string(route.to_numbers[i]) + " " + route.to_column + " " +
                      route.to_cells[i];
            if (row.relation == "own") to = tr("独自項目の行 ", "own-item row ") + route.to_column;
            if (to.empty()) to = tr("移行メモ（削除項目）", "移行メモ (removed item)");
            std::cout << "    " << route.from_column << " " << route.from_cell << " → " << to
                      << (route.has_comment ? tr("（コメント付き）", " (with comment)") : "")
                      << "\n";
        }
    }
    std::cout << "  " << tr("要確認の ", "") << plan.to_label << tr(" 項目: ", " items to review: ")
              << plan.reviews.size() << ", " << tr("独自項目: ", "own items: ") << plan.own_rows
              << ", " << tr("移行メモに残すその他のセル: ", "other cells kept in 移行メモ: ")
              << plan.other_cells << "\n";
}

nlohmann::json plan_json(const migrate::Plan& plan) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : plan.trial_rows) {
        nlohmann::json routes = nlohmann::json::array();
        for (const auto& route : row.routes)
            routes.push_back(
                {{"from_column", route.from_column},
                 {"from_cell", route.from_cell},
                 {"to_numbers", route.to_numbers},
                 {"to_column",
                  route.to_column.empty() ? nlohmann::json() : nlohmann::json(route.to_column)},
                 {"to_cells", route.to_cells},
                 {"text", route.text},
                 {"has_comment", route.has_comment}});
        rows.push_back({{"number", row.number_text},
                        {"relation", row.relation},
                        {"to_numbers", row.to_numbers},
                        {"routes", routes}});
    }
    nlohmann::json cells = nlohmann::json::array();
    for (const auto& cell : plan.cells)
        if (!cell.text.empty() || !cell.comment.empty())
            cells.push_back(
                {{"cell", cell_of(cell)}, {"text", cell.text}, {"comment", cell.comment}});
    nlohmann::json reviews = nlohmann::json::array();
    for (const auto& review : plan.reviews)
        reviews.push_back({{"number", review.number},
                           {"reason", review.reason_ja},
                           {"reason_en", review.reason_en}});
    return {{"from", plan.from_checklist},
            {"to", plan.to_checklist},
            {"mappings", plan.mapping_ids},
            {"mapping", plan.mapping_id},
            {"mapping_version", plan.mapping_version},
            {"role", settings::role_name(plan.role)},
            {"trial_rows", rows},
            {"cells", cells},
            {"reviews", reviews},
            {"own_rows", plan.own_rows},
            {"other_cells", plan.other_cells},
            {"memo_cells", plan.memo_cells.size()}};
}

void print_result_text(const FileResult& result) {
    const std::string file = result.input.string();
    switch (result.status) {
        case Status::Written:
            std::cout << tr("移行しました: ", "migrated: ") << file << " → "
                      << result.output.string() << "\n";
            break;
        case Status::Planned:
            std::cout << tr("移行計画（書き込みなし）: ", "plan (nothing written): ") << file
                      << " → " << result.output.string() << "\n";
            print_plan_text(*result.plan);
            break;
        default:
            std::cout << file << ": " << tr(result.message_ja, result.message_en) << "\n";
            return;
    }
    if (!result.plan) return;
    for (const auto& review : result.plan->reviews)
        std::cout << "  " << tr("要確認 通番", "review no. ") << review.number << ": "
                  << tr(review.reason_ja, review.reason_en) << "\n";
    if (result.status == Status::Written) {
        std::cout << "  " << tr("検証（回答する立場 ", "validation (role ")
                  << tr(validate::role_label(result.plan->role))
                  << tr("）で人が解決すべき指摘: ", "), findings for a human: ")
                  << result.findings.size() << "\n";
        for (const auto& f : result.findings)
            std::cout << "    " << tr(validate::severity_label(f.severity)) << " "
                      << (f.number ? tr("通番", "no. ") + std::to_string(*f.number) : f.item) << " "
                      << f.cell_a1() << " [" << f.rule << "] " << tr(f.message_ja, f.message_en)
                      << "\n";
    }
}

nlohmann::json result_json(const FileResult& result) {
    nlohmann::json out = {{"file", result.input.string()},
                          {"output", result.output.string()},
                          {"status", status_name(result.status, "migrated")}};
    if (!result.message_ja.empty())
        out["error"] = {{"message", result.message_ja}, {"message_en", result.message_en}};
    if (result.plan) out["plan"] = plan_json(*result.plan);
    nlohmann::json lost = nlohmann::json::array();
    for (const auto& l : result.lost)
        lost.push_back(
            {{"sheet", l.sheet}, {"cell", l.cell}, {"comment", l.comment}, {"text", l.text}});
    out["lost"] = lost;
    nlohmann::json findings = nlohmann::json::array();
    for (const auto& f : result.findings)
        findings.push_back({{"rule", f.rule},
                            {"severity", validate::severity_name(f.severity)},
                            {"number", f.number ? nlohmann::json(*f.number) : nlohmann::json()},
                            {"cell", f.cell_a1()},
                            {"message", f.message_ja},
                            {"message_en", f.message_en}});
    out["findings"] = findings;
    return out;
}

void run_migrate(Context& ctx, const MigrateOptions& options) {
    if (!options.output_dir.empty() && !fs::is_directory(options.output_dir))
        throw UsageError(std::string(tr("出力先のディレクトリがありません: ",
                                        "output directory does not exist: ")) +
                         options.output_dir);
    // A broken catalog or an unknown --to is a usage error before any file is touched.
    if (!ctx.catalog().checklist(target_id(options)))
        throw UsageError(std::string(tr("移行先のチェックリストがカタログにありません: ",
                                        "the target checklist is not in the catalog: ")) +
                         options.to +
                         tr("（apichecklist catalog list で ID を確認してください）",
                            " (see apichecklist catalog list for the ids)"));
    const bool progress = options.files.size() > 1 && isatty(STDERR_FILENO);
    std::vector<FileResult> results;
    {
        Migration migration(ctx, options);
        for (std::size_t i = 0; i < options.files.size(); ++i) {
            if (progress) unescaped(std::cerr) << "\r";
            std::cerr << "[" << i + 1 << "/" << options.files.size() << "] "
                      << fs::path(options.files[i]).filename().string() << std::string(10, ' ')
                      << std::flush;
            results.push_back(migration.run(options.files[i]));
            if (!ctx.json) print_result_text(results.back());
        }
        if (progress) unescaped(std::cerr) << "\r" << std::string(60, ' ') << "\r" << std::flush;
        migration.finish();
    }
    finish_batch(ctx, results, result_json, options.dry_run, nlohmann::json::object(), "migrated",
                 "移行");
}

}  // namespace

void register_migrate(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<MigrateOptions>();
    CLI::App* command = app.add_subcommand(
        "migrate", tr("試行版のシートを Ver. 1.0 のフォーマットに (--to "
                      "で後の版に) 移行する (LibreOffice を使う)",
                      "migrate 試行版 sheets to the Ver. 1.0 template (--to: to a "
                      "later version; uses LibreOffice)"));
    command
        ->add_option("files", options->files,
                     tr("移行するシート (.ods/.xlsx)", "sheets to migrate (.ods/.xlsx)"))
        ->required();
    command->add_option("--to", options->to,
                        tr("移行先のチェックリスト ID (既定: 試行版 → card-api-1.0)",
                           "target checklist id (default: 試行版 → card-api-1.0)"));
    command
        ->add_option("--format", options->format,
                     tr("出力の形式 ods か xlsx (既定: 入力と同じ)",
                        "output format ods or xlsx (default: the input's)"))
        ->check(CLI::IsMember({"ods", "xlsx"}));
    command->add_flag("--dry-run", options->dry_run,
                      tr("移行計画を表示するだけで何も書かない", "print the plan, write nothing"));
    command->add_option("-o,--output-dir", options->output_dir,
                        tr("出力先ディレクトリ (既定: 入力と同じ場所)",
                           "output directory (default: beside the input)"));
    command->add_flag("--force", options->force,
                      tr("既存の出力を置き換える (一時ファイルから入れ替え)",
                         "replace existing outputs (atomically)"));
    command->callback([&ctx, options] { run_migrate(ctx, *options); });
}

}  // namespace apichecklist::cli
