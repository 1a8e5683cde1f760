#pragma once
// Runs an action on the office's main thread once things have been quiet for a while:
// each poke() postpones it. Keeps revalidation off the editing path.

#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <functional>
#include <memory>

namespace apichecklist::extension {

class Debouncer {
  public:
    Debouncer(css::uno::Reference<css::uno::XComponentContext> context,
              std::chrono::milliseconds delay, std::function<void()> action);
    ~Debouncer();

    void poke();
    void cancel();  // no action runs after this returns

    struct Shared;

  private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    std::chrono::milliseconds delay_;
    std::shared_ptr<Shared> shared_;
};

}  // namespace apichecklist::extension
