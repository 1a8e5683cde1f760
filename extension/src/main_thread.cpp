#include "main_thread.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>

#include "guarded.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

class Posted : public cppu::WeakImplHelper1<awt::XCallback> {
  public:
    explicit Posted(std::function<void()> action) : action_(std::move(action)) {}

    void SAL_CALL notify(const uno::Any&) override {
        guarded("posted action", [&] {
            std::function<void()> action = std::move(action_);
            if (action) action();
        });
    }

  private:
    std::function<void()> action_;
};

}  // namespace

void post_to_main_thread(const uno::Reference<uno::XComponentContext>& context,
                         std::function<void()> action) {
    guarded("post_to_main_thread", [&] {
        awt::AsyncCallback::create(context)->addCallback(new Posted(std::move(action)), uno::Any());
    });
}

}  // namespace apichecklist::extension
