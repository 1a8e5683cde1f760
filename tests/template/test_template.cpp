// apichecklist template build: the committed templates/フォーマット.ots is what a fresh
// build from the catalog gives, and the template has the フォーマット's layout.

#include <gtest/gtest.h>

#include "apichecklist/io/catalog_files.hpp"
#include "apichecklist/office/checklist_template.hpp"
#include "apichecklist/util/sha256.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"

namespace apichecklist::test {
namespace {

nlohmann::json summary_of(const std::filesystem::path& file) {
    office::Office soffice;
    nlohmann::json summary;
    soffice.run("summary",
                [&](office::Session& s) { summary = office::template_summary(s, file); });
    return summary;
}

// `format`: ots or xlsx; the file is named by the default name the command gives it.
std::filesystem::path build_into(const TempDir& dir, const std::string& format = "ots") {
    const ProcessResult r =
        run_process({APICHECKLIST_TEST_CLI, "--catalog", APICHECKLIST_TEST_CATALOG, "template",
                     "build", "--format", format, "-o", dir.path().string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return dir.path() / ("フォーマット." + format);
}

TEST(TemplateBuild, FreshBuildHasTheCommittedContent) {
    TempDir dir;
    const auto fresh = build_into(dir);
    const nlohmann::json committed = summary_of(APICHECKLIST_TEST_TEMPLATE);
    const nlohmann::json rebuilt = summary_of(fresh);
    EXPECT_EQ(committed, rebuilt) << "templates/フォーマット.ots is stale; rebuild it with "
                                     "`apichecklist template build`. Differences:\n"
                                  << nlohmann::json::diff(committed, rebuilt).dump(1);
}

TEST(TemplateBuild, FreshXlsxBuildHasTheCommittedContent) {
    TempDir dir;
    const auto fresh = build_into(dir, "xlsx");
    const nlohmann::json committed = summary_of(APICHECKLIST_TEST_TEMPLATE_XLSX);
    const nlohmann::json rebuilt = summary_of(fresh);
    EXPECT_EQ(committed, rebuilt) << "templates/フォーマット.xlsx is stale; rebuild it with "
                                     "`apichecklist template build --format xlsx`. Differences:\n"
                                  << nlohmann::json::diff(committed, rebuilt).dump(1);
}

// What Calc reads back from a template the helper wrote, .ots or .xlsx.
void expect_template_layout(const std::string& format) {
    SCOPED_TRACE(format);
    const catalog::Catalog cat = io::load_catalog(APICHECKLIST_TEST_CATALOG);
    const catalog::Checklist& checklist = *cat.checklist("card-api-1.0");
    TempDir dir;
    const auto file = build_into(dir, format);
    const nlohmann::json summary = summary_of(file);

    ASSERT_EQ(summary["sheets"].size(), 1u);
    const nlohmann::json& sheet = summary["sheets"][0];
    EXPECT_TRUE(sheet["protected"].get<bool>());
    const nlohmann::json& rows = sheet["rows"];
    ASSERT_EQ(rows.size(), office::kTemplateFirstItemRow + checklist.items.size());
    ASSERT_EQ(sheet["last_column"], 9);

    EXPECT_EQ(rows[0][0]["text"], checklist.title);
    EXPECT_EQ(rows[1][0]["text"], "会社名");
    EXPECT_FALSE(rows[1][1]["locked"].get<bool>()) << "会社名 must be editable";
    EXPECT_EQ(rows[2][0]["text"], "記入日");
    EXPECT_FALSE(rows[2][1]["locked"].get<bool>()) << "記入日 must be editable";

    for (int c = 0; c < 10; ++c) {
        const catalog::Column& column = checklist.columns[c];
        EXPECT_EQ(rows[office::kTemplateHeaderRow][c]["text"], column.label);
        EXPECT_TRUE(rows[office::kTemplateHeaderRow][c]["locked"].get<bool>());
        for (std::size_t i = 0; i < checklist.items.size(); ++i) {
            const nlohmann::json& cell = rows[office::kTemplateFirstItemRow + i][c];
            EXPECT_EQ(cell["locked"].get<bool>(), column.role == catalog::ColumnRole::Official)
                << column.key << " row " << i + 1;
            EXPECT_TRUE(cell["wrapped"].get<bool>());
            if (column.role == catalog::ColumnRole::Answer) {
                EXPECT_EQ(cell["text"], "");
            }
        }
    }
    for (std::size_t i = 0; i < checklist.items.size(); ++i) {
        const catalog::Item& item = checklist.items[i];
        const nlohmann::json& row = rows[office::kTemplateFirstItemRow + i];
        EXPECT_EQ(row[0]["text"], std::to_string(item.number));
        EXPECT_EQ(row[1]["text"], checklist.category_by_id(item.category)->name);
        EXPECT_EQ(row[2]["text"], item.goal);
        EXPECT_EQ(row[3]["text"], checklist.target_by_id(item.target)->label);
    }
    EXPECT_EQ(rows[office::kTemplateFirstItemRow + 42][0]["text"], "43");

    EXPECT_TRUE(sheet["page"]["landscape"].get<bool>());
    // Calc keeps page sizes in twips: 1/100 mm comes back off by one.
    EXPECT_NEAR(sheet["page"]["width"].get<int>(), 29700, 5);
    EXPECT_NEAR(sheet["page"]["height"].get<int>(), 21000, 5);
    EXPECT_EQ(sheet["print_title_rows"],
              nlohmann::json::array({office::kTemplateHeaderRow, office::kTemplateHeaderRow}));
    for (const auto& width : sheet["column_widths"]) EXPECT_GE(width.get<int>(), 1000);

    const nlohmann::json& user = summary["properties"]["user_defined"];
    EXPECT_EQ(user[office::kPropertyChecklist], "card-api-1.0");
    EXPECT_EQ(user[office::kPropertyChecklistVersion], "1.0");
    EXPECT_EQ(user[office::kPropertyCatalogVersion], cat.catalog_version);
    EXPECT_EQ(user[office::kPropertyCatalogSha256],
              util::sha256_hex(util::read_file(std::filesystem::path(APICHECKLIST_TEST_CATALOG) /
                                               "manifest.json")));

    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path(), file) << "left behind: " << entry.path();
}

TEST(TemplateBuild, HasTheFormatLayoutProtectionPrintSetupAndProperties) {
    expect_template_layout("ots");
}

TEST(TemplateBuild, XlsxHasTheSameLayoutProtectionPrintSetupAndProperties) {
    expect_template_layout("xlsx");
}

TEST(TemplateBuild, FormatAndExtensionMustAgree) {
    TempDir dir;
    const ProcessResult r =
        run_process({APICHECKLIST_TEST_CLI, "--catalog", APICHECKLIST_TEST_CATALOG, "template",
                     "build", "--format", "xlsx", "-o", (dir.path() / "x.ots").string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("拡張子が形式と合いません"), std::string::npos) << r.err;
}

TEST(TemplateBuild, MissingOutputDirectoryIsAUsageError) {
    TempDir dir;
    const ProcessResult r =
        run_process({APICHECKLIST_TEST_CLI, "--catalog", APICHECKLIST_TEST_CATALOG, "template",
                     "build", "-o", (dir.path() / "none" / "x.ots").string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("出力先のディレクトリがありません"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "none"));
}

}  // namespace
}  // namespace apichecklist::test
