#pragma once
// A private headless soffice, driven over the UNO remote bridge and supervised:
// started on a private profile (one that persists between runs, or a throwaway one) and
// a pipe of its own, every call bounded by a timeout (a hung soffice is killed), a
// crashed soffice restarted and the call retried once, the process group (and a
// throwaway profile) removed on exit and on Ctrl-C.
// One Office serves a whole batch.
//
// Construct and use an Office from one thread (the process is spawned from it and
// dies with it); each call runs on a worker thread so that it can be abandoned.

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "apichecklist/office/uno_strings.hpp"

namespace apichecklist::office {

class OfficeError : public std::runtime_error {
  public:
    enum class Kind {
        StartFailed,        // soffice missing, exited or never answered
        Timeout,            // a call took longer than allowed; soffice was killed
        Crashed,            // soffice went away during a call, also after the retry
        DocumentNotLoaded,  // loadComponentFromURL gave nothing (lock file, damaged file)
        Failed,             // any other UNO error
    };
    OfficeError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    Kind kind() const { return kind_; }

  private:
    Kind kind_;
};

struct OfficeOptions {
    // Empty: `soffice` on the PATH.
    std::filesystem::path program;
    std::chrono::milliseconds start_timeout{90'000};
    std::chrono::milliseconds call_timeout{120'000};
    // Where the throwaway profile (and the work directory) goes; empty: the system temp
    // directory.
    std::filesystem::path temp_root;
    // Which profile soffice runs on. Default: the persistent one (below), unless the
    // environment says APICHECKLIST_OFFICE_PROFILE=throwaway. Persistent: the private profile
    // under the cache directory, prepared once and reused; when another run holds it or it
    // cannot be made, a throwaway profile all the same (silently: APICHECKLIST_OFFICE_LOG=1
    // says why). Throwaway: a new profile for every start, removed with the work directory.
    enum class Profile { Default, Persistent, Throwaway };
    Profile profile = Profile::Default;
    // The cache directory of the persistent profile; empty: $XDG_CACHE_HOME/apichecklist,
    // else ~/.cache/apichecklist.
    std::filesystem::path cache_directory;
};

// What a call gets to work with. Valid only inside the call.
class Session {
  public:
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XDesktop2> desktop;

    // Loads hidden with macros never executed; ReadOnly too unless `editable`.
    // Throws OfficeError(DocumentNotLoaded) with the likely reason when soffice
    // returns no document (a lock file beside it, a damaged or unknown file). The message
    // names `shown_as` when given: the user's file, where `file` is a private copy of it.
    // `with_view`: loaded into a frame with a view (invisible all the same: the office is
    // headless). A hidden document has no view, and the .xlsx export takes the view settings
    // (freeze panes, the selection) from the view: without one they are dropped.
    css::uno::Reference<css::lang::XComponent> load(const std::filesystem::path& file,
                                                    bool editable = false,
                                                    const std::filesystem::path& shown_as = {},
                                                    bool with_view = false) const;
    // A new, hidden spreadsheet document.
    css::uno::Reference<css::lang::XComponent> new_spreadsheet() const;
};

class Office {
  public:
    explicit Office(OfficeOptions options = {});
    ~Office();
    Office(const Office&) = delete;
    Office& operator=(const Office&) = delete;

    // Runs `work` against the office, starting it first if needed. `what` names the
    // work in error messages. A crash restarts soffice and runs `work` once more, so
    // `work` must be safe to repeat (write to a temp file, rename at the end).
    void run(const std::string& what, const std::function<void(Session&)>& work);

    // Stops soffice (politely, then by force) and removes its profile.
    void shutdown();

    // For supervision tests and diagnostics.
    bool running() const;
    int process_group() const;  // 0 when not running
    int restarts() const;
    std::filesystem::path work_directory() const;
    // The profile of the running (or last) soffice, and whether it is the persistent one
    // and was already prepared by an earlier run when soffice started on it (a warm start).
    std::filesystem::path profile_directory() const;
    bool persistent_profile() const;
    bool warm_start() const;

  private:
    struct State;
    std::unique_ptr<State> state_;
};

// Closes a document when it goes out of scope (errors while closing are ignored:
// the document is being abandoned anyway).
class DocumentCloser {
  public:
    explicit DocumentCloser(css::uno::Reference<css::lang::XComponent> document)
        : document_(std::move(document)) {}
    ~DocumentCloser();
    DocumentCloser(const DocumentCloser&) = delete;
    DocumentCloser& operator=(const DocumentCloser&) = delete;

  private:
    css::uno::Reference<css::lang::XComponent> document_;
};

// Stores `document` at `target` through a temp file in the same directory and a
// rename, so that `target` is never half written; what the rename replaces is checked by
// io::move_into_place (never a device or a FIFO). `filter_data` goes to the filter as
// FilterData (e.g. the PDF export's options).
void store_atomically(const css::uno::Reference<css::lang::XComponent>& document,
                      const std::filesystem::path& target, const std::string& filter_name,
                      const css::uno::Sequence<css::beans::PropertyValue>& filter_data = {});

// Stores `document` at `output` (overwritten) with the filter, without the preview image;
// the caller owns `output` (a temp file it renames into place).
void store_without_preview(const css::uno::Reference<css::lang::XComponent>& document,
                           const std::filesystem::path& output, const std::string& filter_name);

}  // namespace apichecklist::office
