#pragma once
// Reads .ods, .xlsx and .csv files into the core's sheet model with liborcus.
// Anything that cannot be read is a ReadError carrying a Japanese and an English
// message that say what is wrong and what to do. Files are opened read-only.

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::io {

class ReadError : public std::runtime_error {
  public:
    ReadError(std::filesystem::path file, std::string message_ja, std::string message_en);
    const std::filesystem::path& file() const { return file_; }
    const std::string& message_ja() const { return message_ja_; }
    const std::string& message_en() const { return message_en_; }

  private:
    std::filesystem::path file_;
    std::string message_ja_;
    std::string message_en_;
};

// Guards against hostile or accidental huge input; a file beyond them is refused.
struct ReadLimits {
    std::uintmax_t max_file_bytes = 64u << 20;           // on disk
    std::uintmax_t max_uncompressed_bytes = 128u << 20;  // all zip entries together
    int max_rows = 100'000;                              // per sheet
    int max_columns = 256;  // cells further right are dropped: the checklist never lives there
};

sheet::Workbook read_workbook(const std::filesystem::path& file, const ReadLimits& limits = {});

}  // namespace apichecklist::io
