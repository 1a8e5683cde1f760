#pragma once
// Where every command that writes puts its file (report, template build, migrate, and any
// later writer): one check of the destination and one temp-and-rename move into place.
// Only an absent name or a regular file is ever replaced; a FIFO, a device, a socket or a
// directory never is (as root, a rename onto /dev/full replaces the device node itself).

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace apichecklist::io {

// The destination cannot take the file; says what it is and what to do.
class OutputError : public std::runtime_error {
  public:
    OutputError(std::filesystem::path target, std::string message_ja, std::string message_en);
    const std::filesystem::path& target() const { return target_; }
    const std::string& message_ja() const { return message_ja_; }
    const std::string& message_en() const { return message_en_; }

  private:
    std::filesystem::path target_;
    std::string message_ja_;
    std::string message_en_;
};

// The file an output asked for as `requested` goes to. A directory (existing, or named with
// a trailing slash) takes `default_name` inside it; a symbolic link is followed to the file
// it names, which is then replaced (the link stays). Refused with OutputError: a missing
// directory, a dangling link, anything that is neither absent nor a regular file, a
// directory when `default_name` is empty, and any of `inputs` (never overwritten).
std::filesystem::path resolve_output(const std::filesystem::path& requested,
                                     const std::filesystem::path& default_name = {},
                                     const std::vector<std::filesystem::path>& inputs = {});

// OutputError unless `target` (already resolved: a link is refused here) is absent or a
// regular file in an existing directory.
void check_replaceable(const std::filesystem::path& target);

enum class Replace { Yes, No };

// Renames a finished file onto `target` (same file system), after check_replaceable. With
// Replace::No an existing target is never clobbered, even one that appeared meanwhile.
void move_into_place(const std::filesystem::path& temp, const std::filesystem::path& target,
                     Replace replace = Replace::Yes);

// Writes `content` to a fresh temporary file beside `target` (`.~NAME.XXXXXX`), then moves
// it into place: a reader never sees half a file, a failed write leaves nothing behind, and
// a replaced file keeps its permission bits.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

}  // namespace apichecklist::io
