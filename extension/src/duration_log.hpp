#pragma once
// The last durations of one of the extension's own handlers, measured with a steady clock
// inside soffice: the benchmark reads them through the PanelInspector, free of the UNO
// round trips a measurement from outside includes. Written on the main thread, read from
// a bridge thread.

#include <chrono>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>

namespace apichecklist::extension {

class DurationLog {
  public:
    void add(std::chrono::steady_clock::duration duration);
    // Microseconds, oldest first, separated by commas; empty when nothing was measured.
    std::string text() const;
    std::size_t count() const;  // every duration ever added

  private:
    static constexpr std::size_t kKept = 500;
    mutable std::mutex mutex_;
    std::deque<long long> micros_;
    std::size_t count_ = 0;
};

// Adds the time from construction to destruction to a log.
class ScopedDuration {
  public:
    explicit ScopedDuration(DurationLog& log)
        : log_(log), start_(std::chrono::steady_clock::now()) {}
    ~ScopedDuration() { log_.add(std::chrono::steady_clock::now() - start_); }
    ScopedDuration(const ScopedDuration&) = delete;
    ScopedDuration& operator=(const ScopedDuration&) = delete;

  private:
    DurationLog& log_;
    std::chrono::steady_clock::time_point start_;
};

}  // namespace apichecklist::extension
