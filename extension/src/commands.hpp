#pragma once
// The menu commands ツール > API接続チェックリスト, dispatched as
// org.apichecklist.sidebar:NAME (see extension/registry/Addons.xcu).

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <memory>
#include <optional>

#include "command_call.hpp"

namespace apichecklist::extension {

enum class Command {
    OpenDeck,
    ValidateNow,
    NewFromTemplate,
    AddMissingItems,
    UpgradeSheet,
    CompareWithPrevious,
    FillFromSheet
};

std::optional<Command> command_named(const rtl::OUString& name);

// Whether the menu entry is active for the frame's document: the commands that act on a
// checklist are off for other documents.
bool command_enabled(Command command,
                     const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::frame::XFrame>& frame);

// Runs on the main thread; a command that waits for the helper reports later.
void run_command(Command command, const std::shared_ptr<CommandCall>& call);

}  // namespace apichecklist::extension
