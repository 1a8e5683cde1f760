#include <iostream>

#include "../output/text.hpp"
#include "../output/to_json.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

void register_related(CLI::App& app, Context& ctx) {
    register_item_command(
        app, ctx, "related", tr("関連する項目・規定・用語", "related items, rules and terms"),
        [](Context& c, const catalog::Checklist& list, const catalog::Item& item) {
            const catalog::Related related = catalog::find_related(c.catalog(), list, item);
            if (c.json)
                print_json(related_json(list, item, related));
            else
                print_related(std::cout, list, item, related);
        });
}

}  // namespace apichecklist::cli
