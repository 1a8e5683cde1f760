#include <iostream>

#include "commands.hpp"

namespace apichecklist::cli {

void register_list(CLI::App& app, Context& ctx) {
    CLI::App* command = app.add_subcommand(
        "list", tr("インストールされているチェックリスト", "installed checklists"));
    command->callback([&ctx] {
        const catalog::Catalog& cat = ctx.catalog();
        if (ctx.json) {
            nlohmann::json out = nlohmann::json::array();
            for (const catalog::Checklist& c : cat.checklists)
                out.push_back({{"id", c.id},
                               {"title", c.title},
                               {"version", c.version},
                               {"date", c.document.date},
                               {"publisher", c.document.publisher},
                               {"official", c.official},
                               {"items", c.items.size()},
                               {"default", c.id == catalog::kDefaultChecklist}});
            print_json(out);
            return;
        }
        std::cout << tr("カタログ ", "Catalog ") << cat.catalog_version << " ("
                  << cat.directory.string() << ")\n";
        for (const catalog::Checklist& c : cat.checklists) {
            std::cout << (c.id == catalog::kDefaultChecklist ? "* " : "  ") << c.id << "  "
                      << c.title << "  " << c.document.version_label << " " << c.document.date
                      << "  " << c.items.size() << tr(" 項目", " items")
                      << (c.official ? "" : tr("  (非公式)", "  (unofficial)")) << "\n";
        }
    });
}

}  // namespace apichecklist::cli
