#include <iostream>
#include <memory>

#include "../output/to_json.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

namespace {

std::string numbers_text(const std::vector<int>& numbers) {
    std::string out;
    for (int n : numbers) out += (out.empty() ? "" : ",") + std::to_string(n);
    return out.empty() ? "-" : out;
}

void print_mapping(const catalog::Mapping& mapping) {
    std::cout << mapping.from << " → " << mapping.to << "  (" << tr("対応表 ", "mapping ")
              << mapping.id << " v" << mapping.version << ")\n";
    for (const catalog::MappingRow& row : mapping.rows) {
        std::cout << "  " << (row.from_number ? std::to_string(*row.from_number) : "-") << " → "
                  << numbers_text(row.to_numbers) << "  " << catalog::relation_name(row.relation);
        if (!row.reason.empty()) std::cout << "  " << row.reason;
        std::cout << "\n";
    }
}

}  // namespace

void register_mapping(CLI::App& app, Context& ctx) {
    struct Options {
        std::string from;
        std::string to;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* command =
        app.add_subcommand("mapping", tr("版の間の対応表", "mapping between two versions"));
    command->add_option("--from", opt->from, tr("元のチェックリスト ID", "source checklist id"))
        ->required();
    command->add_option("--to", opt->to, tr("先のチェックリスト ID", "target checklist id"))
        ->required();
    command->callback([&ctx, opt] {
        ctx.checklist(opt->from);
        ctx.checklist(opt->to);
        const catalog::Mapping* mapping = ctx.catalog().mapping(opt->from, opt->to);
        if (!mapping)
            throw NotFound(std::string(tr("対応表がありません: ", "no mapping: ")) + opt->from +
                           " → " + opt->to);
        if (!ctx.json) return print_mapping(*mapping);
        nlohmann::json rows = nlohmann::json::array();
        for (const catalog::MappingRow& row : mapping->rows)
            rows.push_back(mapping_row_json(*mapping, row));
        print_json(rows);
    });
}

}  // namespace apichecklist::cli
