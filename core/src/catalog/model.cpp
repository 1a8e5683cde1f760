#include "apichecklist/catalog/model.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace apichecklist::catalog {

namespace {

template <typename T, typename Key>
const T* find_by(const std::vector<T>& values, Key T::*member, const Key& wanted) {
    auto it =
        std::find_if(values.begin(), values.end(), [&](const T& v) { return v.*member == wanted; });
    return it == values.end() ? nullptr : &*it;
}

constexpr std::array<std::pair<Relation, const char*>, 7> kRelationNames{{
    {Relation::Same, "same"},
    {Relation::Reworded, "reworded"},
    {Relation::MergedInto, "merged_into"},
    {Relation::SplitInto, "split_into"},
    {Relation::MovedInto, "moved_into"},
    {Relation::Removed, "removed"},
    {Relation::New, "new"},
}};

}  // namespace

const Item* Checklist::item_by_number(int number) const {
    return find_by(items, &Item::number, number);
}
const Item* Checklist::item_by_id(const std::string& item_id) const {
    return find_by(items, &Item::id, item_id);
}
const Category* Checklist::category_by_id(const std::string& category_id) const {
    return find_by(categories, &Category::id, category_id);
}
const Target* Checklist::target_by_id(const std::string& target_id) const {
    return find_by(targets, &Target::id, target_id);
}
const std::string& Checklist::role_of_target(const std::string& target_id) const {
    static const std::string kBoth = "both";
    const Target* target = target_by_id(target_id);
    return target ? target->role : kBoth;
}
const GlossaryTerm* Checklist::term_by_id(const std::string& term_id) const {
    return find_by(glossary, &GlossaryTerm::id, term_id);
}
std::vector<std::string> Checklist::answer_keys() const {
    std::vector<std::string> keys;
    for (const Column& column : columns)
        if (column.role == ColumnRole::Answer) keys.push_back(column.key);
    return keys;
}

const Column* Checklist::column_by_key(const std::string& key) const {
    return find_by(columns, &Column::key, key);
}

const char* relation_name(Relation relation) {
    for (const auto& [value, name] : kRelationNames)
        if (value == relation) return name;
    return "unknown";
}

std::optional<Relation> relation_from_name(const std::string& name) {
    for (const auto& [value, known] : kRelationNames)
        if (name == known) return value;
    return std::nullopt;
}

}  // namespace apichecklist::catalog
