#include "uno_connection.hpp"

#include <cstdlib>
#include <mutex>

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/bridge/XUnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <cppuhelper/bootstrap.hxx>

#include "apichecklist/office/office.hpp"

namespace apichecklist::office {

namespace {
constexpr const char* kUreBootstrap =
    "vnd.sun.star.pathname:/usr/lib/libreoffice/program/fundamentalrc";
}

css::uno::Reference<css::uno::XComponentContext> local_context() {
    static std::mutex mutex;
    static css::uno::Reference<css::uno::XComponentContext> context;
    std::lock_guard<std::mutex> lock(mutex);
    if (!context.is()) {
        // Without it the URE finds no types.rdb next to our executable.
        ::setenv("URE_BOOTSTRAP", kUreBootstrap, 0);
        context = cppu::defaultBootstrap_InitialComponentContext();
    }
    return context;
}

std::string accept_argument(const std::string& pipe_name) {
    return "--accept=pipe,name=" + pipe_name + ";urp;StarOffice.ComponentContext";
}

css::uno::Reference<css::uno::XComponentContext> try_connect(const std::string& pipe_name) {
    auto resolver = css::bridge::UnoUrlResolver::create(local_context());
    try {
        auto remote = resolver->resolve(
            to_ou("uno:pipe,name=" + pipe_name + ";urp;StarOffice.ComponentContext"));
        return css::uno::Reference<css::uno::XComponentContext>(remote, css::uno::UNO_QUERY_THROW);
    } catch (const css::connection::NoConnectException&) {
        return {};
    }
}

}  // namespace apichecklist::office
