#include "choose_previous.hpp"

#include "apichecklist/settings/document_settings.hpp"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <osl/file.hxx>

#include "calc_document.hpp"
#include "catalog_access.hpp"
#include "deck.hpp"
#include "messages.hpp"
#include "panel_base.hpp"
#include "previous_sheet.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

uno::Reference<frame::XModel> model_of(const uno::Reference<frame::XFrame>& frame) {
    if (!frame.is() || !frame->getController().is()) return nullptr;
    return frame->getController()->getModel();
}

void tell_panels(const uno::Reference<frame::XFrame>& frame) {
    for (const rtl::Reference<PanelBase>& panel : PanelBase::panels_of(frame))
        panel->review_changed();
}

}  // namespace

namespace {

std::string read_previous(const uno::Reference<uno::XComponentContext>& context,
                          const uno::Reference<frame::XModel>& model,
                          const std::filesystem::path& file) {
    const catalog::Catalog* catalog = shared_catalog(context);
    if (!catalog) return std::string(tr(Msg::CatalogMissing)) + "\n" + catalog_problem();
    std::optional<sheet::Workbook> current = read_workbook(model);
    std::optional<sheet::ChecklistLayout> layout;
    if (current)
        layout = sheet::detect_layout(*current, *catalog,
                                      settings::checklist_hint(settings::read_settings(*current)));
    if (!layout)
        return say(
            "この文書にはチェックリストが見つかりません。今年のチェックリストを開いてから比較してく"
            "ださい。",
            "This document holds no checklist. Open this year's checklist, then compare.");

    auto previous = std::make_shared<PreviousSheet>();
    previous->path = file;
    try {
        previous->file = io::read_checklist(file, *catalog);
    } catch (const io::ReadError& error) {
        return file.filename().string() + ": " +
               (english() ? error.message_en() : error.message_ja());
    }
    // Refuse a file the document cannot be compared with before replacing a good choice.
    try {
        compare::compare_sheets({previous->file.workbook, previous->file.layout},
                                {*current, *layout}, *catalog, compare::today());
    } catch (const compare::IncomparableVersions&) {
        return file.filename().string() + ": " +
               incomparable_message(*catalog, previous->file.layout.checklist_id,
                                    layout->checklist_id);
    }
    set_previous_sheet(model, std::move(previous));
    return {};
}

}  // namespace

std::string compare_with_previous(const uno::Reference<uno::XComponentContext>& context,
                                  const uno::Reference<frame::XFrame>& frame,
                                  const std::filesystem::path& file) {
    const uno::Reference<frame::XModel> model = model_of(frame);
    std::string problem = read_previous(context, model, file);
    if (!problem.empty()) set_previous_problem(model, problem);
    tell_panels(frame);
    return problem;
}

std::optional<std::filesystem::path> pick_previous_file(
    const uno::Reference<uno::XComponentContext>& context,
    const uno::Reference<frame::XFrame>& frame, const char* title) {
    auto picker = ui::dialogs::FilePicker::createWithMode(
        context, ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle(
        to_ou(title ? title : say("前回の回答ファイルを選択", "Choose last time's checklist")));
    auto filters = uno::Reference<ui::dialogs::XFilterManager>(picker, uno::UNO_QUERY);
    if (filters.is()) {
        const rtl::OUString sheets =
            to_ou(say("チェックリスト (*.ods, *.xlsx)", "Checklists (*.ods, *.xlsx)"));
        filters->appendFilter(sheets, "*.ods;*.xlsx");
        filters->appendFilter(to_ou(say("すべてのファイル", "All files")), "*");
        filters->setCurrentFilter(sheets);
    }
    // Last year's file usually lies beside this year's.
    if (const uno::Reference<frame::XModel> model = model_of(frame); model.is()) {
        const rtl::OUString url = model->getURL();
        if (const sal_Int32 slash = url.lastIndexOf('/'); slash > 0)
            picker->setDisplayDirectory(url.copy(0, slash));
    }
    if (picker->execute() != ui::dialogs::ExecutableDialogResults::OK) return std::nullopt;
    const uno::Sequence<rtl::OUString> chosen = picker->getSelectedFiles();
    if (!chosen.hasElements()) return std::nullopt;
    rtl::OUString system_path;
    if (osl::FileBase::getSystemPathFromFileURL(chosen[0], system_path) != osl::FileBase::E_None)
        return std::nullopt;
    return std::filesystem::path(to_utf8(system_path));
}

std::optional<std::filesystem::path> file_argument_or_pick(CommandCall& call, const char* title) {
    const std::optional<std::string> url = call.text("URL");
    if (!url) return pick_previous_file(call.context(), call.frame(), title);
    rtl::OUString system_path;
    if (osl::FileBase::getSystemPathFromFileURL(to_ou(*url), system_path) !=
        osl::FileBase::E_None) {
        call.fail(*url + say(": ファイルの URL ではありません。", ": not a file URL."));
        return std::nullopt;
    }
    return std::filesystem::path(to_utf8(system_path));
}

void compare_with_previous_command(CommandCall& call) {
    open_deck(call.frame());
    const std::optional<std::filesystem::path> file = file_argument_or_pick(call);
    if (!file) {
        call.succeed("");  // the user changed their mind (a bad URL has failed the call already)
        return;
    }
    const std::string problem = compare_with_previous(call.context(), call.frame(), *file);
    if (problem.empty())
        call.succeed("");  // the panels show the comparison
    else
        call.fail(problem);
}

void stop_comparing(const uno::Reference<frame::XFrame>& frame) {
    set_previous_sheet(model_of(frame), nullptr);
    tell_panels(frame);
}

}  // namespace apichecklist::extension
