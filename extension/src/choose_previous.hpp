#pragma once
// 「前回の回答と比較」: last year's file chosen for the frame's document (with the office's
// file dialog, or given by a dispatch argument), read, checked and handed to the panels.

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <optional>
#include <string>

#include "command_call.hpp"

namespace apichecklist::extension {

// Reads `file` as last year's sheet for the frame's document and refreshes the frame's
// panels. Returns the problem to tell the user (file, what is wrong, what to do), which
// the 前回との比較 panel shows too; empty when the comparison is shown. Writes nothing
// into the document.
std::string compare_with_previous(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  const css::uno::Reference<css::frame::XFrame>& frame,
                                  const std::filesystem::path& file);

// Asks for last year's file (.ods, .xlsx), or another sheet under `title`; nullopt when the
// user cancels.
std::optional<std::filesystem::path> pick_previous_file(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::frame::XFrame>& frame, const char* title = nullptr);

// The file a command acts on: the dispatch argument URL (a file URL), else the one the user
// picks under `title` (pick_previous_file). nullopt when the user cancels, and after
// call.fail() for a URL that is no file URL.
std::optional<std::filesystem::path> file_argument_or_pick(CommandCall& call,
                                                           const char* title = nullptr);

// The command org.apichecklist.sidebar:CompareWithPrevious: opens the deck, then compares
// with the file named by the argument URL (a file URL), else with the one the user picks.
void compare_with_previous_command(CommandCall& call);

// Forgets last year's sheet and refreshes the panels.
void stop_comparing(const css::uno::Reference<css::frame::XFrame>& frame);

}  // namespace apichecklist::extension
