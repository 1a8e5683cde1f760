#include "debouncer.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>

#include <mutex>
#include <thread>

#include "guarded.hpp"

namespace apichecklist::extension {

using namespace css;

struct Debouncer::Shared {
    std::mutex mutex;
    unsigned generation = 0;
    bool cancelled = false;
    std::function<void()> action;
};

namespace {

// Posted to the main thread; runs the action only if no later poke() came.
class Fire : public cppu::WeakImplHelper1<awt::XCallback> {
  public:
    Fire(std::shared_ptr<Debouncer::Shared> shared, unsigned generation)
        : shared_(std::move(shared)), generation_(generation) {}

    void SAL_CALL notify(const uno::Any&) override {
        guarded("debounced action", [&] {
            std::function<void()> action;
            {
                std::lock_guard lock(shared_->mutex);
                if (shared_->cancelled || shared_->generation != generation_) return;
                action = shared_->action;
            }
            if (action) action();
        });
    }

  private:
    std::shared_ptr<Debouncer::Shared> shared_;
    unsigned generation_;
};

}  // namespace

Debouncer::Debouncer(uno::Reference<uno::XComponentContext> context,
                     std::chrono::milliseconds delay, std::function<void()> action)
    : context_(std::move(context)), delay_(delay), shared_(std::make_shared<Shared>()) {
    shared_->action = std::move(action);
}

Debouncer::~Debouncer() { cancel(); }

void Debouncer::poke() {
    unsigned generation = 0;
    {
        std::lock_guard lock(shared_->mutex);
        if (shared_->cancelled) return;
        generation = ++shared_->generation;
    }
    std::thread([shared = shared_, generation, context = context_, delay = delay_] {
        std::this_thread::sleep_for(delay);
        {
            std::lock_guard lock(shared->mutex);
            if (shared->cancelled || shared->generation != generation) return;
        }
        guarded("debounce post", [&] {
            awt::AsyncCallback::create(context)->addCallback(new Fire(shared, generation),
                                                             uno::Any());
        });
    }).detach();
}

void Debouncer::cancel() {
    std::lock_guard lock(shared_->mutex);
    shared_->cancelled = true;
    shared_->action = nullptr;
}

}  // namespace apichecklist::extension
