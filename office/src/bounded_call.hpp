#pragma once
// Runs work on a worker thread so that the caller can stop waiting for it. A UNO
// call into a hung soffice blocks its thread; killing soffice disposes the bridge,
// which makes the call return with an exception and the worker finish.

#include <chrono>
#include <exception>
#include <functional>

namespace apichecklist::office {

struct BoundedResult {
    bool timed_out = false;
    std::exception_ptr error;  // what `work` threw, if anything
};

// Waits up to `timeout`; on expiry calls `on_timeout` (which must make `work`
// return, e.g. by killing soffice) and waits for the worker a bounded time more.
BoundedResult run_bounded(const std::function<void()>& work, std::chrono::milliseconds timeout,
                          const std::function<void()>& on_timeout);

}  // namespace apichecklist::office
