#include "apichecklist/settings/document_settings.hpp"

#include <nlohmann/json.hpp>

#include "apichecklist/sheet/layout.hpp"

namespace apichecklist::settings {

const char* role_name(Role role) {
    switch (role) {
        case Role::Api:
            return "api";
        case Role::Card:
            return "card";
        case Role::Both:
            return "both";
    }
    return "both";
}

std::optional<Role> role_from_name(std::string_view name) {
    if (name == "api") return Role::Api;
    if (name == "card" || name == "bank") return Role::Card;
    if (name == "both") return Role::Both;
    return std::nullopt;
}

namespace {

void problem(SettingsReadResult& result, std::string en, std::string ja) {
    result.problems.push_back(std::move(en));
    result.problems_ja.push_back(std::move(ja));
}

std::string string_field(const nlohmann::json& object, const char* name) {
    const auto found = object.find(name);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

}  // namespace

SettingsReadResult parse_settings_json(std::string_view text) {
    SettingsReadResult result;
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        problem(result, "the settings are not a JSON object",
                "設定が JSON オブジェクトではありません");
        return result;
    }
    DocumentSettings settings;
    settings.checklist = string_field(json, "checklist");
    if (const std::string role = string_field(json, "role"); !role.empty()) {
        settings.role = role_from_name(role);
        if (!settings.role)
            problem(result, "unknown role '" + role + "' (api, card, both)",
                    "役割「" + role + "」は不明です（api、card、both のいずれか）");
    }
    if (const auto ignores = json.find("ignores"); ignores != json.end()) {
        if (!ignores->is_array()) {
            problem(result, "\"ignores\" is not an array", "\"ignores\" が配列ではありません");
        } else {
            for (std::size_t i = 0; i < ignores->size(); ++i) {
                const nlohmann::json& entry = (*ignores)[i];
                const std::string where = "ignores[" + std::to_string(i) + "]";
                if (!entry.is_object() || string_field(entry, "rule").empty()) {
                    problem(result, where + " has no \"rule\"",
                            where + " に \"rule\" がありません");
                    continue;
                }
                Ignore ignore;
                ignore.rule = string_field(entry, "rule");
                if (const auto number = entry.find("number"); number != entry.end()) {
                    if (number->is_number_integer())
                        ignore.number = number->get<int>();
                    else if (number->is_string())
                        ignore.item = number->get<std::string>();
                }
                ignore.cell = string_field(entry, "cell");
                ignore.reason = string_field(entry, "reason");
                if (ignore.reason.empty())
                    problem(result, where + " has no \"reason\"",
                            where + " に理由（\"reason\"）がありません");
                settings.ignores.push_back(std::move(ignore));
            }
        }
    }
    result.settings = std::move(settings);
    return result;
}

SettingsReadResult read_settings(const sheet::Workbook& workbook) {
    for (const sheet::Sheet& s : workbook.sheets) {
        if (s.name() != sheet::kSettingsSheet) continue;
        const std::string& text = s.text(0, 0);
        if (text.empty()) return {};
        return parse_settings_json(text);
    }
    return {};
}

DocumentSettings stored_settings(const SettingsReadResult& read) {
    return read.settings.value_or(DocumentSettings{});
}

bool settings_unreadable(const SettingsReadResult& read) {
    return !read.settings && !read.problems.empty();
}

sheet::ChecklistHint checklist_hint(const SettingsReadResult& stored, std::string option) {
    return {std::move(option), stored.settings ? stored.settings->checklist : std::string()};
}

std::string settings_to_json(const DocumentSettings& settings) {
    nlohmann::ordered_json json;
    json["schema"] = 1;
    if (!settings.checklist.empty()) json["checklist"] = settings.checklist;
    if (settings.role) json["role"] = role_name(*settings.role);
    json["ignores"] = nlohmann::ordered_json::array();
    for (const Ignore& ignore : settings.ignores) {
        nlohmann::ordered_json entry;
        entry["rule"] = ignore.rule;
        if (ignore.number)
            entry["number"] = *ignore.number;
        else if (!ignore.item.empty())
            entry["number"] = ignore.item;
        if (!ignore.cell.empty()) entry["cell"] = ignore.cell;
        entry["reason"] = ignore.reason;
        json["ignores"].push_back(std::move(entry));
    }
    return json.dump(-1, ' ', false);
}

}  // namespace apichecklist::settings
