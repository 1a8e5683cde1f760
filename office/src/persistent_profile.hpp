#pragma once
// The private soffice profile that persists between runs, so that a command starts soffice
// warm instead of on a new profile every time. It lives in the user's cache directory
// ($XDG_CACHE_HOME/apichecklist/office/profile, default ~/.cache/apichecklist/...), never
// in the user's own LibreOffice profile. One run at a time holds it, by flock(2) on
// office/lock: the lock descriptor is inherited by the soffice started on the profile, so
// it stays held while any soffice of that run is alive, even after the helper was killed.
// A run that cannot take it falls back to a throwaway profile (Office does that).
//
// Prepared once: the first start gets registrymodifications.xcu seeded with the settings
// below (macros disabled at the highest security level, no thumbnails, no recent-document
// list, no recovery or autosave, first-run done); after the first clean stop a marker file
// records that the profile is prepared and for which soffice. A profile whose marker or
// settings file is missing, truncated or does not carry those settings is damaged: it is
// removed and prepared again.

#include <filesystem>
#include <memory>
#include <string>

namespace apichecklist::office {

class PersistentProfile {
  public:
    // Locks and checks (rebuilding it when damaged) the profile under `cache_directory` for
    // soffice `program`. Null when another run holds it or it cannot be made; `why` says why.
    static std::unique_ptr<PersistentProfile> take(const std::filesystem::path& cache_directory,
                                                   const std::filesystem::path& program,
                                                   std::string& why);
    ~PersistentProfile();  // releases the lock
    PersistentProfile(const PersistentProfile&) = delete;
    PersistentProfile& operator=(const PersistentProfile&) = delete;

    // The directory given to soffice as -env:UserInstallation.
    const std::filesystem::path& directory() const { return directory_; }
    // The lock's descriptor (close-on-exec in the helper): the soffice must inherit it.
    int lock_descriptor() const { return lock_fd_; }
    // Whether an earlier run prepared the profile (this start is a warm one).
    bool was_prepared() const { return was_prepared_; }
    // After soffice has stopped: `clean` when it exited by itself after terminate(). A clean
    // stop of a good profile marks it prepared; a profile left damaged (soffice killed while
    // it wrote) is removed, so that the next run rebuilds it.
    void after_stop(bool clean);
    // Before each start: seeds the profile again when it was removed (after_stop, discard).
    // Throws std::exception when it cannot be written.
    void ready_for_start();
    // Removes the profile (soffice did not start on it); the next run rebuilds it.
    void discard();

    // What is wrong with the profile in `directory` for `program`; empty when it is good.
    static std::string damage(const std::filesystem::path& directory,
                              const std::filesystem::path& program);

  private:
    PersistentProfile() = default;
    std::filesystem::path directory_;
    std::filesystem::path program_;
    int lock_fd_ = -1;
    bool was_prepared_ = false;
};

}  // namespace apichecklist::office
