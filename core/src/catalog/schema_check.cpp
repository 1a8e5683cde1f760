#include "schema_check.hpp"

#include <cmath>
#include <regex>
#include <set>

namespace apichecklist::catalog {

namespace {

// A value as quoted in a message: short, whatever the file holds.
std::string shown(const nlohmann::json& value) {
    std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (text.size() > 60) {
        std::size_t cut = 60;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80) --cut;
        text = text.substr(0, cut) + "…";
    }
    return text;
}

bool has_type(const nlohmann::json& v, const std::string& type) {
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "string") return v.is_string();
    if (type == "boolean") return v.is_boolean();
    if (type == "null") return v.is_null();
    if (type == "number") return v.is_number();
    if (type == "integer")
        return v.is_number_integer() ||
               (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>());
    return false;
}

std::size_t code_points(const std::string& text) {
    std::size_t n = 0;
    for (const char c : text) n += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
    return n;
}

void check(const JsonCursor& schema, const JsonCursor& at);

void check_type(const JsonCursor& rule, const JsonCursor& at) {
    std::vector<std::string> types;
    if (rule.value().is_string())
        types.push_back(rule.as_str());
    else
        for (const JsonCursor& t : rule.elements()) types.push_back(t.as_str());
    for (const std::string& t : types)
        if (has_type(at.value(), t)) return;
    std::string wanted;
    for (const std::string& t : types) wanted += (wanted.empty() ? "" : " or ") + t;
    at.fail("expected " + wanted + ", found " + at.value().type_name());
}

void check_object(const JsonCursor& schema, const JsonCursor& at) {
    const nlohmann::json& object = at.value();
    const nlohmann::json& rules = schema.value();
    if (rules.contains("required"))
        for (const JsonCursor& key : schema.at("required").elements())
            if (!object.contains(key.as_str()))
                at.fail("missing required member \"" + key.as_str() + "\"");
    std::set<std::string> declared;
    if (rules.contains("properties")) {
        const JsonCursor properties = schema.at("properties");
        for (const auto& [key, sub] : properties.value().items()) {
            declared.insert(key);
            if (object.contains(key)) check(properties.at(key.c_str()), at.at(key.c_str()));
        }
    }
    if (!rules.contains("additionalProperties")) return;
    const JsonCursor extra = schema.at("additionalProperties");
    for (const auto& [key, value] : object.items()) {
        if (declared.count(key)) continue;
        if (extra.value().is_boolean() && !extra.value().get<bool>())
            at.fail_at(key.c_str(),
                       "unknown member \"" + key + "\" (the schema allows no other members)");
        check(extra, at.at(key.c_str()));
    }
}

void check_array(const JsonCursor& schema, const JsonCursor& at) {
    const nlohmann::json& rules = schema.value();
    const std::size_t size = at.value().size();
    if (rules.contains("minItems") && size < rules["minItems"].get<std::size_t>())
        at.fail("needs at least " + rules["minItems"].dump() + " elements");
    if (rules.contains("maxItems") && size > rules["maxItems"].get<std::size_t>())
        at.fail("allows at most " + rules["maxItems"].dump() + " elements");
    if (rules.value("uniqueItems", false)) {
        const auto& items = at.value();
        for (std::size_t i = 0; i < size; ++i)
            for (std::size_t j = i + 1; j < size; ++j)
                if (items[i] == items[j])
                    at.fail("elements " + std::to_string(i) + " and " + std::to_string(j) +
                            " are equal; the schema wants them unique");
    }
    if (rules.contains("items"))
        for (const JsonCursor& element : at.elements()) check(schema.at("items"), element);
}

void check(const JsonCursor& schema, const JsonCursor& at) {
    static const std::set<std::string> kAnnotations = {"$schema", "$id", "title", "description"};
    static const std::set<std::string> kKnown = {"type",       "const",      "enum",
                                                 "pattern",    "minLength",  "minimum",
                                                 "required",   "properties", "additionalProperties",
                                                 "items",      "minItems",   "maxItems",
                                                 "uniqueItems"};
    if (schema.value().is_boolean()) {
        if (!schema.value().get<bool>()) at.fail("no value is allowed here");
        return;
    }
    for (const auto& [key, rule] : schema.value().items())
        if (!kAnnotations.count(key) && !kKnown.count(key))
            schema.fail_at(key.c_str(), "schema keyword \"" + key +
                                            "\" is not understood by the helper's checker");
    const nlohmann::json& rules = schema.value();
    const nlohmann::json& value = at.value();
    if (rules.contains("type")) check_type(schema.at("type"), at);
    if (rules.contains("const") && value != rules["const"])
        at.fail("must be " + shown(rules["const"]) + ", found " + shown(value));
    if (rules.contains("enum")) {
        bool listed = false;
        for (const auto& allowed : rules["enum"]) listed = listed || allowed == value;
        if (!listed) at.fail("must be one of " + shown(rules["enum"]) + ", found " + shown(value));
    }
    if (value.is_string()) {
        const std::string& text = value.get_ref<const std::string&>();
        if (rules.contains("pattern") &&
            !std::regex_search(text, std::regex(rules["pattern"].get<std::string>())))
            at.fail(shown(value) + " does not match the pattern " +
                    rules["pattern"].get<std::string>());
        if (rules.contains("minLength") &&
            code_points(text) < rules["minLength"].get<std::size_t>())
            at.fail("needs at least " + rules["minLength"].dump() + " characters");
    }
    if (value.is_number() && rules.contains("minimum") &&
        value.get<double>() < rules["minimum"].get<double>())
        at.fail("must be at least " + rules["minimum"].dump() + ", found " + shown(value));
    if (value.is_object()) check_object(schema, at);
    if (value.is_array()) check_array(schema, at);
}

}  // namespace

void check_against_schema(const JsonCursor& schema, const JsonCursor& value) {
    check(schema, value);
}

}  // namespace apichecklist::catalog
