#include <unistd.h>

#include <iostream>
#include <memory>

#include "../output/text.hpp"
#include "../output/to_json.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

void register_search(CLI::App& app, Context& ctx) {
    struct Options {
        std::string query;
        std::string checklist_id;
        std::size_t limit = 10;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* command =
        app.add_subcommand("search", tr("カタログを全文検索する", "full-text search"));
    command
        ->add_option("QUERY", opt->query,
                     tr("検索語（空白区切りで AND）", "query (space-separated words: AND)"))
        ->required();
    command->add_option(
        "--checklist", opt->checklist_id,
        tr("このチェックリストだけを検索する（省略時は全部）", "search only this checklist"));
    command->add_option("--limit", opt->limit, tr("最大件数", "maximum hits"))
        ->capture_default_str();
    command->callback([&ctx, opt] {
        if (!opt->checklist_id.empty()) ctx.checklist(opt->checklist_id);
        const auto index = search::SearchIndex::build(ctx.catalog(), opt->checklist_id);
        const auto hits = index.search(opt->query, opt->limit);
        if (ctx.json) {
            nlohmann::json out = nlohmann::json::array();
            for (const search::SearchHit& hit : hits) out.push_back(hit_json(hit));
            print_json(out);
        } else {
            for (const search::SearchHit& hit : hits)
                print_hit(std::cout, hit, isatty(STDOUT_FILENO));
        }
        if (hits.empty())
            throw NotFound(std::string(tr("見つかりません: ", "nothing found: ")) + opt->query);
    });
}

}  // namespace apichecklist::cli
