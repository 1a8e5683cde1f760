#pragma once
// One run of a menu command: the frame it acts on, the dispatch arguments, and how its
// outcome is reported — a message box for the user, and the dispatch result for a caller
// that listens (tests). With the argument Quiet=true no box is shown; commands that ask
// the user something then take the answer from the arguments instead.

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace apichecklist::extension {

// The extension's own words for a command: Japanese, English for an English UI.
const char* say(const char* ja, const char* en);

class CommandCall {
  public:
    CommandCall(css::uno::Reference<css::uno::XComponentContext> context,
                css::uno::Reference<css::frame::XFrame> frame,
                const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                css::uno::Reference<css::frame::XDispatchResultListener> listener,
                css::uno::Reference<css::uno::XInterface> source);

    const css::uno::Reference<css::uno::XComponentContext>& context() const { return context_; }
    const css::uno::Reference<css::frame::XFrame>& frame() const { return frame_; }
    css::uno::Reference<css::frame::XModel> model() const;

    bool quiet() const;
    std::optional<bool> flag(const char* name) const;
    std::optional<std::string> text(const char* name) const;

    // Asks the user (OK/Cancel); in quiet mode the argument `name` answers.
    bool confirm(const char* name, std::string_view question, bool quiet_default = true) const;

    // Reports the outcome once: a box (unless quiet or message empty) and the listener.
    void succeed(std::string_view message, const css::uno::Any& result = {});
    void fail(std::string_view message);

  private:
    void finish(bool ok, std::string_view message, const css::uno::Any& result);

    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XFrame> frame_;
    css::uno::Sequence<css::beans::PropertyValue> arguments_;
    css::uno::Reference<css::frame::XDispatchResultListener> listener_;
    css::uno::Reference<css::uno::XInterface> source_;
    bool finished_ = false;
};

}  // namespace apichecklist::extension
