// A file the user may not read is said to be so, not "empty" or "not found". Run as root
// (CI), the reading is done by a child that has dropped to nobody first.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "apichecklist/io/read_workbook.hpp"

namespace {

namespace fs = std::filesystem;

// 0: the permission message; 1: another ReadError; 2: no error; 3: could not drop to nobody.
int read_as_unprivileged_user(const fs::path& file) {
    const pid_t child = ::fork();
    if (child == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(3);
        try {
            apichecklist::io::read_workbook(file);
        } catch (const apichecklist::io::ReadError& e) {
            ::_exit(e.message_ja().find("権限がありません") != std::string::npos ? 0 : 1);
        }
        ::_exit(2);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class Scratch {
  public:
    Scratch()
        : dir_(fs::temp_directory_path() / ("apichecklist-perm-" + std::to_string(::getpid()))) {
        fs::create_directories(dir_);
        fs::permissions(dir_, fs::perms::all);
    }
    ~Scratch() {
        fs::permissions(dir_, fs::perms::all);
        fs::remove_all(dir_);
    }
    const fs::path& dir() const { return dir_; }

  private:
    fs::path dir_;
};

}  // namespace

TEST(ReadPermissions, AnUnreadableFileIsSaidToBeUnreadable) {
    Scratch scratch;
    const fs::path file = scratch.dir() / "sheet.csv";
    std::ofstream(file) << "通番,現在の対応状況\n1,対応済み\n";
    fs::permissions(file, fs::perms::none);
    EXPECT_EQ(read_as_unprivileged_user(file), 0);
}

TEST(ReadPermissions, AFileInAnUnreadableFolderIsSaidToBeUnreadable) {
    Scratch scratch;
    const fs::path folder = scratch.dir() / "closed";
    fs::create_directories(folder);
    const fs::path file = folder / "sheet.csv";
    std::ofstream(file) << "通番\n1\n";
    fs::permissions(folder, fs::perms::none);
    EXPECT_EQ(read_as_unprivileged_user(file), 0);
    fs::permissions(folder, fs::perms::all);
}
