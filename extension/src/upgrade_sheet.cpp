#include "upgrade_sheet.hpp"

#include <stdlib.h>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <nlohmann/json.hpp>
#include <osl/file.hxx>

#include <atomic>

#include "apichecklist/repair/upgrade_offer.hpp"
#include "catalog_access.hpp"
#include "checklist_document.hpp"
#include "deck.hpp"
#include "helper_process.hpp"
#include "messages.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;
namespace fs = std::filesystem;

namespace {

constexpr auto kTimeLimit = std::chrono::seconds(300);
std::atomic<bool> g_running{false};

// What the helper needs, decided on the main thread before it starts.
struct Upgrade {
    std::shared_ptr<CommandCall> call;
    repair::UpgradeOffer offer;
    std::string target_title;
    fs::path source;          // the document's file, or a copy of its unsaved state
    fs::path temporary_copy;  // the copy's directory, removed at the end; may be empty
    fs::path output_directory;
    fs::path helper;
    uno::Reference<task::XStatusIndicator> progress;
    bool finished = false;
};

fs::path make_temporary_directory() {
    std::string pattern = (fs::temp_directory_path() / "apichecklist-upgrade-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary directory");
    return pattern;
}

// The helper reads a file; the user's unsaved edits must go with it, and the document
// itself must stay as it is: store a copy (storeToURL changes neither URL nor state).
fs::path copy_of_document(const uno::Reference<frame::XModel>& model, const fs::path& directory) {
    const std::optional<fs::path> original = system_path(model->getURL());
    const std::string name = original ? original->stem().string() : say("無題", "Untitled");
    const fs::path copy = directory / (name + ".ods");
    uno::Sequence<beans::PropertyValue> arguments(1);
    arguments.getArray()[0].Name = "FilterName";
    arguments.getArray()[0].Value <<= rtl::OUString("calc8");
    uno::Reference<frame::XStorable>(model, uno::UNO_QUERY_THROW)
        ->storeToURL(file_url(copy), arguments);
    return copy;
}

std::string failure_text(const HelperOutcome& outcome, const nlohmann::json* file) {
    if (!outcome.started)
        return std::string(say("ヘルパー apichecklist を起動できませんでした: ",
                               "Could not start the helper apichecklist: ")) +
               outcome.err;
    if (outcome.timed_out)
        return say("移行が時間内に終わらなかったため中止しました。",
                   "The migration took too long and was stopped.");
    if (file && file->contains("error") && (*file)["error"].is_object()) {
        const char* key = english() ? "message_en" : "message";
        if ((*file)["error"].contains(key)) return (*file)["error"][key].get<std::string>();
    }
    std::string text = say("移行できませんでした（終了コード ", "The migration failed (exit code ");
    text += std::to_string(outcome.exit_code) + say("）", ")");
    if (!outcome.err.empty()) text += "\n" + outcome.err;
    return text;
}

void finish(Upgrade& upgrade) {
    if (upgrade.finished) return;
    upgrade.finished = true;
    g_running = false;
    try {
        if (upgrade.progress.is()) upgrade.progress->end();
    } catch (const uno::Exception&) {
        // the frame was closed meanwhile: nothing left to show progress in
    }
    if (!upgrade.temporary_copy.empty()) {
        std::error_code ignored;
        fs::remove(upgrade.source, ignored);
        if (fs::is_empty(upgrade.temporary_copy, ignored))
            fs::remove(upgrade.temporary_copy, ignored);
    }
}

void open_result(Upgrade& upgrade, const fs::path& output) {
    uno::Sequence<beans::PropertyValue> arguments(1);
    arguments.getArray()[0].Name = "MacroExecutionMode";
    arguments.getArray()[0].Value <<= document::MacroExecMode::NEVER_EXECUTE;
    auto loader = uno::Reference<frame::XComponentLoader>(
        frame::Desktop::create(upgrade.call->context()), uno::UNO_QUERY_THROW);
    auto model = uno::Reference<frame::XModel>(
        loader->loadComponentFromURL(file_url(output), "_blank", 0, arguments), uno::UNO_QUERY);
    if (!model.is()) {
        upgrade.call->fail(std::string(say("移行後の文書を開けませんでした: ",
                                           "Could not open the migrated document: ")) +
                           output.string());
        return;
    }
    if (model->getCurrentController().is()) open_deck(model->getCurrentController()->getFrame());
    upgrade.call->succeed("", uno::Any(file_url(output)));
}

void start_helper(const std::shared_ptr<Upgrade>& upgrade, bool force);

void on_helper_done(const std::shared_ptr<Upgrade>& upgrade, bool forced,
                    const HelperOutcome& outcome) {
    const nlohmann::json report = nlohmann::json::parse(outcome.out, nullptr, false);
    const nlohmann::json* file = nullptr;
    if (report.is_object() && report.contains("files") && report["files"].is_array() &&
        !report["files"].empty())
        file = &report["files"][0];
    const std::string status =
        file && file->contains("status") ? (*file)["status"].get<std::string>() : "";
    const fs::path output = file && file->contains("output") && (*file)["output"].is_string()
                                ? fs::path((*file)["output"].get<std::string>())
                                : fs::path();
    if (status == "migrated" && !output.empty()) {
        finish(*upgrade);
        open_result(*upgrade, output);
        return;
    }
    std::error_code ignored;
    if (!forced && status == "failed" && !output.empty() && fs::exists(output, ignored)) {
        const std::string question = english()
                                         ? output.string() + " already exists. Replace it?"
                                         : output.string() + " は既にあります。置き換えますか？";
        if (upgrade->call->confirm("Overwrite", question, false)) {
            start_helper(upgrade, true);
            return;
        }
        finish(*upgrade);
        upgrade->call->fail(english()
                                ? output.string() + " already exists; it was left as it is."
                                : output.string() + " は既にあるため、置き換えずに中止しました。");
        return;
    }
    finish(*upgrade);
    upgrade->call->fail(failure_text(outcome, file));
}

void start_helper(const std::shared_ptr<Upgrade>& upgrade, bool force) {
    HelperJob job;
    job.program = upgrade->helper;
    job.arguments = {"--json", "migrate"};
    job.environment = {std::string("APICHECKLIST_LANG=") + (english() ? "en" : "ja")};
    // The built-in catalog is the one inside the .oxt (not --catalog, which would hide the
    // versions the user installed).
    try {
        job.environment.push_back(
            "APICHECKLIST_CATALOG=" +
            (package_directory(upgrade->call->context()) / "catalog").string());
    } catch (...) {
        // not installed as a package (a development run): the helper's own catalog
    }
    // The helper migrates to Ver1.0 unless told otherwise; --to names later versions.
    if (upgrade->offer.to != catalog::kDefaultChecklist) {
        job.arguments.push_back("--to");
        job.arguments.push_back(upgrade->offer.to);
    }
    job.arguments.push_back("-o");
    job.arguments.push_back(upgrade->output_directory.string());
    if (force) job.arguments.push_back("--force");
    job.arguments.push_back(upgrade->source.string());
    job.time_limit = kTimeLimit;
    const std::string label = std::string(say("新しい版へ移行しています", "Migrating to ")) +
                              (english() ? upgrade->target_title : "…");
    job.on_tick = [upgrade, label](int seconds) {
        if (!upgrade->progress.is()) return;
        upgrade->progress->setText(
            to_ou(label + "  " + std::to_string(seconds) + say(" 秒", " s")));
        upgrade->progress->setValue(seconds);
    };
    job.on_done = [upgrade, force](const HelperOutcome& outcome) {
        // Whatever happens here, the user hears the outcome and the next upgrade can run.
        try {
            on_helper_done(upgrade, force, outcome);
        } catch (const uno::Exception& error) {
            finish(*upgrade);
            upgrade->call->fail(std::string(say("移行後の処理に失敗しました: ",
                                                "Could not finish the migration: ")) +
                                to_utf8(error.Message));
        } catch (const std::exception& error) {
            finish(*upgrade);
            upgrade->call->fail(std::string(say("移行後の処理に失敗しました: ",
                                                "Could not finish the migration: ")) +
                                error.what());
        }
    };
    run_helper_async(upgrade->call->context(), std::move(job));
}

uno::Reference<task::XStatusIndicator> status_indicator(const uno::Reference<frame::XFrame>& frame,
                                                        const std::string& text) {
    auto factory = uno::Reference<task::XStatusIndicatorFactory>(frame, uno::UNO_QUERY);
    if (!factory.is()) return nullptr;
    auto indicator = factory->createStatusIndicator();
    if (indicator.is()) indicator->start(to_ou(text), static_cast<sal_Int32>(kTimeLimit.count()));
    return indicator;
}

}  // namespace

