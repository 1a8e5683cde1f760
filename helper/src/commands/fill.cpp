// apichecklist fill --from SOURCE -o DIR TARGET...: answers carried from a filled sheet into
// other copies of the フォーマット (fill/fill_plan.hpp), each written as DIR/TARGETNAME in its
// own format through one supervised soffice for the batch, with the 転記メモ sheet. Nothing is
// written unless the plan, and the stored file read back, keep every source answer and every
// text the target held. --dry-run prints the plans and starts nothing.

#include <iostream>

#include "apichecklist/fill/fill_plan.hpp"
#include "apichecklist/fill/labels.hpp"
#include "apichecklist/fill/memo.hpp"
#include "apichecklist/io/output_file.hpp"
#include "apichecklist/io/read_checklist.hpp"
#include "apichecklist/migrate/chain.hpp"
#include "apichecklist/office/file_format.hpp"
#include "apichecklist/office/fill_document.hpp"
#include "apichecklist/office/scratch_directory.hpp"
#include "apichecklist/text/excerpt.hpp"
#include "apichecklist/validate/labels.hpp"
#include "apichecklist/validate/validate.hpp"
#include "batch_file.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

namespace {

namespace fs = std::filesystem;

struct FillOptions {
    std::string source;
    std::vector<std::string> targets;
    std::string output_dir;
    std::string role;
    bool dry_run = false;
    bool force = false;
};

using Status = FileStatus;

struct TargetResult {
    fs::path input;
    fs::path output;
    Status status = Status::Failed;
    std::string message_ja;
    std::string message_en;
    std::optional<fill::FillPlan> plan;
    std::vector<fill::LostText> lost;
    std::optional<validate::Report> validation;  // of the stored result
};

using Source = io::ChecklistFile;

std::string lost_list(const std::vector<fill::LostText>& lost) {
    std::string out;
    for (const fill::LostText& text : lost)
        out += "\n  " + text.where + ": " + tr(text.reason_ja, text.reason_en) + ": " +
               text::excerpt(text.text, 80);
    return out;
}

// The source is read once for the batch; a source that cannot be read stops before any target.
Source read_source(Context& ctx, const std::string& file) {
    try {
        Source source = io::read_checklist(file, ctx.catalog());
        source.workbook.source = fs::path(file).filename().string();
        return source;
    } catch (const io::ReadError& e) {
        throw UsageError(tr("取り込み元 (--from) " + file + ": " + e.message_ja(),
                            "the source (--from) " + file + ": " + e.message_en()));
    }
}

class Filling {
  public:
    Filling(Context& ctx, const FillOptions& options, const Source& source)
        : ctx_(ctx), options_(options), source_(source) {}

    TargetResult run(const fs::path& input) {
        TargetResult result;
        result.input = input;
        result.output = fs::path(options_.output_dir) / input.filename();
        try {
            fill_target(result);
        } catch (const FileFailure& e) {
            result.status = e.status;
            result.message_ja = e.ja;
            result.message_en = e.what();
        } catch (const office::OfficeError& e) {
            result.status = Status::Failed;
            result.message_ja = std::string("LibreOffice での処理に失敗しました: ") + e.what();
            result.message_en = std::string("LibreOffice failed: ") + e.what();
        } catch (const std::runtime_error& e) {  // a sheet protected with a password
            result.status = Status::Failed;
            result.message_ja = e.what();
            result.message_en = e.what();
        }
        return result;
    }

    void finish() { soffice_.shutdown(); }

