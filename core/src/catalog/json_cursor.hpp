#pragma once
// A read-only view of one JSON value that knows its file and JSON pointer, so that
// every structural problem can be reported precisely.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace apichecklist::catalog {

class JsonCursor {
  public:
    JsonCursor(const nlohmann::json& value, const std::string& file, std::string pointer = "")
        : value_(&value), file_(&file), pointer_(std::move(pointer)) {}

    const std::string& pointer() const { return pointer_; }
    const std::string& file() const { return *file_; }
    const nlohmann::json& value() const { return *value_; }

    bool has(const char* key) const;
    JsonCursor at(const char* key) const;                  // required member
    std::vector<JsonCursor> elements() const;              // this value must be an array
    std::vector<JsonCursor> array(const char* key) const;  // required array member
    std::vector<JsonCursor> optional_array(const char* key) const;

    std::string str(const char* key) const;
    std::string optional_str(const char* key) const;  // missing or null: ""
    int integer(const char* key) const;
    std::optional<int> optional_integer(const char* key) const;
    bool boolean(const char* key) const;
    std::vector<std::string> strings(const char* key) const;
    std::vector<int> integers(const char* key) const;

    std::string as_str() const;
    int as_int() const;

    [[noreturn]] void fail(const std::string& problem) const;
    [[noreturn]] void fail_at(const char* key, const std::string& problem) const;

  private:
    std::string child_pointer(const std::string& token) const;
    void require_object() const;

    const nlohmann::json* value_;
    const std::string* file_;
    std::string pointer_;
};

}  // namespace apichecklist::catalog
