#include "terminal.hpp"

#include <unicode/utf8.h>

#include <cstdio>
#include <iostream>
#include <mutex>
#include <streambuf>
#include <string>
#include <string_view>

namespace apichecklist::cli {

namespace {

bool is_escaped(UChar32 c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f) ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

// Forwards everything at once to the real buffer (no buffering of its own, so writes to
// the unescaped stream keep their order); only an incomplete UTF-8 sequence at the end of
// a write waits for the next one.
class EscapingBuffer : public std::streambuf {
  public:
    explicit EscapingBuffer(std::streambuf* target) : target_(target) {}

  protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        const char ch = traits_type::to_char_type(c);
        return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
    }

    std::streamsize xsputn(const char* s, std::streamsize n) override {
        const std::lock_guard lock(mutex_);
        if (pending_.empty()) {
            const std::size_t used = write_escaped({s, std::size_t(n)}, false);
            pending_.assign(s + used, std::size_t(n) - used);
        } else {
            pending_.append(s, std::size_t(n));
            pending_.erase(0, write_escaped(pending_, false));
        }
        return ok_ ? n : 0;
    }

    int sync() override {
        const std::lock_guard lock(mutex_);
        write_escaped(pending_, true);
        pending_.clear();
        return ok_ && target_->pubsync() == 0 ? 0 : -1;
    }

  private:
    void put(std::string_view bytes) {
        if (!bytes.empty() && target_->sputn(bytes.data(), std::streamsize(bytes.size())) !=
                                  std::streamsize(bytes.size()))
            ok_ = false;
    }

    void put_escape(const char* format, unsigned value) {
        char buffer[16];
        const int n = std::snprintf(buffer, sizeof buffer, format, value);
        put({buffer, std::size_t(n)});
    }

    // Writes what can be judged now and returns how many bytes that was; with `final`,
    // an incomplete sequence is written as \xHH bytes.
    std::size_t write_escaped(std::string_view text, bool final) {
        const auto* data = reinterpret_cast<const uint8_t*>(text.data());
        const auto size = int32_t(text.size());
        int32_t i = 0, run = 0;
        while (i < size) {
            const uint8_t b = data[i];
            if (b < 0x80) {
                if (is_escaped(b)) {
                    put(text.substr(std::size_t(run), std::size_t(i - run)));
                    put_escape("\\u%04x", b);
                    run = i + 1;
                }
                ++i;
                continue;
            }
            if (!final && i + 1 + U8_COUNT_TRAIL_BYTES(b) > size) {
                bool prefix = true;
                for (int32_t j = i + 1; j < size; ++j) prefix = prefix && U8_IS_TRAIL(data[j]);
                if (prefix) break;  // the rest comes with the next write
            }
            int32_t next = i;
            UChar32 c = 0;
            U8_NEXT(data, next, size, c);
            if (c < 0 || is_escaped(c)) {
                put(text.substr(std::size_t(run), std::size_t(i - run)));
                if (c < 0) {
                    put_escape("\\x%02x", b);
                    next = i + 1;
                } else {
                    put_escape("\\u%04x", unsigned(c));
                }
                run = next;
            }
            i = next;
        }
        put(text.substr(std::size_t(run), std::size_t(i - run)));
        return std::size_t(i);
    }

    std::streambuf* target_;
    std::string pending_;
    std::mutex mutex_;
    bool ok_ = true;
};

std::streambuf* raw_out = nullptr;
std::streambuf* raw_err = nullptr;

}  // namespace

void install_output_escaping() {
    if (raw_out) return;
    // Never destroyed: the standard streams are flushed after static destructors have run.
    raw_out = std::cout.rdbuf(new EscapingBuffer(std::cout.rdbuf()));
    raw_err = std::cerr.rdbuf(new EscapingBuffer(std::cerr.rdbuf()));
}

std::ostream& unescaped(std::ostream& out) {
    static std::ostream plain_out(nullptr), plain_err(nullptr);
    if (&out == &std::cout && raw_out) {
        plain_out.rdbuf(raw_out);
        return plain_out;
    }
    if (&out == &std::cerr && raw_err) {
        plain_err.rdbuf(raw_err);
        return plain_err;
    }
    return out;
}

}  // namespace apichecklist::cli