  private:
    void fill_target(TargetResult& result) {
        const auto format = office::format_of(result.input);
        if (!format || *format == office::FileFormat::Ots)
            throw FileFailure(Status::Unreadable,
                              "取り込み先は .ods か .xlsx にしてください（CSV "
                              "には転記メモのシートを書けません）",
                              "the target must be .ods or .xlsx (a CSV cannot take the "
                              "転記メモ sheet)");
        io::ChecklistFile read;
        try {
            read = io::read_checklist(result.input, ctx_.catalog());
        } catch (const io::ReadError& e) {
            throw FileFailure(Status::Unreadable, e.message_ja(), e.message_en());
        }
        sheet::Workbook& target = read.workbook;
        const sheet::ChecklistLayout* layout = &read.layout;
        target.source = result.input.filename().string();
        if (const auto oversized = oversized_cell_message(target, ""))
            throw FileFailure(Status::Unreadable, oversized->ja, oversized->en);
        fill::FillOptions fill_options;
        fill_options.force = options_.force;
        fill_options.role = settings::role_from_name(options_.role);
        try {
            result.plan = fill::plan_fill(source_.workbook, source_.layout, target, *layout,
                                          ctx_.catalog(), fill_options);
        } catch (const migrate::PlanError& e) {
            throw FileFailure(Status::Unreadable, e.message_ja, e.what());
        }
        const fill::FillPlan& plan = *result.plan;
        const fill::Memo memo = fill::memo_of(plan);
        result.lost =
            fill::find_lost_texts(plan, memo, target, fill::filled_workbook(plan, target));
        if (!result.lost.empty())
            throw FileFailure(Status::Failed,
                              "転記計画で失われる内容があるため書きませんでした（不具合です。"
                              "報告してください）:" +
                                  lost_list(result.lost),
                              "not written: the plan would lose these texts (a bug, please "
                              "report):" +
                                  lost_list(result.lost));
        if (options_.dry_run) {
            result.status = Status::Planned;
            return;
        }
        write(result, target, memo, *format);
    }

    void write(TargetResult& result, const sheet::Workbook& target, const fill::Memo& memo,
               office::FileFormat format) {
        fs::path destination;
        try {
            destination =
                io::resolve_output(result.output, {}, {result.input, fs::path(options_.source)});
        } catch (const io::OutputError& e) {
            throw FileFailure(Status::Unreadable, e.message_ja(), e.message_en());
        }
        if (fs::exists(destination))
            throw FileFailure(Status::Failed,
                              "出力ファイルがすでにあります: " + destination.string() +
                                  "（別の -o を指定するか、そのファイルを移してください）",
                              "output exists: " + destination.string() +
                                  " (choose another -o, or move that file away)");
        const office::ScratchDirectory staging(office::staging_path_beside(destination));
        const fs::path copy = staging.path() / ("target" + result.input.extension().string());
        const fs::path temp = staging.path() / destination.filename();
        fs::copy_file(result.input, copy);
        soffice_.run(tr("回答の書き込み", "writing the answers"), [&](office::Session& session) {
            office::write_filled_document(session, copy, *result.plan, memo, format, temp);
        });
        verify_stored(result, target, memo, temp);
        try {
            io::move_into_place(temp, destination, io::Replace::No);
        } catch (const io::OutputError& e) {
            throw FileFailure(Status::Failed, e.message_ja(), e.message_en());
        }
        result.output = destination;
        result.status = Status::Written;
    }

    // The stored file read back: every written answer in its cell, every text the target held
    // still there (or listed as replaced), and the memo sheet present.
    void verify_stored(TargetResult& result, const sheet::Workbook& target, const fill::Memo& memo,
                       const fs::path& temp) {
        sheet::Workbook stored;
        try {
            stored = io::read_workbook(temp);
        } catch (const io::ReadError& e) {
            throw FileFailure(Status::Failed, "書いたファイルが読めません: " + e.message_ja(),
                              "the written file cannot be read: " + e.message_en());
        }
        sheet::Workbook checklist_sheets;
        bool has_memo = false;
        for (const sheet::Sheet& sheet : stored.sheets) {
            if (sheet.name() == fill::kMemoSheet)
                has_memo = true;
            else
                checklist_sheets.sheets.push_back(sheet);
        }
        const fill::FillPlan& plan = *result.plan;
        result.lost = fill::find_lost_texts(plan, memo, target, checklist_sheets);
        for (const fill::CellWrite& write : plan.writes)
            for (const sheet::Sheet& sheet : checklist_sheets.sheets)
                if (sheet.name() == write.sheet &&
                    sheet.text(write.cell.row, write.cell.column) != write.text)
                    result.lost.push_back({write.sheet + "!" + sheet::to_a1(write.cell), write.text,
                                           "書いた回答がセルにない",
                                           "a written answer is not in its cell"});
        if (!has_memo)
            result.lost.push_back(
                {fill::kMemoSheet, "", "転記メモのシートがない", "the 転記メモ sheet is missing"});
        if (result.lost.empty()) {
            const settings::SettingsReadResult written = settings::read_settings(stored);
            if (const auto layout =
                    sheet::detect_layout(stored, ctx_.catalog(), settings::checklist_hint(written)))
                result.validation =
                    validate::validate(stored, *layout, ctx_.catalog(), plan.role, written);
        }
        if (!result.lost.empty())
            throw FileFailure(Status::Failed,
                              "書いたファイルを読み戻すと内容が合わないため出力しませんでした:" +
                                  lost_list(result.lost),
                              "not written: the stored file does not read back as planned:" +
                                  lost_list(result.lost));
    }

