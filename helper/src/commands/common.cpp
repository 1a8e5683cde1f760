#include <iostream>
#include <memory>

#include "commands.hpp"

namespace apichecklist::cli {

void print_json(const nlohmann::json& value) { std::cout << json_text(value) << "\n"; }

const catalog::Item& item_or_throw(const catalog::Checklist& checklist, int number) {
    if (const catalog::Item* item = checklist.item_by_number(number)) return *item;
    throw NotFound(std::string(tr("通番が見つかりません: ", "no such item: ")) +
                   std::to_string(number) + " (" + checklist.id + tr(" の通番は ", " has items ") +
                   std::to_string(checklist.items.front().number) + "–" +
                   std::to_string(checklist.items.back().number) + ")");
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

}  // namespace apichecklist::cli
