#include "helper_process.hpp"

#include <osl/process.h>
#include <unistd.h>
#include <osl/file.hxx>

#include <cstdlib>
#include <memory>
#include <thread>

#include "catalog_access.hpp"
#include "guarded.hpp"
#include "main_thread.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;
namespace fs = std::filesystem;

namespace {

bool executable(const fs::path& path) {
    std::error_code error;
    return fs::is_regular_file(path, error) && ::access(path.c_str(), X_OK) == 0;
}

// The package manager unpacks the .oxt without file modes: make the shipped helper
// executable for its owner again (the user's own extension directory).
bool make_executable(const fs::path& path) {
    std::error_code error;
    if (!fs::is_regular_file(path, error)) return false;
    fs::permissions(path, fs::perms::owner_exec, fs::perm_options::add, error);
    return executable(path);
}

std::optional<fs::path> on_path(const char* name) {
    const char* path = std::getenv("PATH");
    if (!path) return std::nullopt;
    std::string_view rest(path);
    while (!rest.empty()) {
        const size_t colon = rest.find(':');
        const std::string_view directory = rest.substr(0, colon);
        if (!directory.empty() && executable(fs::path(directory) / name))
            return fs::path(directory) / name;
        if (colon == std::string_view::npos) break;
        rest.remove_prefix(colon + 1);
    }
    return std::nullopt;
}

std::string read_all(oslFileHandle handle) {
    std::string text;
    char buffer[4096];
    for (;;) {
        sal_uInt64 got = 0;
        if (osl_readFile(handle, buffer, sizeof buffer, &got) != osl_File_E_None || got == 0) break;
        text.append(buffer, static_cast<size_t>(got));
    }
    osl_closeFile(handle);
    return text;
}

HelperOutcome run(const HelperJob& job, const std::function<void(int)>& tick) {
    HelperOutcome outcome;
    rtl::OUString program_url;
    osl::FileBase::getFileURLFromSystemPath(to_ou(job.program.string()), program_url);
    std::vector<rtl::OUString> arguments;
    for (const std::string& argument : job.arguments) arguments.push_back(to_ou(argument));
    std::vector<rtl_uString*> argument_data;
    for (rtl::OUString& argument : arguments) argument_data.push_back(argument.pData);
    std::vector<rtl::OUString> environment;
    for (const std::string& entry : job.environment) environment.push_back(to_ou(entry));
    std::vector<rtl_uString*> environment_data;
    for (rtl::OUString& entry : environment) environment_data.push_back(entry.pData);

    oslProcess process = nullptr;
    oslFileHandle out = nullptr;
    oslFileHandle err = nullptr;
    const oslProcessError started = osl_executeProcess_WithRedirectedIO(
        program_url.pData, argument_data.data(), static_cast<sal_uInt32>(argument_data.size()),
        osl_Process_NORMAL, nullptr, nullptr, environment_data.data(),
        static_cast<sal_uInt32>(environment_data.size()), &process, nullptr, &out, &err);
    if (started != osl_Process_E_None || !process) {
        outcome.err = job.program.string();
        return outcome;
    }
    outcome.started = true;
    // Both pipes are drained at once: a helper blocked on a full stderr pipe would hang.
    std::string err_text;
    std::thread err_reader([&] { err_text = read_all(err); });
    std::string out_text;
    std::thread out_reader([&] { out_text = read_all(out); });
    int seconds = 0;
    for (;;) {
        TimeValue one_second{1, 0};
        if (osl_joinProcessWithTimeout(process, &one_second) != osl_Process_E_TimedOut) break;
        ++seconds;
        tick(seconds);
        if (seconds >= job.time_limit.count()) {
            outcome.timed_out = true;
            osl_terminateProcess(process);
            osl_joinProcess(process);
            break;
        }
    }
    out_reader.join();
    err_reader.join();
    oslProcessInfo info;
    info.Size = sizeof info;
    if (osl_getProcessInfo(process, osl_Process_EXITCODE, &info) == osl_Process_E_None)
        outcome.exit_code = static_cast<int>(info.Code);
    osl_freeProcessHandle(process);
    outcome.out = std::move(out_text);
    outcome.err = std::move(err_text);
    return outcome;
}

}  // namespace

std::optional<fs::path> find_helper(const uno::Reference<uno::XComponentContext>& context) {
    if (const char* env = std::getenv("APICHECKLIST_CLI"); env && *env) {
        if (executable(env)) return fs::path(env);
    }
    try {
        const fs::path shipped = package_directory(context) / "bin" / "apichecklist";
        if (executable(shipped) || make_executable(shipped)) return shipped;
    } catch (...) {
        // not installed as a package (e.g. a development run): fall back to the PATH
    }
    return on_path("apichecklist");
}

void run_helper_async(const uno::Reference<uno::XComponentContext>& context, HelperJob job) {
    auto shared = std::make_shared<HelperJob>(std::move(job));
    std::thread([context, shared] {
        HelperOutcome outcome;
        try {
            outcome = run(*shared, [&](int seconds) {
                if (shared->on_tick)
                    post_to_main_thread(context, [shared, seconds] { shared->on_tick(seconds); });
            });
        } catch (const std::exception& error) {
            outcome.err = error.what();
        } catch (...) {
            outcome.err = "unknown error";
        }
        post_to_main_thread(context, [shared, outcome] {
            if (shared->on_done) shared->on_done(outcome);
        });
    }).detach();
}

}  // namespace apichecklist::extension
