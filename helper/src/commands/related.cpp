#include <iostream>
#include <memory>

#include "../output/text.hpp"
#include "../output/to_json.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

void register_related(CLI::App& app, Context& ctx) {
    struct Options {
        int number = 0;
        std::string checklist_id;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("related", tr("関連する項目・規定・用語", "related items, rules and terms"));
    command->add_option("N", opt->number, tr("通番", "item number"))->required();
    add_checklist_option(*command, opt->checklist_id);
    command->callback([&ctx, opt] {
        const catalog::Checklist& list = ctx.checklist(opt->checklist_id);
        const catalog::Item& item = item_or_throw(list, opt->number);
        const catalog::Related related = catalog::find_related(ctx.catalog(), list, item);
        if (ctx.json)
            print_json(related_json(list, item, related));
        else
            print_related(std::cout, list, item, related);
    });
}

}  // namespace apichecklist::cli
