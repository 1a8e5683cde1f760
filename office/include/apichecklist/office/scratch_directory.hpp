#pragma once
// Directories of our own that must not outlive the command: where soffice stores (with
// its lock and temp files) before a result is moved into place, or a batch's private
// template. Removed when they go out of scope, and by the signal cleanup on Ctrl-C.

#include <filesystem>

namespace apichecklist::office {

class ScratchDirectory {
  public:
    explicit ScratchDirectory(std::filesystem::path path);  // created now
    ~ScratchDirectory();
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
    int token_ = 0;
};

// `.NAME.tmp-PID` beside `target`: a staging directory on the same file system, so that
// the finished file can be renamed into place.
std::filesystem::path staging_path_beside(const std::filesystem::path& target);

}  // namespace apichecklist::office
