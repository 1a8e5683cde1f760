// `apichecklist catalog`: install, verify, tamper, interrupt, downgrade, remove, diff.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

#include "apichecklist/util/sha256.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"
#include "test_paths.hpp"

using namespace apichecklist;
namespace fs = std::filesystem;

namespace {

const std::string kMapping = "mappings/card-api-1.0__card-api-1.1-test.json";

class CatalogPackages : public ::testing::Test {
  protected:
    void SetUp() override { fs::copy(source(), package(), fs::copy_options::recursive); }

    static fs::path source() {
        return test::catalog_dir().parent_path() / "tests/data/catalogs/card-api-1.1-test";
    }
    fs::path package() const { return temp_.path() / "card-api-1.1-test"; }
    fs::path installed() const { return temp_.path() / "data/catalogs/card-api-1.1-test"; }

    test::ProcessResult cli(std::vector<std::string> args,
                            std::vector<std::string> env = {}) const {
        args.insert(args.begin(), test::cli_binary().string());
        env.push_back("APICHECKLIST_CATALOG=" + test::catalog_dir().string());
        env.push_back("APICHECKLIST_DATA_HOME=" + (temp_.path() / "data").string());
        env.push_back("APICHECKLIST_LANG=ja");
        return test::run_process(args, env);
    }

    void install_ok() const {
        const auto r = cli({"catalog", "install", package().string()});
        ASSERT_EQ(r.exit_code, 0) << r.err;
    }

    // The installed package's files and their content: what must survive a failure.
    std::map<std::string, std::string> installed_state() const {
        std::map<std::string, std::string> state;
        if (!fs::exists(installed())) return state;
        for (const auto& e : fs::recursive_directory_iterator(installed()))
            if (e.is_regular_file())
                state[fs::relative(e.path(), installed()).string()] = util::read_file(e.path());
        return state;
    }

    void set_version(const std::string& version) const {
        auto manifest = nlohmann::json::parse(util::read_file(package() / "manifest.json"));
        manifest["catalog_version"] = version;
        std::ofstream(package() / "manifest.json", std::ios::trunc) << manifest.dump(2);
    }

    test::TempDir temp_;
};

}  // namespace

TEST_F(CatalogPackages, InstallFromADirectoryAddsTheChecklist) {
    install_ok();
    EXPECT_TRUE(fs::exists(installed() / "manifest.json"));
    const auto list = cli({"list", "--json"});
    EXPECT_NE(list.out.find("card-api-1.1-test"), std::string::npos);
    const auto verify = cli({"catalog", "verify"});
    EXPECT_EQ(verify.exit_code, 0) << verify.err;
    EXPECT_NE(verify.out.find("OK  card-api-1.1-test"), std::string::npos);
}

