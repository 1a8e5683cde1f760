#pragma once
// Each subcommand registers itself on the CLI11 app; its callback may throw
// NotFound or UsageError, which main() turns into exit codes.

#include <CLI/CLI.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "../context.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::cli {

void register_list(CLI::App& app, Context& ctx);
void register_show(CLI::App& app, Context& ctx);
void register_items(CLI::App& app, Context& ctx);
void register_mapping(CLI::App& app, Context& ctx);
void register_glossary(CLI::App& app, Context& ctx);
void register_related(CLI::App& app, Context& ctx);
void register_search(CLI::App& app, Context& ctx);
void register_validate(CLI::App& app, Context& ctx);
void register_catalog(CLI::App& app, Context& ctx);
void register_report(CLI::App& app, Context& ctx);
void register_compare(CLI::App& app, Context& ctx);
// ignore list always; ignore add|remove only with LibreOffice.
void register_ignore(CLI::App& app, Context& ctx);
#ifdef APICHECKLIST_HAVE_OFFICE
void register_template(CLI::App& app, Context& ctx);
void register_migrate(CLI::App& app, Context& ctx);
void register_role(CLI::App& app, Context& ctx);
void register_fix(CLI::App& app, Context& ctx);
void register_fill(CLI::App& app, Context& ctx);
#endif

// JSON text the way every subcommand writes it: 2-space indent, UTF-8 kept; a byte that is
// not UTF-8 (a file name) becomes U+FFFD instead of an exception.
template <typename Json>
std::string json_text(const Json& value) {
    return value.dump(2, ' ', false, Json::error_handler_t::replace);
}
// Prints json_text(value) and a line break.
void print_json(const nlohmann::json& value);
// The item with this 通番, or NotFound naming the checklist.
const catalog::Item& item_or_throw(const catalog::Checklist& checklist, int number);
// Adds the --checklist option with the default checklist.
CLI::Option* add_checklist_option(CLI::App& command, std::string& target);
// Accepts the roles' stored names (api, card, both) for a --role option.
CLI::Validator role_name_check();
// A subcommand taking `N [--checklist ID]` that acts on that one item.
using ItemAction = std::function<void(Context&, const catalog::Checklist&, const catalog::Item&)>;
void register_item_command(CLI::App& app, Context& ctx, const char* name, const char* description,
                           ItemAction action);

// Before a file goes to LibreOffice: a cell beyond sheet::kMaxCellCharactersForOffice gives
// {Japanese, English} messages naming the file (unless `file` is empty: the caller names
// it), the cell and what to do.
struct OversizeMessage {
    std::string ja;
    std::string en;
};
std::optional<OversizeMessage> oversized_cell_message(const sheet::Workbook& workbook,
                                                      const std::string& file);

}  // namespace apichecklist::cli
