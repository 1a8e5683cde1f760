// What a SIGKILLed run leaves (its work directory in $TMPDIR, a staging directory beside
// its output, soffice's luNNNN.tmp) is removed by the next run; nothing of a live process
// or another user is touched.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "apichecklist/office/scratch_directory.hpp"
#include "office_test_support.hpp"
#include "temp_dir.hpp"

namespace apichecklist::test {
namespace {

namespace fs = std::filesystem;

// The PID of a process that has exited (and been reaped): nobody runs under it now.
pid_t dead_pid() {
    const pid_t pid = ::fork();
    if (pid == 0) ::_exit(0);
    ::waitpid(pid, nullptr, 0);
    return pid;
}

void touch_office(office::Session& s) { s.desktop->getComponents(); }

TEST(OfficeLeftovers, AKilledRunsWorkDirectoriesAreRemovedByTheNextRun) {
    TempDir tmp;
    const std::string dead = std::to_string(dead_pid());
    const fs::path stale_office = tmp.path() / ("apichecklist-office-" + dead + "-Ab12Cd");
    const fs::path stale_migrate = tmp.path() / ("apichecklist-migrate-" + dead);
    const fs::path live = tmp.path() / "apichecklist-office-1-Ab12Cd";  // PID 1 runs
    const fs::path not_ours = tmp.path() / ("apichecklist-office-" + dead + "-file");
    for (const fs::path& dir : {stale_office / "profile-1" / "user", stale_migrate, live})
        fs::create_directories(dir);
    std::ofstream(not_ours) << "a file, not a directory of ours\n";

    office::OfficeOptions options;
    options.temp_root = tmp.path();
    options.profile = office::OfficeOptions::Profile::Throwaway;
    office::Office office(options);
    office.run("use", touch_office);

    EXPECT_FALSE(fs::exists(stale_office));
    EXPECT_FALSE(fs::exists(stale_migrate));
    EXPECT_TRUE(fs::exists(live)) << "a directory of a running process was removed";
    EXPECT_TRUE(fs::exists(not_ours));
}

TEST(OfficeLeftovers, AKilledSofficesTempDirectoriesGoWithTheWorkDirectory) {
    TempDir tmp;
    // soffice would make its luNNNN.tmp in the helper's TMPDIR: make that this directory.
    const char* saved = std::getenv("TMPDIR");
    const std::string restore = saved ? saved : "";
    ::setenv("TMPDIR", tmp.path().c_str(), 1);
    {
        office::OfficeOptions options;
        options.temp_root = tmp.path();
        options.profile = office::OfficeOptions::Profile::Throwaway;
        office::Office office(options);
        office.run("use", touch_office);
        ::kill(-office.process_group(), SIGKILL);  // no chance for soffice to clean up
    }
    if (saved)
        ::setenv("TMPDIR", restore.c_str(), 1);
    else
        ::unsetenv("TMPDIR");
    std::vector<std::string> left;
    for (const auto& entry : fs::directory_iterator(tmp.path()))
        left.push_back(entry.path().filename().string());
    EXPECT_TRUE(left.empty()) << "left in TMPDIR: " << left.front();
}

TEST(OfficeLeftovers, AStagingDirectoryOfADeadRunBesideTheOutputIsRemoved) {
    TempDir out;
    const fs::path target = out.path() / "result.ods";
    const fs::path stale = out.path() / (".result.ods.tmp-" + std::to_string(dead_pid()));
    const fs::path other = out.path() / (".other.ods.tmp-" + std::to_string(dead_pid()));
    fs::create_directories(stale);
    fs::create_directories(other);
    const fs::path staging = office::staging_path_beside(target);
    EXPECT_EQ(staging.filename(), ".result.ods.tmp-" + std::to_string(::getpid()));
    EXPECT_FALSE(fs::exists(stale));
    EXPECT_TRUE(fs::exists(other)) << "only the staging directories of the same output";
}

}  // namespace
}  // namespace apichecklist::test
