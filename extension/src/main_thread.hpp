#pragma once
// Hands work from a worker thread back to the office's main thread (awt::AsyncCallback),
// where UI and document calls belong. The action runs guarded.

#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>

namespace apichecklist::extension {

void post_to_main_thread(const css::uno::Reference<css::uno::XComponentContext>& context,
                         std::function<void()> action);

}  // namespace apichecklist::extension
