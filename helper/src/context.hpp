#pragma once
// State shared by the helper's subcommands: options common to all, the catalog
// (loaded once, on first use) and the exit-code conventions.

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/text/label.hpp"

namespace apichecklist::cli {

enum ExitCode { kOk = 0, kNotFound = 1, kProblemsFound = 1, kUsageOrInput = 2 };

// Something the user asked for does not exist (exit code 1).
class NotFound : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The command ran and found problems, e.g. a catalog that fails verification (exit code 1).
class ProblemsFound : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The request cannot be carried out as given (exit code 2).
class UsageError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Context {
  public:
    std::string catalog_dir;  // empty: default location
    bool json = false;

    const catalog::Catalog& catalog();
    void reload();
    // The checklist named by id; NotFound listing the known ids otherwise.
    const catalog::Checklist& checklist(const std::string& id);

  private:
    std::optional<catalog::Catalog> catalog_;
};

// Japanese unless the user's locale asks for English (APICHECKLIST_LANG, LC_ALL,
// LC_MESSAGES, LANG starting with "en").
bool english();
inline const char* tr(const char* ja, const char* en) { return english() ? en : ja; }
inline const char* tr(text::Label label) { return label.in(english()); }
// The same for texts built at run time (a finding's or a file's message in both languages).
inline const std::string& tr(const std::string& ja, const std::string& en) {
    return english() ? en : ja;
}

}  // namespace apichecklist::cli
