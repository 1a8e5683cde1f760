// A damaged or hand-edited catalog fails with the file and JSON pointer at fault.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

#include "apichecklist/io/catalog_files.hpp"
#include "apichecklist/util/sha256.hpp"
#include "temp_dir.hpp"
#include "test_paths.hpp"

using namespace apichecklist;
namespace fs = std::filesystem;

namespace {

class DamagedCatalog : public ::testing::Test {
  protected:
    void SetUp() override { fs::copy(test::catalog_dir(), dir(), fs::copy_options::recursive); }

    fs::path dir() const { return temp_.path() / "catalog"; }

    nlohmann::json read(const std::string& name) const {
        return nlohmann::json::parse(util::read_file(dir() / name));
    }

    // Writes a file and, like a careless hand edit followed by a manifest refresh,
    // updates its hash so that only the content check can catch the problem.
    void write(const std::string& name, const std::string& text, bool refresh_hash = true) const {
        std::ofstream(dir() / name, std::ios::binary | std::ios::trunc) << text;
        if (!refresh_hash) return;
        nlohmann::json manifest = read("manifest.json");
        for (auto& entry : manifest["files"])
            if (entry["path"] == name) entry["sha256"] = util::sha256_hex(text);
        std::ofstream(dir() / "manifest.json", std::ios::trunc) << manifest.dump(2);
    }

    catalog::CatalogError load_error() const {
        try {
            io::load_catalog(dir());
        } catch (const catalog::CatalogError& e) {
            return e;
        }
        ADD_FAILURE() << "the damaged catalog loaded without error";
        return catalog::CatalogError("", "", "");
    }

    test::TempDir temp_;
};

const std::string kCard = "checklists/card-api-1.0.json";

}  // namespace

TEST_F(DamagedCatalog, IntactCopyLoads) { EXPECT_NO_THROW(io::load_catalog(dir())); }

TEST_F(DamagedCatalog, ChangedByteFailsTheHashCheck) {
    std::string text = util::read_file(dir() / kCard);
    text[text.size() / 2] = text[text.size() / 2] == 'a' ? 'b' : 'a';
    write(kCard, text, /*refresh_hash=*/false);
    const auto e = load_error();
    EXPECT_EQ(e.file(), kCard);
    EXPECT_NE(std::string(e.what()).find("sha256"), std::string::npos);
}

TEST_F(DamagedCatalog, InvalidJsonNamesTheFile) {
    write(kCard, "{\"kind\": \"checklist\",");
    const auto e = load_error();
    EXPECT_EQ(e.file(), kCard);
    EXPECT_NE(std::string(e.what()).find("not valid JSON"), std::string::npos);
}

TEST_F(DamagedCatalog, UnknownCategoryIdNamesThePointer) {
    nlohmann::json card = read(kCard);
    card["items"][4]["category"] = "card-api-1.0:cat-99";
    write(kCard, card.dump(2));
    const auto e = load_error();
    EXPECT_EQ(e.file(), kCard);
    EXPECT_EQ(e.pointer(), "/items/4/category");
    EXPECT_NE(std::string(e.what()).find("cat-99"), std::string::npos);
}

TEST_F(DamagedCatalog, WrongTypeNamesThePointer) {
    nlohmann::json card = read(kCard);
    card["items"][2]["number"] = "3";
    write(kCard, card.dump(2));
    const auto e = load_error();
    EXPECT_EQ(e.pointer(), "/items/2/number");
    EXPECT_NE(std::string(e.what()).find("expected an integer"), std::string::npos);
}

TEST_F(DamagedCatalog, AnUnknownRoleOfATargetNamesThePointer) {
    nlohmann::json card = read(kCard);
    card["targets"][1]["role"] = "bank";
    write(kCard, card.dump(2));
    const auto e = load_error();
    EXPECT_EQ(e.pointer(), "/targets/1/role");
    EXPECT_NE(std::string(e.what()).find("\"both\""), std::string::npos) << e.what();
}

TEST_F(DamagedCatalog, MissingMemberNamesThePointer) {
    nlohmann::json card = read(kCard);
    card["items"][0].erase("goal");
    write(kCard, card.dump(2));
    const auto e = load_error();
    EXPECT_EQ(e.pointer(), "/items/0/goal");
}

TEST_F(DamagedCatalog, MappingToUnknownItemFails) {
    const std::string name = "mappings/bank-api-trial-2017__card-api-1.0.json";
    nlohmann::json mapping = read(name);
    for (auto& row : mapping["rows"])
        if (!row["to_numbers"].empty()) {
            row["to_numbers"][0] = 77;
            break;
        }
    write(name, mapping.dump(2));
    const auto e = load_error();
    EXPECT_EQ(e.file(), name);
    EXPECT_NE(std::string(e.what()).find("77"), std::string::npos);
}

TEST_F(DamagedCatalog, UnsupportedSchemaVersionSaysSo) {
    nlohmann::json card = read(kCard);
    card["schema_version"] = 9;
    write(kCard, card.dump(2));
    const auto e = load_error();
    EXPECT_EQ(e.pointer(), "/schema_version");
}

TEST_F(DamagedCatalog, MissingFileIsReported) {
    fs::remove(dir() / kCard);
    EXPECT_EQ(load_error().file(), kCard);
}

TEST_F(DamagedCatalog, MissingDirectoryIsReported) {
    fs::remove_all(dir());
    EXPECT_NE(std::string(load_error().what()).find("not found"), std::string::npos);
}

TEST_F(DamagedCatalog, SecondaryLinkToAnUnknownItemNamesThePointer) {
    const std::string file = "mappings/bank-api-trial-2017__card-api-1.0.json";
    nlohmann::json mapping = read(file);
    ASSERT_EQ(mapping["rows"][1]["from_number"], 2);
    mapping["rows"][1]["secondary"][0]["to_number"] = 44;
    mapping["rows"][1]["secondary"][0]["to_id"] = "card-api-1.0:item-44";
    write(file, mapping.dump(2));
    const auto e = load_error();
    EXPECT_EQ(e.file(), file);
    EXPECT_EQ(e.pointer(), "/rows/1/secondary/0/to_number");
}

TEST_F(DamagedCatalog, NearestLinkOnlyOnARemovedRow) {
    const std::string file = "mappings/bank-api-trial-2017__card-api-1.0.json";
    nlohmann::json mapping = read(file);
    mapping["rows"][1]["secondary"][0]["kind"] = "nearest";
    write(file, mapping.dump(2));
    const auto e = load_error();
    EXPECT_EQ(e.pointer(), "/rows/1/secondary/0/kind");
}

TEST_F(DamagedCatalog, TypoErratumNeedsItsIntendedWording) {
    const std::string file = "errata/bank-api-trial-2017.json";
    nlohmann::json errata = read(file);
    bool found = false;
    for (auto& entry : errata["entries"])
        if (entry["topic"] == "typo" && !found) {
            entry.erase("intended");
            found = true;
        }
    ASSERT_TRUE(found);
    write(file, errata.dump(2));
    const auto e = load_error();
    EXPECT_EQ(e.file(), file);
    EXPECT_NE(std::string(e.what()).find("intended"), std::string::npos);
}
