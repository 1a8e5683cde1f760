// Supervision of the private soffice: crash → restart and one retry, hang → killed
// after the timeout, a start that never answers → killed, everything cleaned up.

#include <gtest/gtest.h>

#include <atomic>

#include "office_test_support.hpp"
#include "temp_dir.hpp"

namespace apichecklist::test {
namespace {

using office::OfficeError;

void touch_office(office::Session& s) { s.desktop->getComponents(); }

TEST(OfficeSupervision, CrashDuringACallRestartsSofficeAndRetriesOnce) {
    office::Office office;
    office.run("warm up", touch_office);
    const int first_group = office.process_group();
    ASSERT_GT(first_group, 0);

    int attempts = 0;
    office.run("crashing call", [&](office::Session& s) {
        if (++attempts == 1) ::kill(-office.process_group(), SIGKILL);
        touch_office(s);
    });
    EXPECT_EQ(attempts, 2);
    EXPECT_EQ(office.restarts(), 1);
    EXPECT_TRUE(process_group_gone(first_group));
    EXPECT_NE(office.process_group(), first_group);
    EXPECT_TRUE(office.running());
}

TEST(OfficeSupervision, SecondCrashIsReportedNotRetriedAgain) {
    office::Office office;
    int attempts = 0;
    try {
        office.run("always crashing", [&](office::Session& s) {
            ++attempts;
            ::kill(-office.process_group(), SIGKILL);
            touch_office(s);
        });
        FAIL() << "no error";
    } catch (const OfficeError& e) {
        EXPECT_EQ(e.kind(), OfficeError::Kind::Crashed) << e.what();
        EXPECT_NE(std::string(e.what()).find("always crashing"), std::string::npos);
    }
    EXPECT_EQ(attempts, 2);
    EXPECT_FALSE(office.running());
}

TEST(OfficeSupervision, HungCallIsKilledAfterTheTimeoutAndTheNextCallGetsAFreshOffice) {
    office::OfficeOptions options;
    // Long enough for the first calls of a fresh soffice on a loaded machine (ctest -j with
    // builds beside it): "warm up" and "after the hang" must not time out themselves.
    options.call_timeout = std::chrono::seconds(10);
    office::Office office(options);
    office.run("warm up", touch_office);
    const int hung_group = office.process_group();
    try {
        office.run("hanging call", [&](office::Session& s) {
            ::kill(-hung_group, SIGSTOP);  // soffice stops answering
            // Once it has (every thread): a call sent before could still be answered, which a
            // soffice that starts warm did (the call returned at once).
            EXPECT_TRUE(process_group_stopped(hung_group));
            touch_office(s);
        });
        FAIL() << "no error";
    } catch (const OfficeError& e) {
        EXPECT_EQ(e.kind(), OfficeError::Kind::Timeout) << e.what();
    }
    EXPECT_FALSE(office.running());
    EXPECT_TRUE(process_group_gone(hung_group));
    EXPECT_NO_THROW(office.run("after the hang", touch_office));
    EXPECT_NE(office.process_group(), hung_group);
}

TEST(OfficeSupervision, StartThatNeverAnswersIsKilled) {
    TempDir dir;
    const auto fake = dir.path() / "silent-soffice";
    const auto pid_file = dir.path() / "pid";
    std::ofstream(fake) << "#!/bin/sh\necho $$ > '" << pid_file.string() << "'\nexec sleep 600\n";
    std::filesystem::permissions(fake, std::filesystem::perms::owner_all);
    office::OfficeOptions options;
    options.program = fake;
    options.start_timeout = std::chrono::seconds(2);
    office::Office office(options);
    try {
        office.run("start", touch_office);
        FAIL() << "no error";
    } catch (const OfficeError& e) {
        EXPECT_EQ(e.kind(), OfficeError::Kind::StartFailed);
        EXPECT_NE(std::string(e.what()).find("応答しませんでした"), std::string::npos) << e.what();
    }
    int pid = 0;
    std::ifstream(pid_file) >> pid;
    ASSERT_GT(pid, 0);
    EXPECT_TRUE(process_group_gone(pid));
}

TEST(OfficeSupervision, ProgramThatExitsAtOnceIsReported) {
    office::OfficeOptions options;
    options.program = "/bin/false";
    office::Office office(options);
    try {
        office.run("start", touch_office);
        FAIL() << "no error";
    } catch (const OfficeError& e) {
        EXPECT_EQ(e.kind(), OfficeError::Kind::StartFailed);
        EXPECT_NE(std::string(e.what()).find("終了しました"), std::string::npos) << e.what();
    }
}

TEST(OfficeSupervision, MissingProgramIsReported) {
    office::OfficeOptions options;
    options.program = "/nonexistent/soffice";
    office::Office office(options);
    try {
        office.run("start", touch_office);
        FAIL() << "no error";
    } catch (const OfficeError& e) {
        EXPECT_EQ(e.kind(), OfficeError::Kind::StartFailed) << e.what();
    }
}

TEST(OfficeSupervision, ShutdownLeavesNoProcessAndNoProfile) {
    office::Office office;
    office.run("use", touch_office);
    const int group = office.process_group();
    const auto work = office.work_directory();
    ASSERT_TRUE(std::filesystem::is_directory(work));
    office.shutdown();
    EXPECT_TRUE(process_group_gone(group));
    EXPECT_FALSE(std::filesystem::exists(work));
}

TEST(OfficeSupervision, OneOfficeServesManyCalls) {
    office::Office office;
    office.run("first", touch_office);
    const int group = office.process_group();
    for (int i = 0; i < 5; ++i) office.run("batch", touch_office);
    EXPECT_EQ(office.process_group(), group);
    EXPECT_EQ(office.restarts(), 0);
}

}  // namespace
}  // namespace apichecklist::test
