#pragma once
// Reads .ods, .xlsx and .csv files into the core's sheet model with liborcus.
// Anything that cannot be read is a ReadError carrying a Japanese and an English
// message that say what is wrong and what to do. Files are opened read-only.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::io {

// Refused: the file is not what it should be, and the message says why. ReaderFailed: the
// reading itself crashed, hung or ran out of memory (the file is reported, the caller goes
// on); a test that feeds damaged files treats it as a bug to fix.
enum class ReadErrorKind { Refused, ReaderFailed };

class ReadError : public std::runtime_error {
  public:
    ReadError(std::filesystem::path file, std::string message_ja, std::string message_en,
              ReadErrorKind kind = ReadErrorKind::Refused);
    const std::filesystem::path& file() const { return file_; }
    const std::string& message_ja() const { return message_ja_; }
    const std::string& message_en() const { return message_en_; }
    ReadErrorKind kind() const { return kind_; }

  private:
    std::filesystem::path file_;
    std::string message_ja_;
    std::string message_en_;
    ReadErrorKind kind_;
};

// Guards against hostile or accidental huge input; a file beyond them is refused.
struct ReadLimits {
    std::uintmax_t max_file_bytes = 64u << 20;           // on disk
    std::uintmax_t max_uncompressed_bytes = 128u << 20;  // all zip entries together
    int max_rows = 100'000;                              // per sheet
    int max_columns = 256;  // cells further right are dropped: the checklist never lives there
    // The reading runs in a child process (workbook_reader.hpp) bounded by these.
    int max_seconds = 120;                                      // wall clock and CPU
    std::uintmax_t max_memory_bytes = std::uintmax_t{3} << 30;  // address space it may add
};

// Reads one file in a child process of its own (a WorkbookReader used once).
sheet::Workbook read_workbook(const std::filesystem::path& file, const ReadLimits& limits = {});

}  // namespace apichecklist::io