void upgrade_sheet(const std::shared_ptr<CommandCall>& call) {
    std::optional<ChecklistDocument> doc = read_checklist(call->context(), call->model());
    if (!doc) {
        call->fail(say("この文書にはチェックリストが見つかりません。",
                       "This document holds no checklist."));
        return;
    }
    // The newest version installed, unless the caller names one (argument To).
    const std::optional<std::string> wanted = call->text("To");
    std::optional<repair::UpgradeOffer> offer =
        wanted ? repair::upgrade_to(*doc->catalog, doc->layout.checklist_id, *wanted)
               : repair::newest_upgrade(*doc->catalog, doc->layout.checklist_id);
    if (!offer && wanted) {
        call->fail((english() ? "This sheet cannot be migrated to "
                              : "このシートは次の版に移行できません: ") +
                   *wanted);
        return;
    }
    if (!offer) {
        call->fail(std::string(say("この文書は既に最新の版です: ",
                                   "This document is already the newest version: ")) +
                   doc->checklist->title);
        return;
    }
    if (g_running) {
        call->fail(say("別の移行を実行中です。終わってからもう一度実行してください。",
                       "Another migration is running; try again when it has finished."));
        return;
    }
    auto upgrade = std::make_shared<Upgrade>();
    upgrade->call = call;
    upgrade->offer = *offer;
    const catalog::Checklist* target = doc->catalog->checklist(offer->to);
    upgrade->target_title = target->title + " " + target->version;
    const std::optional<fs::path> helper = find_helper(call->context());
    if (!helper) {
        call->fail(
            say("ヘルパー apichecklist が見つかりません。拡張機能を入れ直すか、apichecklist を "
                "PATH の通った場所に置いてください（環境変数 APICHECKLIST_CLI でも指定できます）。",
                "The helper apichecklist was not found. Reinstall the extension, put "
                "apichecklist on the PATH, or name it in APICHECKLIST_CLI."));
        return;
    }
    upgrade->helper = *helper;

    const uno::Reference<frame::XModel> model = call->model();
    const std::optional<fs::path> original = system_path(model->getURL());
    auto modifiable = uno::Reference<util::XModifiable>(model, uno::UNO_QUERY);
    const bool unsaved = !original || (modifiable.is() && modifiable->isModified());
    if (const auto chosen = call->text("OutputDirectory"))
        upgrade->output_directory = *chosen;
    else if (original)
        upgrade->output_directory = original->parent_path();

    const std::string question =
        english() ? "Carry the answers over to " + upgrade->target_title +
                        "?\nThe document itself is not changed; the migrated sheet is saved in " +
                        (upgrade->output_directory.empty() ? std::string("a temporary folder")
                                                           : upgrade->output_directory.string()) +
                        " and opened."
                  : "回答を「" + upgrade->target_title +
                        "」に移行しますか？\n元の文書は変更しません。移行後の文書は " +
                        (upgrade->output_directory.empty() ? std::string("一時フォルダ")
                                                           : upgrade->output_directory.string()) +
                        " に保存して開きます。";
    if (!call->confirm("Confirm", question)) {
        call->succeed("");
        return;
    }
    g_running = true;
    try {
        if (unsaved) {
            upgrade->temporary_copy = make_temporary_directory();
            upgrade->source = copy_of_document(model, upgrade->temporary_copy);
        } else {
            upgrade->source = *original;
        }
        if (upgrade->output_directory.empty()) upgrade->output_directory = upgrade->temporary_copy;
        upgrade->progress = status_indicator(
            call->frame(), std::string(say("新しい版へ移行しています: ", "Migrating to: ")) +
                               upgrade->target_title);
        start_helper(upgrade, false);
    } catch (...) {
        finish(*upgrade);
        throw;
    }
}

}  // namespace apichecklist::extension
