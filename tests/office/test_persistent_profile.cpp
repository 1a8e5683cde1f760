// The persistent soffice profile (issue 21): prepared once under the cache directory and
// reused, a held lock → a throwaway profile, a damaged profile rebuilt, macros disabled at
// the highest security level. Each test has a cache directory of its own.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <boost/process.hpp>

#include "office_test_support.hpp"
#include "temp_dir.hpp"

namespace apichecklist::test {
namespace {

namespace fs = std::filesystem;

const char* const kMacroLevel =
    "<item oor:path=\"/org.openoffice.Office.Common/Security/Scripting\"><prop "
    "oor:name=\"MacroSecurityLevel\" oor:op=\"fuse\"><value>3</value></prop></item>";

void touch_office(office::Session& s) { s.desktop->getComponents(); }

office::OfficeOptions persistent_in(const fs::path& cache) {
    office::OfficeOptions options;
    options.profile = office::OfficeOptions::Profile::Persistent;
    options.cache_directory = cache;
    return options;
}

fs::path settings_of(const fs::path& cache) {
    return cache / "office" / "profile" / "user" / "registrymodifications.xcu";
}

// One command's worth: start, one call, stop. Returns whether the start was a warm one.
bool one_run(const fs::path& cache, fs::path* profile = nullptr) {
    office::Office office(persistent_in(cache));
    office.run("use", touch_office);
    EXPECT_TRUE(office.persistent_profile());
    if (profile) *profile = office.profile_directory();
    return office.warm_start();
}

uno::Any setting(office::Session& s, const char* path, const char* name) {
    css::beans::NamedValue node;
    node.Name = "nodepath";
    node.Value <<= rtl::OUString::createFromAscii(path);
    uno::Sequence<uno::Any> args(1);
    args.getArray()[0] <<= node;
    const auto provider = css::configuration::theDefaultProvider::get(s.context);
    const uno::Reference<css::beans::XPropertySet> access(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                              args),
        uno::UNO_QUERY_THROW);
    return access->getPropertyValue(rtl::OUString::createFromAscii(name));
}

TEST(PersistentProfile, IsPreparedOnceAndReusedByTheNextRun) {
    TempDir cache;
    fs::path first, second;
    EXPECT_FALSE(one_run(cache.path(), &first)) << "a new profile cannot start warm";
    EXPECT_EQ(first, cache.path() / "office" / "profile");
    EXPECT_TRUE(fs::is_regular_file(first / "apichecklist-profile"));
    // soffice's own writes persist: what it added at its first start is still there.
    const std::string settings = file_bytes(settings_of(cache.path()));
    EXPECT_NE(settings.find("ooSetupInstCompleted"), std::string::npos) << settings;

    EXPECT_TRUE(one_run(cache.path(), &second)) << "the second run did not start warm";
    EXPECT_EQ(second, first);
    // The graphics render tests soffice runs while ooSetupLastVersion is behind (on every
    // headless start otherwise) never ran on the prepared profile.
    EXPECT_FALSE(fs::exists(first / "user" / "GraphicsRenderTests.log"));
}

TEST(PersistentProfile, MacrosAreDisabledAtTheHighestSecurityLevel) {
    TempDir cache;
    one_run(cache.path());
    office::Office office(persistent_in(cache.path()));
    office.run("read the settings", [&](office::Session& s) {
        const char* scripting = "/org.openoffice.Office.Common/Security/Scripting";
        EXPECT_EQ(setting(s, scripting, "MacroSecurityLevel").get<sal_Int32>(), 3);
        EXPECT_TRUE(setting(s, scripting, "DisableMacrosExecution").get<bool>());
        EXPECT_FALSE(setting(s, "/org.openoffice.Office.Recovery/AutoSave", "Enabled").get<bool>());
        EXPECT_FALSE(
            setting(s, "/org.openoffice.Office.Recovery/RecoveryInfo", "Enabled").get<bool>());
        EXPECT_FALSE(setting(s, "/org.openoffice.Office.Common/Save/Document", "GenerateThumbnail")
                         .get<bool>());
        EXPECT_EQ(
            setting(s, "/org.openoffice.Office.Common/History", "PickListSize").get<sal_Int32>(),
            0);
    });
    EXPECT_TRUE(office.warm_start());
    office.shutdown();
    EXPECT_NE(file_bytes(settings_of(cache.path())).find(kMacroLevel), std::string::npos);
}

TEST(PersistentProfile, ALoweredMacroSecurityLevelIsTakenForDamage) {
    TempDir cache;
    one_run(cache.path());
    const fs::path file = settings_of(cache.path());
    std::string text = file_bytes(file);
    const auto at = text.find(kMacroLevel);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, std::string(kMacroLevel).size(),
                 "<item oor:path=\"/org.openoffice.Office.Common/Security/Scripting\"><prop "
                 "oor:name=\"MacroSecurityLevel\" oor:op=\"fuse\"><value>0</value></prop></item>");
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;

