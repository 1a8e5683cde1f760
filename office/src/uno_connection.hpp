#pragma once
// The client side of the UNO remote bridge.

#include <string>

#include <com/sun/star/uno/XComponentContext.hpp>

namespace apichecklist::office {

// This process's own UNO context, bootstrapped once from LibreOffice's URE.
css::uno::Reference<css::uno::XComponentContext> local_context();

// The office's component context over the named pipe, or null while nobody listens yet.
css::uno::Reference<css::uno::XComponentContext> try_connect(const std::string& pipe_name);

// The --accept argument matching try_connect.
std::string accept_argument(const std::string& pipe_name);

}  // namespace apichecklist::office
