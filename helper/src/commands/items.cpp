#include <iostream>
#include <memory>

#include "../output/text.hpp"
#include "../output/to_json.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

void register_items(CLI::App& app, Context& ctx) {
    struct Options {
        std::string checklist_id;
        bool full = false;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("items", tr("確認項目の一覧", "list all items"));
    add_checklist_option(*command, opt->checklist_id);
    command->add_flag(
        "--full", opt->full,
        tr("JSON に説明・手法例・注記も含める", "include explanations, methods and notes in JSON"));
    command->callback([&ctx, opt] {
        const catalog::Checklist& list = ctx.checklist(opt->checklist_id);
        if (ctx.json) {
            nlohmann::json out = nlohmann::json::array();
            for (const catalog::Item& item : list.items)
                out.push_back(opt->full ? item_json(ctx.catalog(), list, item)
                                        : item_summary_json(list, item));
            print_json(out);
            return;
        }
        std::cout << list.title << " (" << list.id << ")\n";
        for (const catalog::Item& item : list.items) print_item_line(std::cout, list, item);
    });
}

}  // namespace apichecklist::cli