    EXPECT_FALSE(one_run(cache.path())) << "the lowered profile was used as it was";
    EXPECT_NE(file_bytes(file).find(kMacroLevel), std::string::npos);
    EXPECT_TRUE(one_run(cache.path()));
}

TEST(PersistentProfile, ATruncatedSettingsFileIsRebuilt) {
    TempDir cache;
    one_run(cache.path());
    const fs::path file = settings_of(cache.path());
    const std::string text = file_bytes(file);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text.substr(0, text.size() / 2);

    EXPECT_FALSE(one_run(cache.path())) << "the truncated profile was used as it was";
    const std::string rebuilt = file_bytes(file);
    EXPECT_NE(rebuilt.find("</oor:items>"), std::string::npos);
    EXPECT_NE(rebuilt.find(kMacroLevel), std::string::npos);
    EXPECT_TRUE(one_run(cache.path())) << "the rebuilt profile is not reused";
}

TEST(PersistentProfile, AGarbageUserDirectoryIsRebuilt) {
    TempDir cache;
    one_run(cache.path());
    const fs::path user = cache.path() / "office" / "profile" / "user";
    fs::remove_all(user);
    std::ofstream(user) << "garbage";  // a file where soffice's directory was

    EXPECT_FALSE(one_run(cache.path()));
    EXPECT_TRUE(fs::is_directory(user));
    EXPECT_TRUE(one_run(cache.path()));
}

TEST(PersistentProfile, AHeldLockFallsBackToAThrowawayProfile) {
    TempDir cache;
    one_run(cache.path());
    office::Office holder(persistent_in(cache.path()));
    holder.run("hold", touch_office);
    ASSERT_TRUE(holder.persistent_profile());

    // A second run at the same time: never the same profile.
    office::Office second(persistent_in(cache.path()));
    second.run("use", touch_office);
    EXPECT_FALSE(second.persistent_profile());
    EXPECT_FALSE(second.warm_start());
    EXPECT_NE(second.profile_directory(), holder.profile_directory());
    EXPECT_EQ(second.profile_directory().parent_path(), second.work_directory());
    const fs::path throwaway = second.profile_directory();
    EXPECT_TRUE(fs::is_directory(throwaway));
    second.shutdown();
    EXPECT_FALSE(fs::exists(throwaway));
    EXPECT_NO_THROW(holder.run("still there", touch_office));
    holder.shutdown();

    // Held by something else than an Office (another helper process, say).
    const int fd = ::open((cache.path() / "office" / "lock").c_str(), O_RDWR | O_CLOEXEC);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
    {
        office::Office third(persistent_in(cache.path()));
        third.run("use", touch_office);
        EXPECT_FALSE(third.persistent_profile());
    }
    ::close(fd);
    EXPECT_TRUE(one_run(cache.path())) << "the lock was not released";
}

TEST(PersistentProfile, TheLockIsHeldBySofficeItself) {
    TempDir cache;
    office::Office office(persistent_in(cache.path()));
    office.run("use", touch_office);
    ASSERT_TRUE(office.persistent_profile());
    // Every process of soffice's group has the lock open: it outlives a killed helper.
    bool found = false;
    for (const auto& process : fs::directory_iterator("/proc")) {
        const std::string name = process.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        if (::getpgid(std::stoi(name)) != office.process_group()) continue;
        std::error_code ec;
        for (const auto& fd : fs::directory_iterator(process.path() / "fd", ec))
            if (fs::read_symlink(fd.path(), ec) == cache.path() / "office" / "lock") found = true;
    }
    EXPECT_TRUE(found) << "no process of soffice's group holds the profile lock";
}

// soffice.bin processes running on `profile` (their command line names it).
std::vector<pid_t> soffice_on(const fs::path& profile) {
    std::vector<pid_t> pids;
    for (const auto& entry : fs::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        const std::string cmdline = file_bytes(entry.path() / "cmdline");
        if (file_bytes(entry.path() / "comm") == "soffice.bin\n" &&
            cmdline.find(profile.string() + '\0') != std::string::npos)
            pids.push_back(std::stoi(name));
    }
    return pids;
}

