#include <iostream>
#include <memory>

#include "../output/text.hpp"
#include "../output/to_json.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

void register_show(CLI::App& app, Context& ctx) {
    struct Options {
        int number = 0;
        std::string checklist_id;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("show", tr("確認項目を表示する", "show one item"));
    command->add_option("N", opt->number, tr("通番", "item number"))->required();
    add_checklist_option(*command, opt->checklist_id);
    command->callback([&ctx, opt] {
        const catalog::Checklist& list = ctx.checklist(opt->checklist_id);
        const catalog::Item& item = item_or_throw(list, opt->number);
        if (ctx.json)
            print_json(item_json(ctx.catalog(), list, item));
        else
            print_item(std::cout, ctx.catalog(), list, item);
    });
}

}  // namespace apichecklist::cli
