#include "duration_log.hpp"

namespace apichecklist::extension {

void DurationLog::add(std::chrono::steady_clock::duration duration) {
    const long long micros =
        std::chrono::duration_cast<std::chrono::microseconds>(duration).count();
    std::lock_guard lock(mutex_);
    micros_.push_back(micros);
    if (micros_.size() > kKept) micros_.pop_front();
    ++count_;
}

std::string DurationLog::text() const {
    std::lock_guard lock(mutex_);
    std::string out;
    for (long long micros : micros_) {
        if (!out.empty()) out += ',';
        out += std::to_string(micros);
    }
    return out;
}

std::size_t DurationLog::count() const {
    std::lock_guard lock(mutex_);
    return count_;
}

}  // namespace apichecklist::extension