TEST(PersistentProfile, ASigkilledHelperLeavesNoSofficeAndTheNextRunTakesTheProfile) {
    namespace bp = boost::process;
    TempDir xdg_cache;  // the probe's $XDG_CACHE_HOME
    const fs::path cache = xdg_cache.path() / "apichecklist";
    one_run(cache);
    const fs::path profile = cache / "office" / "profile";
    bp::ipstream out;
    bp::child probe(APICHECKLIST_TEST_SIGNAL_PROBE, bp::std_out > out,
                    bp::env["XDG_CACHE_HOME"] = xdg_cache.path().string(),
                    bp::env["APICHECKLIST_OFFICE_PROFILE"] = "");
    int group = 0;
    std::string work;
    ASSERT_TRUE(out >> group >> work) << "the probe printed nothing";
    ASSERT_FALSE(soffice_on(profile).empty()) << "the probe's soffice is not on " << profile;
    ::kill(probe.id(), SIGKILL);  // no cleanup by the helper itself
    probe.wait();
    // The wrapper's death (PR_SET_PDEATHSIG) follows the helper's: wait for it, bounded.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    auto wrapper_alive = [group] {
        for (const auto& entry : fs::directory_iterator("/proc")) {
            const std::string name = entry.path().filename().string();
            if (name.find_first_not_of("0123456789") != std::string::npos) continue;
            if (::getpgid(std::stoi(name)) == group &&
                file_bytes(entry.path() / "comm") == "oosplash\n" &&
                !file_bytes(entry.path() / "cmdline").empty())  // a zombie has none
                return true;
        }
        return false;
    };
    while (wrapper_alive() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_FALSE(wrapper_alive()) << "oosplash outlived the helper";
    // soffice.bin, the wrapper's child, goes too: the helper's guard process kills the group.
    while (!soffice_on(profile).empty() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_TRUE(soffice_on(profile).empty()) << "soffice.bin outlived the SIGKILLed helper";
    // Its last threads close the profile lock a moment after the process is gone.
    const int lock = ::open((cache / "office" / "lock").c_str(), O_RDWR | O_CLOEXEC);
    ASSERT_GE(lock, 0);
    bool free = false;
    while (!(free = ::flock(lock, LOCK_EX | LOCK_NB) == 0) &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ::close(lock);
    ASSERT_TRUE(free) << "the profile lock is still held after soffice is gone";

    office::Office next(persistent_in(cache));
    next.run("use", touch_office);
    EXPECT_TRUE(next.persistent_profile()) << "the left soffice kept the profile";
    const auto running = soffice_on(profile);
    ASSERT_EQ(running.size(), 1u);
    EXPECT_EQ(::getpgid(running[0]), next.process_group()) << "another soffice on the profile";
}

TEST(PersistentProfile, ThrowawayWhenAskedFor) {
    TempDir cache;
    office::OfficeOptions options = persistent_in(cache.path());
    options.profile = office::OfficeOptions::Profile::Throwaway;
    office::Office office(options);
    office.run("use", touch_office);
    EXPECT_FALSE(office.persistent_profile());
    EXPECT_EQ(office.profile_directory().parent_path(), office.work_directory());
    EXPECT_FALSE(fs::exists(cache.path() / "office"));
}

TEST(PersistentProfile, ACrashOnThePersistentProfileRestartsOnIt) {
    TempDir cache;
    one_run(cache.path());
    office::Office office(persistent_in(cache.path()));
    office.run("warm up", touch_office);
    int attempts = 0;
    office.run("crashing call", [&](office::Session& s) {
        if (++attempts == 1) ::kill(-office.process_group(), SIGKILL);
        touch_office(s);
    });
    EXPECT_EQ(attempts, 2);
    EXPECT_EQ(office.restarts(), 1);
    EXPECT_TRUE(office.persistent_profile());
    office.shutdown();
    EXPECT_TRUE(one_run(cache.path()));
}

TEST(PersistentProfile, AProfileSofficeHangsOnIsRemoved) {
    TempDir cache;
    one_run(cache.path());
    TempDir dir;
    const auto fake = dir.path() / "silent-soffice";
    std::ofstream(fake) << "#!/bin/sh\nexec sleep 600\n";
    fs::permissions(fake, fs::perms::owner_all);
    office::OfficeOptions options = persistent_in(cache.path());
    options.program = fake;
    options.start_timeout = std::chrono::seconds(2);
    office::Office hanging(options);
    EXPECT_THROW(hanging.run("start", touch_office), office::OfficeError);
    EXPECT_FALSE(fs::exists(cache.path() / "office" / "profile"));
    hanging.shutdown();
    EXPECT_FALSE(one_run(cache.path())) << "rebuilt, so not warm";
    EXPECT_TRUE(one_run(cache.path()));
}

TEST(PersistentProfile, NoCacheDirectoryMeansAThrowawayProfile) {
    office::OfficeOptions options;
    options.profile = office::OfficeOptions::Profile::Persistent;
    options.cache_directory = "/proc/apichecklist-no-such-cache";  // cannot be created
    office::Office office(options);
    office.run("use", touch_office);
    EXPECT_FALSE(office.persistent_profile());
}

}  // namespace
}  // namespace apichecklist::test
