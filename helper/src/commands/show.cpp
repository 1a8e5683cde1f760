#include <iostream>

#include "../output/text.hpp"
#include "../output/to_json.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

void register_show(CLI::App& app, Context& ctx) {
    register_item_command(
        app, ctx, "show", tr("確認項目を表示する", "show one item"),
        [](Context& c, const catalog::Checklist& list, const catalog::Item& item) {
            if (c.json)
                print_json(item_json(c.catalog(), list, item));
            else
                print_item(std::cout, c.catalog(), list, item);
        });
}

}  // namespace apichecklist::cli
