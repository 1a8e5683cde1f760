#include "protocol_handler.hpp"

#include <com/sun/star/frame/DispatchDescriptor.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <cppuhelper/weakref.hxx>

#include "deck.hpp"
#include "guarded.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

const rtl::OUString kImplementationName = "org.apichecklist.sidebar.ProtocolHandler";
const rtl::OUString kProtocol = "org.apichecklist.sidebar:";
const rtl::OUString kOpenDeck = "OpenDeck";

bool known(const util::URL& url) {
    return url.Complete.startsWith(kProtocol) && url.Path == kOpenDeck;
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
        if (known(url)) dispatch = this;
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

void ProtocolHandler::dispatch(const util::URL& url, const uno::Sequence<beans::PropertyValue>&) {
    guarded("dispatch", [&] {
        uno::Reference<frame::XFrame> frame(frame_);
        if (!frame.is() || !known(url)) return;
        if (url.Path == kOpenDeck) open_deck(frame);
    });
}

void ProtocolHandler::addStatusListener(const uno::Reference<frame::XStatusListener>& listener,
                                        const util::URL& url) {
    guarded("addStatusListener", [&] {
        if (!listener.is()) return;
        frame::FeatureStateEvent state;
        state.FeatureURL = url;
        state.IsEnabled = known(url);
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
