#include <iostream>
#include <memory>

#include "commands.hpp"

#include "apichecklist/settings/document_settings.hpp"

namespace apichecklist::cli {

void print_json(const nlohmann::json& value) { std::cout << json_text(value) << "\n"; }

const catalog::Item& item_or_throw(const catalog::Checklist& checklist, int number) {
    if (const catalog::Item* item = checklist.item_by_number(number)) return *item;
    throw NotFound(std::string(tr("通番が見つかりません: ", "no such item: ")) +
                   std::to_string(number) + " (" + checklist.id + tr(" の通番は ", " has items ") +
                   std::to_string(checklist.items.front().number) + "–" +
                   std::to_string(checklist.items.back().number) + ")");
}

CLI::Validator role_name_check() {
    std::vector<std::string> names;
    for (settings::Role role : settings::kRoles) names.emplace_back(settings::role_name(role));
    return CLI::IsMember(names);
}

CLI::Option* add_checklist_option(CLI::App& command, std::string& target) {
    target = catalog::kDefaultChecklist;
    return command.add_option("--checklist", target, tr("チェックリストの ID", "checklist id"))
        ->capture_default_str();
}

void register_item_command(CLI::App& app, Context& ctx, const char* name, const char* description,
                           ItemAction action) {
    struct Options {
        int number = 0;
        std::string checklist_id;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand(name, description);
    command->add_option("N", opt->number, tr("通番", "item number"))->required();
    add_checklist_option(*command, opt->checklist_id);
    command->callback([&ctx, opt, action] {
        const catalog::Checklist& list = ctx.checklist(opt->checklist_id);
        action(ctx, list, item_or_throw(list, opt->number));
    });
}

std::optional<OversizeMessage> oversized_cell_message(const sheet::Workbook& workbook,
                                                      const std::string& file) {
    const auto cell = sheet::find_oversized_cell(workbook, sheet::kMaxCellCharactersForOffice);
    if (!cell) return std::nullopt;
    const std::string where = cell->sheet + "!" + sheet::to_a1(cell->address);
    const std::string part_ja = cell->part == "comment"   ? "のコメント"
                                : cell->part == "formula" ? "の数式"
                                                          : "";
    const std::string limit = std::to_string(sheet::kMaxCellCharactersForOffice);
    const std::string prefix = file.empty() ? "" : file + ": ";
    return OversizeMessage{
        prefix + "セル " + where + part_ja + " が " + std::to_string(cell->characters) +
            " 文字あり、LibreOffice に渡せる上限 " + limit +
            " 文字 (Excel の 1 セルの上限) を超えています。LibreOffice "
            "は起動していません。セルの内容を短くする (別の文書に移して参照を書く) か、"
            "複数のセルに分けてから再実行してください",
        prefix + "cell " + where + (cell->part == "text" ? "" : " (" + cell->part + ")") +
            " holds " + std::to_string(cell->characters) + " characters, beyond the " + limit +
            " a cell may hold when handed to LibreOffice (Excel's limit per cell); LibreOffice "
            "was not started. Shorten the cell (move the text to another document and refer "
            "to it) or split it over several cells, then run again"};
}

}  // namespace apichecklist::cli
