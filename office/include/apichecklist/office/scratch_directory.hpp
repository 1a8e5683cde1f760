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
// the finished file can be renamed into place. A `.NAME.tmp-PID` of a process that is no
// longer running (a SIGKILLed run) is removed first.
std::filesystem::path staging_path_beside(const std::filesystem::path& target);

// Removes, in `directory` (the temp directory), the apichecklist-office-PID-… and
// apichecklist-migrate-PID directories of this user's processes that are no longer
// running: what a SIGKILLed run could not clean up.
void remove_stale_scratch(const std::filesystem::path& directory);

}  // namespace apichecklist::office