    Context& ctx_;
    const FillOptions& options_;
    const Source& source_;
    office::Office soffice_;
};

// Rows filled from the same item are counted; every other row is named (a mapping, an own
// item and its score, nothing found, a conflict).
void print_plan_text(const fill::FillPlan& plan) {
    int same = 0;
    for (const fill::TargetRow& row : plan.rows) {
        const bool plain = row.kind == fill::MatchKind::SameItem ||
                           (row.kind == fill::MatchKind::Mapped &&
                            (row.relation == "same" || row.relation == "reworded") &&
                            row.source_numbers.size() == 1);
        if (plain && row.conflicts == 0) {
            ++same;
            continue;
        }
        if (row.kind == fill::MatchKind::NotFound && !row.suggestion && !row.own) continue;
        std::cout << "  " << row.sheet << tr(" 行", " row ") << row.row + 1 << tr(" 通番", " no. ")
                  << row.number_text << "  " << tr(fill::match_kind_label(row.kind))
                  << (row.kind == fill::MatchKind::OwnItem ? " " + fill::percent(row.score) : "");
        if (!row.source_numbers.empty()) {
            std::cout << tr(" ← 通番", " ← no.");
            for (const std::string& n : row.source_numbers) std::cout << " " << n;
        }
        std::cout << "  " << tr("書き込み ", "cells ") << row.written
                  << (row.conflicts ? tr("、競合 ", ", conflicts ") + std::to_string(row.conflicts)
                                    : std::string())
                  << "\n";
        if (row.suggestion)
            std::cout << "    "
                      << tr("提案（書き込まない）: 通番 ", "suggestion (not written): no. ")
                      << row.suggestion->number << " " << fill::percent(row.suggestion->score)
                      << "\n";
    }
    if (same > 0)
        std::cout << "  " << tr("同じ項目から: ", "from the same item: ") << same
                  << tr(" 行", " rows") << "\n";
    for (const fill::Conflict& c : plan.conflicts)
        std::cout << "  " << tr("競合 ", "conflict ") << c.sheet << "!" << sheet::to_a1(c.cell)
                  << ": " << (c.replaced ? tr("上書き", "replaced") : tr("元の文章を残す", "kept"))
                  << "\n";
    for (const fill::Leftover& l : plan.leftovers)
        std::cout << "  " << tr("転記されない ", "not placed ") << l.answer.sheet << "!"
                  << sheet::to_a1(l.answer.cell) << tr(" 通番", " no. ") << l.answer.number_text
                  << ": " << tr(l.reason_ja, l.reason_en) << "\n";
}

void print_summary_text(const fill::FillPlan& plan) {
    std::cout << "  " << tr("書き込むセル ", "cells written ") << plan.writes.size()
              << tr("、競合 ", ", conflicts ") << plan.conflicts.size()
              << tr("、転記メモに残す回答 ", ", answers kept in the 転記メモ ")
              << plan.leftovers.size() << "\n";
    std::cout << "  " << tr("現在の対応状況が記入済みの項目: ", "items with 現在の対応状況: ")
              << plan.answered << " / " << plan.items << tr("（転記前 ", " (before: ")
              << plan.answered_before << tr("）", ")") << "\n";
    const std::string missing = fill::numbers_needing_answers(plan);
    if (!missing.empty())
        std::cout << "  " << tr("まだ記入が必要な項目（通番）: ", "items still to answer: ")
                  << missing << "\n";
}

void print_validation_text(const TargetResult& result) {
    if (!result.validation) return;
    const validate::Report& report = *result.validation;
    std::cout << "  " << tr("検証（回答する立場 ", "validation (role ")
              << tr(validate::role_label(result.plan->role)) << tr("）: エラー ", "): errors ")
              << report.count(validate::Severity::Error) << tr("、警告 ", ", warnings ")
              << report.count(validate::Severity::Warning) << "\n";
}

void print_result_text(const TargetResult& result) {
    switch (result.status) {
        case Status::Written:
            std::cout << tr("取り込みました: ", "filled: ") << result.input.string() << " → "
                      << result.output.string() << "\n";
            break;
        case Status::Planned:
            std::cout << tr("転記計画（書き込みなし）: ", "plan (nothing written): ")
                      << result.input.string() << " → " << result.output.string() << "\n";
            print_plan_text(*result.plan);
            break;
        default:
            std::cout << result.input.string() << ": " << tr(result.message_ja, result.message_en)
                      << "\n";
            return;
    }
    print_summary_text(*result.plan);
    print_validation_text(result);
}

nlohmann::json cell_json(const std::string& sheet_name, sheet::CellAddress cell) {
    return sheet_name + "!" + sheet::to_a1(cell);
}

nlohmann::json plan_json(const fill::FillPlan& plan) {
    nlohmann::json rows = nlohmann::json::array();
    for (const fill::TargetRow& row : plan.rows) {
        nlohmann::json r = {{"sheet", row.sheet},
                            {"row", row.row + 1},
                            {"number", row.number_text},
                            {"own", row.own},
                            {"match", fill::match_kind_name(row.kind)},
                            {"source_numbers", row.source_numbers},
                            {"source_cells", row.from_cells},
                            {"written", row.written},
                            {"unchanged", row.unchanged},
                            {"conflicts", row.conflicts},
                            {"needs_answer", row.needs_answer}};
        if (!row.relation.empty()) r["relation"] = row.relation;
        if (row.kind == fill::MatchKind::OwnItem) r["score"] = row.score;
        if (row.suggestion) {
            nlohmann::json answers = nlohmann::json::object();
            for (const auto& [key, text] : row.suggestion->answers) answers[key] = text;
            r["suggestion"] = {{"number", row.suggestion->number},
                               {"score", row.suggestion->score},
                               {"answers", answers}};
        }
        rows.push_back(std::move(r));
    }
    nlohmann::json writes = nlohmann::json::array();
    for (const fill::CellWrite& w : plan.writes)
        writes.push_back(
            {{"cell", cell_json(w.sheet, w.cell)},
             {"column", w.column_key},
             {"text", w.text},
             {"replaced", w.before.empty() ? nlohmann::json() : nlohmann::json(w.before)},
             {"source_cells", w.from_cells}});
    nlohmann::json conflicts = nlohmann::json::array();
    for (const fill::Conflict& c : plan.conflicts)
        conflicts.push_back({{"cell", cell_json(c.sheet, c.cell)},
                             {"column", c.column_key},
                             {"existing", c.existing},
                             {"incoming", c.incoming},
                             {"source_cells", c.from_cells},
                             {"replaced", c.replaced}});
    nlohmann::json leftovers = nlohmann::json::array();
    for (const fill::Leftover& l : plan.leftovers)
        leftovers.push_back({{"cell", cell_json(l.answer.sheet, l.answer.cell)},
                             {"number", l.answer.number_text},
                             {"column", l.answer.column_key},
                             {"text", l.answer.text},
                             {"reason", l.reason_ja},
                             {"reason_en", l.reason_en}});
    return {{"from", plan.from_checklist},
            {"to", plan.to_checklist},
            {"mappings", plan.mapping_ids},
            {"source_sheet", plan.source_sheet},
            {"target_sheets", plan.target_sheets},
            {"role", settings::role_name(plan.role)},
            {"threshold", plan.threshold},
            {"rows", rows},
            {"writes", writes},
            {"conflicts", conflicts},
            {"leftovers", leftovers},
            {"items", plan.items},
            {"answered", plan.answered},
            {"answered_before", plan.answered_before}};
}

nlohmann::json result_json(const TargetResult& result) {
    nlohmann::json out = {{"file", result.input.string()},
                          {"output", result.output.string()},
                          {"status", status_name(result.status, "filled")}};
    if (!result.message_ja.empty())
        out["error"] = {{"message", result.message_ja}, {"message_en", result.message_en}};
    if (result.plan) out["plan"] = plan_json(*result.plan);
    nlohmann::json lost = nlohmann::json::array();
    for (const fill::LostText& l : result.lost)
        lost.push_back({{"where", l.where}, {"text", l.text}, {"reason", l.reason_ja}});
    out["lost"] = lost;
    if (result.validation)
        out["validation"] = {{"errors", result.validation->count(validate::Severity::Error)},
                             {"warnings", result.validation->count(validate::Severity::Warning)}};
    return out;
}

void run_fill(Context& ctx, const FillOptions& options) {
    if (!fs::is_directory(options.output_dir))
        throw UsageError(std::string(tr("出力先のディレクトリがありません: ",
                                        "output directory does not exist: ")) +
                         options.output_dir);
    const Source source = read_source(ctx, options.source);
    std::vector<TargetResult> results;
    {
        Filling filling(ctx, options, source);
        for (const std::string& target : options.targets) {
            results.push_back(filling.run(target));
            if (!ctx.json) print_result_text(results.back());
        }
        filling.finish();
    }
    finish_batch(ctx, results, result_json, options.dry_run, {{"source", options.source}}, "filled",
                 "取り込み");
}

}  // namespace

