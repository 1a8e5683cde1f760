#include "command_call.hpp"

#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>

#include "message_box.hpp"
#include "messages.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

const char* say(const char* ja, const char* en) { return english() ? en : ja; }

CommandCall::CommandCall(uno::Reference<uno::XComponentContext> context,
                         uno::Reference<frame::XFrame> frame,
                         const uno::Sequence<beans::PropertyValue>& arguments,
                         uno::Reference<frame::XDispatchResultListener> listener,
                         uno::Reference<uno::XInterface> source)
    : context_(std::move(context)),
      frame_(std::move(frame)),
      arguments_(arguments),
      listener_(std::move(listener)),
      source_(std::move(source)) {}

uno::Reference<frame::XModel> CommandCall::model() const {
    if (!frame_.is() || !frame_->getController().is()) return nullptr;
    return frame_->getController()->getModel();
}

std::optional<bool> CommandCall::flag(const char* name) const {
    for (const beans::PropertyValue& argument : arguments_) {
        bool value = false;
        if (argument.Name.equalsAscii(name) && (argument.Value >>= value)) return value;
    }
    return std::nullopt;
}

std::optional<std::string> CommandCall::text(const char* name) const {
    for (const beans::PropertyValue& argument : arguments_) {
        rtl::OUString value;
        if (argument.Name.equalsAscii(name) && (argument.Value >>= value)) return to_utf8(value);
    }
    return std::nullopt;
}

bool CommandCall::quiet() const { return flag("Quiet").value_or(false); }

bool CommandCall::confirm(const char* name, std::string_view question, bool quiet_default) const {
    if (quiet()) return flag(name).value_or(quiet_default);
    return show_box(context_, frame_, BoxKind::Question, question);
}

void CommandCall::succeed(std::string_view message, const uno::Any& result) {
    finish(true, message, result);
}

void CommandCall::fail(std::string_view message) { finish(false, message, uno::Any()); }

void CommandCall::finish(bool ok, std::string_view message, const uno::Any& result) {
    if (finished_) return;
    finished_ = true;
    if (!quiet() && !message.empty())
        show_box(context_, frame_, ok ? BoxKind::Info : BoxKind::Error, message);
    if (!listener_.is()) return;
    frame::DispatchResultEvent event;
    event.Source = source_;
    event.State = ok ? frame::DispatchResultState::SUCCESS : frame::DispatchResultState::FAILURE;
    // A caller gets the message, or the command's result (e.g. the opened document).
    event.Result = result.hasValue() ? result : uno::Any(to_ou(message));
    listener_->dispatchFinished(event);
}

}  // namespace apichecklist::extension
