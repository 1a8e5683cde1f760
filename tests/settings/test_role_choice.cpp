// The role a sheet is checked in when nobody said it: read from which items carry answers.

#include <gtest/gtest.h>

#include <set>

#include "apichecklist/settings/role_choice.hpp"
#include "catalog_fixture.hpp"

using namespace apichecklist;
using settings::Role;
using settings::RoleSource;

namespace {

const catalog::Checklist& checklist(const std::string& id) {
    return *test::shipped_catalog().checklist(id);
}

// A sheet of every item of the checklist with 現在の対応状況 filled on the items whose 対象者
// is in `answered` (target ids: api, card, bank, common).
sheet::Workbook answered_on(const std::string& id, const std::set<std::string>& answered) {
    const catalog::Checklist& list = checklist(id);
    sheet::Workbook workbook;
    sheet::Sheet& s = workbook.sheets.emplace_back("チェックリスト");
    for (const catalog::Column& column : list.columns)
        s.set_text(0, column.position - 1, column.label);
    const int status = list.column_by_key("current_status")->position - 1;
    int row = 1;
    for (const catalog::Item& item : list.items) {
        s.set_text(row, 0, std::to_string(item.number));
        s.set_text(row, list.column_by_key("goal")->position - 1, item.goal);
        if (answered.count(item.target)) s.set_text(row, status, "年1回の研修で周知している。");
        ++row;
    }
    return workbook;
}

settings::RoleChoice choice_for(const std::string& id, const std::set<std::string>& answered,
                                std::optional<Role> option = {},
                                const settings::SettingsReadResult& stored = {}) {
    const sheet::Workbook workbook = answered_on(id, answered);
    const auto layout = sheet::detect_layout(workbook, test::shipped_catalog(), {id});
    if (!layout) throw std::runtime_error("no layout in the test sheet");
    return settings::choose_role(option, stored, workbook, *layout, test::shipped_catalog());
}

}  // namespace

TEST(RoleChoice, AConnectorsAnswersMeanTheConnector) {
    const auto choice = choice_for("card-api-1.0", {"api", "common"});
    EXPECT_EQ(choice.role, Role::Api);
    EXPECT_EQ(choice.source, RoleSource::Inferred);
    EXPECT_STREQ(settings::role_source_name(choice.source), "inferred");
}

TEST(RoleChoice, ACardCompanysAnswersMeanTheCardCompany) {
    const auto choice = choice_for("card-api-1.0", {"card", "common"});
    EXPECT_EQ(choice.role, Role::Card);
    EXPECT_EQ(choice.source, RoleSource::Inferred);
}

TEST(RoleChoice, ABanksAnswersInTheTrialVersionMeanTheCardSide) {
    EXPECT_EQ(choice_for("bank-api-trial-2017", {"bank", "common"}).role, Role::Card);
    EXPECT_EQ(choice_for("bank-api-trial-2017", {"api"}).role, Role::Api);
}

TEST(RoleChoice, AnswersOfBothPartiesOrNoneKeepTheDefault) {
    for (const std::set<std::string>& answered :
         {std::set<std::string>{"api", "card", "common"}, std::set<std::string>{"common"},
          std::set<std::string>{}}) {
        const auto choice = choice_for("card-api-1.0", answered);
        EXPECT_EQ(choice.role, Role::Both);
        EXPECT_EQ(choice.source, RoleSource::Default);
    }
}

TEST(RoleChoice, TheUsersOptionAndTheDocumentsRoleComeFirst) {
    EXPECT_EQ(choice_for("card-api-1.0", {"api"}, Role::Card).source, RoleSource::Option);
    EXPECT_EQ(choice_for("card-api-1.0", {"api"}, Role::Card).role, Role::Card);
    settings::SettingsReadResult document{settings::DocumentSettings{}, {}, {}};
    document.settings->role = Role::Both;
    const auto stored = choice_for("card-api-1.0", {"api"}, std::nullopt, document);
    EXPECT_EQ(stored.role, Role::Both);
    EXPECT_EQ(stored.source, RoleSource::Document);
}
