#include "json_cursor.hpp"

#include "apichecklist/catalog/loader.hpp"

namespace apichecklist::catalog {

namespace {

// RFC 6901: '~' and '/' inside a token are escaped.
std::string escape_token(const std::string& token) {
    std::string out;
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

const char* type_name(const nlohmann::json& v) { return v.type_name(); }

}  // namespace

std::string JsonCursor::child_pointer(const std::string& token) const {
    return pointer_ + "/" + escape_token(token);
}

void JsonCursor::require_object() const {
    if (!value_->is_object()) fail(std::string("expected an object, found ") + type_name(*value_));
}

void JsonCursor::fail(const std::string& problem) const {
    throw CatalogError(*file_, pointer_.empty() ? "/" : pointer_, problem);
}

void JsonCursor::fail_at(const char* key, const std::string& problem) const {
    throw CatalogError(*file_, child_pointer(key), problem);
}

bool JsonCursor::has(const char* key) const {
    return value_->is_object() && value_->contains(key) && !(*value_)[key].is_null();
}

JsonCursor JsonCursor::at(const char* key) const {
    require_object();
    auto it = value_->find(key);
    if (it == value_->end()) fail_at(key, "required member is missing");
    return JsonCursor(*it, *file_, child_pointer(key));
}

std::vector<JsonCursor> JsonCursor::elements() const {
    if (!value_->is_array()) fail(std::string("expected an array, found ") + type_name(*value_));
    std::vector<JsonCursor> out;
    out.reserve(value_->size());
    for (std::size_t i = 0; i < value_->size(); ++i)
        out.emplace_back((*value_)[i], *file_, child_pointer(std::to_string(i)));
    return out;
}

std::vector<JsonCursor> JsonCursor::array(const char* key) const { return at(key).elements(); }

std::vector<JsonCursor> JsonCursor::optional_array(const char* key) const {
    if (!has(key)) return {};
    return array(key);
}

std::string JsonCursor::as_str() const {
    if (!value_->is_string()) fail(std::string("expected a string, found ") + type_name(*value_));
    return value_->get<std::string>();
}

int JsonCursor::as_int() const {
    if (!value_->is_number_integer())
        fail(std::string("expected an integer, found ") + type_name(*value_));
    return value_->get<int>();
}

std::string JsonCursor::str(const char* key) const { return at(key).as_str(); }

std::string JsonCursor::optional_str(const char* key) const {
    if (!has(key)) return {};
    return str(key);
}

int JsonCursor::integer(const char* key) const { return at(key).as_int(); }

std::optional<int> JsonCursor::optional_integer(const char* key) const {
    if (!has(key)) return std::nullopt;
    return integer(key);
}

bool JsonCursor::boolean(const char* key) const {
    JsonCursor member = at(key);
    if (!member.value().is_boolean())
        member.fail(std::string("expected true or false, found ") + type_name(member.value()));
    return member.value().get<bool>();
}

std::vector<std::string> JsonCursor::strings(const char* key) const {
    std::vector<std::string> out;
    for (const JsonCursor& element : optional_array(key)) out.push_back(element.as_str());
    return out;
}

std::vector<int> JsonCursor::integers(const char* key) const {
    std::vector<int> out;
    for (const JsonCursor& element : optional_array(key)) out.push_back(element.as_int());
    return out;
}

}  // namespace apichecklist::catalog