void register_fill(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<FillOptions>();
    CLI::App* command = app.add_subcommand(
        "fill",
        tr("記入済みのシート (マスターや昨年度の回答) から、別のフォーマット (カード会社ごと"
           "の写し) に回答を取り込む。転記メモのシートを付ける (LibreOffice を使う)",
           "carry answers from a filled sheet (a master, last year's) into other copies "
           "of the フォーマット, with a 転記メモ sheet (uses LibreOffice)"));
    command
        ->add_option("--from", options->source,
                     tr("取り込み元の記入済みシート (.ods/.xlsx/.csv)",
                        "the filled source sheet (.ods/.xlsx/.csv)"))
        ->required();
    command
        ->add_option(
            "targets", options->targets,
            tr("回答を取り込むフォーマット (.ods/.xlsx)", "the copies to fill (.ods/.xlsx)"))
        ->required();
    command
        ->add_option("-o,--output-dir", options->output_dir,
                     tr("出力先ディレクトリ (同じファイル名で書く)",
                        "output directory (files keep their names)"))
        ->required();
    command
        ->add_option("--role", options->role,
                     tr("回答する立場 api|card|both (既定: 取り込み元の回答から推定)",
                        "who answers: api|card|both (default: judged from the source)"))
        ->check(role_name_check());
    command->add_flag("--dry-run", options->dry_run,
                      tr("転記計画を表示するだけで何も書かない (LibreOffice を使わない)",
                         "print the plan, write nothing (no LibreOffice)"));
    command->add_flag("--force", options->force,
                      tr("取り込み先に既にある文章も上書きする (上書きした文章は転記メモに残す)",
                         "replace texts the target already holds (each kept in the 転記メモ)"));
    command->callback([&ctx, options] { run_fill(ctx, *options); });
}

}  // namespace apichecklist::cli
