#pragma once
// A reader process: reads files one after another in a forked child, so that whatever the
// parsing libraries do on one file (abort, crash, hang, exhaust memory, print) reaches
// neither the caller's process nor its output. A child that crashes, hangs or runs out of
// its limits is a ReadError of kind ReaderFailed, and the next read starts a new child.
// One WorkbookReader per thread (a batch keeps one per worker thread, so the fork and the
// libraries' first-use costs are paid once per thread, not once per file).

#include <filesystem>
#include <functional>
#include <memory>

#include "apichecklist/io/read_workbook.hpp"

namespace apichecklist::io {

class WorkbookReader {
  public:
    using ReadFunction =
        std::function<sheet::Workbook(const std::filesystem::path&, const ReadLimits&)>;

    WorkbookReader();  // reads .ods/.xlsx/.csv
    // Runs another reading function in the child: the isolation's own tests use readers that
    // crash, hang and print on purpose.
    explicit WorkbookReader(ReadFunction read);
    ~WorkbookReader();  // ends the child
    WorkbookReader(const WorkbookReader&) = delete;
    WorkbookReader& operator=(const WorkbookReader&) = delete;

    sheet::Workbook read(const std::filesystem::path& file, const ReadLimits& limits = {});

  private:
    class Child;
    ReadFunction read_;
    std::unique_ptr<Child> child_;
};

}  // namespace apichecklist::io
