#include "bounded_call.hpp"

#include <future>
#include <memory>
#include <thread>

namespace apichecklist::office {

BoundedResult run_bounded(const std::function<void()>& work, std::chrono::milliseconds timeout,
                          const std::function<void()>& on_timeout) {
    // Shared with the worker, which may outlive this call if it never returns.
    auto task = std::make_shared<std::packaged_task<void()>>(work);
    std::future<void> done = task->get_future();
    std::thread worker([task] { (*task)(); });

    BoundedResult result;
    if (done.wait_for(timeout) != std::future_status::ready) {
        result.timed_out = true;
        on_timeout();
        if (done.wait_for(std::chrono::seconds(30)) != std::future_status::ready) {
            // Still stuck after soffice is gone: abandon the thread rather than hang.
            worker.detach();
            return result;
        }
    }
    worker.join();
    try {
        done.get();
    } catch (...) {
        result.error = std::current_exception();
    }
    return result;
}

}  // namespace apichecklist::office
