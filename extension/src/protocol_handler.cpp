#include "protocol_handler.hpp"

#include <com/sun/star/frame/DispatchDescriptor.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <cppuhelper/weakref.hxx>

#include "command_call.hpp"
#include "commands.hpp"
#include "guarded.hpp"
#include "messages.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

const rtl::OUString kImplementationName = "org.apichecklist.sidebar.ProtocolHandler";
const rtl::OUString kProtocol = "org.apichecklist.sidebar:";

std::optional<Command> command_of(const util::URL& url) {
    if (!url.Complete.startsWith(kProtocol)) return std::nullopt;
    return command_named(url.Path);
}

}  // namespace

ProtocolHandler::ProtocolHandler(const uno::Reference<uno::XComponentContext>& context)
    : context_(context) {}

void ProtocolHandler::initialize(const uno::Sequence<uno::Any>& arguments) {
    guarded("ProtocolHandler::initialize", [&] {
        for (const uno::Any& argument : arguments) {
            uno::Reference<frame::XFrame> frame;
            if (argument >>= frame) frame_ = frame;
        }
    });
}

uno::Reference<frame::XDispatch> ProtocolHandler::queryDispatch(const util::URL& url,
                                                                const rtl::OUString&, sal_Int32) {
    uno::Reference<frame::XDispatch> dispatch;
    guarded("queryDispatch", [&] {
        if (command_of(url)) dispatch = this;
    });
    return dispatch;
}

uno::Sequence<uno::Reference<frame::XDispatch>> ProtocolHandler::queryDispatches(
    const uno::Sequence<frame::DispatchDescriptor>& requests) {
    uno::Sequence<uno::Reference<frame::XDispatch>> dispatches(requests.getLength());
    guarded("queryDispatches", [&] {
        for (sal_Int32 i = 0; i < requests.getLength(); ++i)
            dispatches.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                                     requests[i].SearchFlags);
    });
    return dispatches;
}

void ProtocolHandler::dispatch(const util::URL& url,
                               const uno::Sequence<beans::PropertyValue>& arguments) {
    dispatchWithNotification(url, arguments, nullptr);
}

void ProtocolHandler::dispatchWithNotification(
    const util::URL& url, const uno::Sequence<beans::PropertyValue>& arguments,
    const uno::Reference<frame::XDispatchResultListener>& listener) {
    guarded("dispatch", [&] {
        uno::Reference<frame::XFrame> frame(frame_);
        const std::optional<Command> command = command_of(url);
        if (!frame.is() || !command) return;
        auto call = std::make_shared<CommandCall>(context_, frame, arguments, listener,
                                                  static_cast<frame::XDispatch*>(this));
        // A failure the command did not foresee is still the user's to see, not a crash.
        try {
            run_command(*command, call);
        } catch (const uno::Exception& error) {
            call->fail(std::string(tr(Msg::UnexpectedError)) + to_utf8(error.Message));
        } catch (const std::exception& error) {
            call->fail(std::string(tr(Msg::UnexpectedError)) + error.what());
        }
    });
}

void ProtocolHandler::addStatusListener(const uno::Reference<frame::XStatusListener>& listener,
                                        const util::URL& url) {
    guarded("addStatusListener", [&] {
        if (!listener.is()) return;
        const std::optional<Command> command = command_of(url);
        frame::FeatureStateEvent state;
        state.FeatureURL = url;
        state.IsEnabled =
            command && command_enabled(*command, context_, uno::Reference<frame::XFrame>(frame_));
        state.Source = static_cast<frame::XDispatch*>(this);
        listener->statusChanged(state);
    });
}

rtl::OUString ProtocolHandler::getImplementationName() { return kImplementationName; }

sal_Bool ProtocolHandler::supportsService(const rtl::OUString& name) {
    return name == "com.sun.star.frame.ProtocolHandler";
}

uno::Sequence<rtl::OUString> ProtocolHandler::getSupportedServiceNames() {
    const rtl::OUString name = "com.sun.star.frame.ProtocolHandler";
    return uno::Sequence<rtl::OUString>(&name, 1);
}

}  // namespace apichecklist::extension
