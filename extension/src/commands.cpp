#include "commands.hpp"

#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController.hpp>

#include "add_missing_items.hpp"
#include "calc_document.hpp"
#include "catalog_access.hpp"
#include "checklist_document.hpp"
#include "choose_previous.hpp"
#include "deck.hpp"
#include "fill_from_sheet.hpp"
#include "main_thread.hpp"
#include "messages.hpp"
#include "uno_strings.hpp"
#include "upgrade_sheet.hpp"
#include "validation_panel.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

struct Named {
    const char* name;
    Command command;
};

constexpr Named kCommands[] = {
    {"OpenDeck", Command::OpenDeck},
    {"ValidateNow", Command::ValidateNow},
    {"NewFromTemplate", Command::NewFromTemplate},
    {"AddMissingItems", Command::AddMissingItems},
    {"UpgradeSheet", Command::UpgradeSheet},
    {"CompareWithPrevious", Command::CompareWithPrevious},
    {"FillFromSheet", Command::FillFromSheet},
};

// The template of the current checklist, shipped in the .oxt (made by
// `apichecklist template build`).
constexpr const char* kTemplate = "template/checklist-card-api-1.0.ots";

uno::Reference<frame::XModel> model_of(const uno::Reference<frame::XFrame>& frame) {
    if (!frame.is() || !frame->getController().is()) return nullptr;
    return frame->getController()->getModel();
}

void validate_now(CommandCall& call) {
    if (!holds_checklist(call.context(), call.model())) {
        call.fail(tr(Msg::NoChecklistInDocument));
        return;
    }
    // A folded 検証 panel would validate out of sight: the user asked to see the result.
    open_panel(call.frame(), "ApiChecklistValidationPanel");
    for (const rtl::Reference<PanelBase>& panel : PanelBase::panels_of(call.frame())) {
        auto* validation = dynamic_cast<ValidationPanel*>(panel.get());
        if (!validation) continue;
        validation->validate_now();
        for (const PanelWindow::Shown& shown : validation->snapshot())
            if (shown.name == "summary") {
                // The panel shows the findings; no box needed for a user.
                call.succeed("", uno::Any(shown.text));
                return;
            }
    }
    // The deck was closed: the 検証 panel validates as soon as it appears.
    call.succeed("", uno::Any(rtl::OUString()));
}

void new_from_template(CommandCall& call) {
    const std::filesystem::path path = package_directory(call.context()) / kTemplate;
    const rtl::OUString url = file_url(path);
    uno::Sequence<beans::PropertyValue> arguments(2);
    arguments.getArray()[0].Name = "AsTemplate";
    arguments.getArray()[0].Value <<= true;
    arguments.getArray()[1].Name = "MacroExecutionMode";
    arguments.getArray()[1].Value <<= document::MacroExecMode::NEVER_EXECUTE;
    auto loader = uno::Reference<frame::XComponentLoader>(frame::Desktop::create(call.context()),
                                                          uno::UNO_QUERY_THROW);
    auto document = loader->loadComponentFromURL(url, "_blank", 0, arguments);
    auto model = uno::Reference<frame::XModel>(document, uno::UNO_QUERY);
    if (!model.is()) {
        call.fail(std::string(tr(Msg::TemplateNotOpened)) + path.string());
        return;
    }
    if (model->getCurrentController().is()) open_deck(model->getCurrentController()->getFrame());
    call.succeed("", uno::Any(model));
}

}  // namespace

std::optional<Command> command_named(const rtl::OUString& name) {
    for (const Named& each : kCommands)
        if (name.equalsAscii(each.name)) return each.command;
    return std::nullopt;
}

bool command_enabled(Command command, const uno::Reference<uno::XComponentContext>& context,
                     const uno::Reference<frame::XFrame>& frame) {
    switch (command) {
        case Command::OpenDeck:
        case Command::NewFromTemplate:
            return true;
        case Command::ValidateNow:
        case Command::AddMissingItems:
        case Command::CompareWithPrevious:
        // On any checklist, also one of the newest version: a greyed entry cannot say why,
        // the command does (「この文書は既に最新の版です」).
        case Command::UpgradeSheet:
            return holds_checklist(context, model_of(frame));
        case Command::FillFromSheet:
            return !is_read_only(model_of(frame)) && holds_checklist(context, model_of(frame));
    }
    return false;
}

void run_command(Command command, const std::shared_ptr<CommandCall>& call) {
    switch (command) {
        case Command::OpenDeck:
            open_deck(call->frame());
            call->succeed("");
            return;
        case Command::ValidateNow:
            // The panels' lists measure text under the office's lock: a remote dispatch has none.
            post_to_main_thread(call->context(), [call] { validate_now(*call); });
            return;
        case Command::NewFromTemplate:
            new_from_template(*call);
            return;
        case Command::AddMissingItems:
            add_missing_items(*call);
            return;
        case Command::UpgradeSheet:
            upgrade_sheet(call);
            return;
        case Command::CompareWithPrevious:
            // Like ValidateNow: the changes list measures text under the office's lock.
            post_to_main_thread(call->context(), [call] { compare_with_previous_command(*call); });
            return;
        case Command::FillFromSheet:
            fill_from_sheet(*call);
            return;
    }
}

}  // namespace apichecklist::extension
