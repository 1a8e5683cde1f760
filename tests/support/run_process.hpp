#pragma once
// Runs a real program and captures its exit code, stdout and stderr.

#include <string>
#include <vector>

namespace apichecklist::test {

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

ProcessResult run_process(const std::vector<std::string>& argv,
                          const std::vector<std::string>& env = {});

}  // namespace apichecklist::test