TEST_F(CatalogPackages, InstallFromATarGzArchive) {
    const fs::path archive = temp_.path() / "package.tar.gz";
    const auto tar = test::run_process(
        {"/bin/tar", "-czf", archive.string(), "-C", temp_.path().string(), "card-api-1.1-test"});
    ASSERT_EQ(tar.exit_code, 0) << tar.err;
    const auto r = cli({"catalog", "install", archive.string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(installed() / kMapping));
}

TEST_F(CatalogPackages, ChangedByteIsRefused) {
    std::string text = util::read_file(package() / kMapping);
    text[text.size() / 2] ^= 1;
    std::ofstream(package() / kMapping, std::ios::binary | std::ios::trunc) << text;
    const auto r = cli({"catalog", "install", package().string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("sha256"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(installed()));
}

TEST_F(CatalogPackages, MissingFileIsRefused) {
    fs::remove(package() / kMapping);
    const auto r = cli({"catalog", "install", package().string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find(kMapping), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(installed()));
}

TEST_F(CatalogPackages, WrongHashInTheManifestIsRefused) {
    auto manifest = nlohmann::json::parse(util::read_file(package() / "manifest.json"));
    manifest["files"][0]["sha256"] = std::string(64, '0');
    std::ofstream(package() / "manifest.json", std::ios::trunc) << manifest.dump(2);
    EXPECT_EQ(cli({"catalog", "install", package().string()}).exit_code, 2);
    EXPECT_FALSE(fs::exists(installed()));
}

TEST_F(CatalogPackages, UnknownSchemaVersionIsRefused) {
    auto manifest = nlohmann::json::parse(util::read_file(package() / "manifest.json"));
    manifest["schema_version"] = 2;
    std::ofstream(package() / "manifest.json", std::ios::trunc) << manifest.dump(2);
    const auto r = cli({"catalog", "install", package().string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("schema version 2"), std::string::npos) << r.err;
}

TEST_F(CatalogPackages, NotAnArchiveIsRefused) {
    std::ofstream(temp_.path() / "junk.tar.gz") << "this is not an archive";
    const auto r = cli({"catalog", "install", (temp_.path() / "junk.tar.gz").string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("junk.tar.gz"), std::string::npos);
}

TEST_F(CatalogPackages, DowngradeNeedsPermission) {
    install_ok();
    const auto before = installed_state();
    set_version("2020.1.0");
    const auto refused = cli({"catalog", "install", package().string()});
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_NE(refused.err.find("--allow-downgrade"), std::string::npos);
    EXPECT_EQ(installed_state(), before);
    EXPECT_EQ(cli({"catalog", "install", "--allow-downgrade", package().string()}).exit_code, 0);
}

TEST_F(CatalogPackages, KilledInstallLeavesThePreviousStateAtEveryStep) {
    install_ok();
    const auto before = installed_state();
    set_version("2030.1.0");
    for (const char* step : {"unpacked", "verified", "swapped"}) {
        const auto r = cli({"catalog", "install", package().string()},
                           {std::string("APICHECKLIST_FAULT_AT=") + step});
        EXPECT_EQ(r.exit_code, 128 + 9) << step;
        const auto after = installed_state();
        // Killed before the swap: the old package; after it: the complete new one. Never a mixture.
        if (std::string(step) == "swapped") {
            EXPECT_NE(after, before);
            EXPECT_NE(after.at("manifest.json").find("2030.1.0"), std::string::npos);
        } else {
            EXPECT_EQ(after, before) << step;
        }
        EXPECT_EQ(cli({"catalog", "verify"}).exit_code, 0) << step;
    }
}

TEST_F(CatalogPackages, VerifyFindsATamperedInstalledFile) {
    install_ok();
    std::ofstream(installed() / kMapping, std::ios::app) << " ";
    const auto r = cli({"catalog", "verify"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find(kMapping), std::string::npos) << r.err;
}

TEST_F(CatalogPackages, RemoveTakesThePackageAwayButNotTheBuiltIn) {
    install_ok();
    EXPECT_EQ(cli({"catalog", "remove", "card-api-1.1-test"}).exit_code, 0);
    EXPECT_FALSE(fs::exists(installed()));
    EXPECT_EQ(cli({"show", "1", "--checklist", "card-api-1.1-test"}).exit_code, 1);
    const auto builtin = cli({"catalog", "remove", "card-api-1.0"});
    EXPECT_NE(builtin.exit_code, 0);
    EXPECT_NE(builtin.err.find("組み込み"), std::string::npos);
}

TEST_F(CatalogPackages, DiffShowsEachKindOfChange) {
    install_ok();
    const auto r = cli({"catalog", "diff", "card-api-1.0", "card-api-1.1-test"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const char* expected : {"[変更] 5 → 5", "[分割] 20 → 20,44", "[番号変更] 42 → 43",
                                 "[削除] 43 → -", "[追加] - → 42", "{+【テスト用】+}"})
        EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;
    const auto json = nlohmann::json::parse(
        cli({"catalog", "diff", "card-api-1.0", "card-api-1.1-test", "--json"}).out);
    EXPECT_EQ(json[0]["counts"]["unchanged"], 39);
    EXPECT_EQ(json[0]["counts"]["added"], 1);
}

TEST_F(CatalogPackages, DiffWithoutAMappingIsNotFound) {
    EXPECT_EQ(cli({"catalog", "diff", "card-api-1.0", "bank-api-trial-2017"}).exit_code, 1);
}
