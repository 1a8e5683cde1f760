#pragma once
// What the batch commands that write documents (migrate, fill) say about each file: written,
// only planned (--dry-run), failed (exit 1) or unreadable (exit 2); the failure that stops one
// file and never the batch; and the batch's closing counts in text and JSON.

#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "commands.hpp"

namespace apichecklist::cli {

enum class FileStatus { Written, Planned, Failed, Unreadable };

// `written` names the command's own success (migrated, filled).
inline const char* status_name(FileStatus status, const char* written) {
    switch (status) {
        case FileStatus::Written:
            return written;
        case FileStatus::Planned:
            return "planned";
        case FileStatus::Failed:
            return "failed";
        case FileStatus::Unreadable:
            return "unreadable";
    }
    return "failed";
}

class FileFailure : public std::runtime_error {
  public:
    FileFailure(FileStatus kind, std::string message_ja, const std::string& message_en)
        : std::runtime_error(message_en), status(kind), ja(std::move(message_ja)) {}
    FileStatus status;
    std::string ja;
};

struct BatchCounts {
    int written = 0, planned = 0, failed = 0, unreadable = 0;

    void add(FileStatus status) {
        written += status == FileStatus::Written;
        planned += status == FileStatus::Planned;
        failed += status == FileStatus::Failed;
        unreadable += status == FileStatus::Unreadable;
    }
    int files() const { return written + planned + failed + unreadable; }
    int exit_code() const { return unreadable ? kUsageOrInput : failed ? kProblemsFound : kOk; }
    // {"files", written_key, "planned", "failed", "unreadable"}
    nlohmann::json json(const char* written_key) const {
        return {{"files", files()},
                {written_key, written},
                {"planned", planned},
                {"failed", failed},
                {"unreadable", unreadable}};
    }
    // 合計: N ファイル、移行 n、計画のみ …
    void print(const char* written_ja, const char* written_en) const {
        std::cout << tr("合計: ", "total: ") << files() << tr(" ファイル、", " files, ")
                  << tr(written_ja, written_en) << " " << written << tr("、計画のみ ", ", planned ")
                  << planned << tr("、失敗 ", ", failed ") << failed
                  << tr("、読めない ", ", unreadable ") << unreadable << "\n";
    }
};

// The batch's closing report: the JSON document (`fields` plus schema, dry_run, files,
// summary, exit_code) or the text line, then the exit code when it is not 0.
template <class Result, class ToJson>
void finish_batch(const Context& ctx, const std::vector<Result>& results, ToJson result_json,
                  bool dry_run, nlohmann::json fields, const char* written_key,
                  const char* written_ja) {
    BatchCounts counts;
    for (const Result& r : results) counts.add(r.status);
    const int code = counts.exit_code();
    if (ctx.json) {
        nlohmann::json files = nlohmann::json::array();
        for (const Result& r : results) files.push_back(result_json(r));
        fields["schema"] = 1;
        fields["dry_run"] = dry_run;
        fields["files"] = files;
        fields["summary"] = counts.json(written_key);
        fields["exit_code"] = code;
        print_json(fields);
    } else {
        counts.print(written_ja, written_key);
    }
    std::cout.flush();
    if (code != kOk) std::exit(code);
}

}  // namespace apichecklist::cli
