#include "apichecklist/catalog/binary.hpp"

#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>

namespace apichecklist::catalog {

namespace {

// Each type's members, listed once for both directions. The writer passes const objects
// through a const_cast and only reads them.
template <class A>
auto fields(A& a, Target& x) {
    return a(x.id, x.label, x.role);
}
template <class A>
auto fields(A& a, Column& x) {
    return a(x.position, x.key, x.label, x.role, x.description);
}
template <class A>
auto fields(A& a, Chapter& x) {
    return a(x.chapter, x.category, x.name, x.purpose, x.printed_numbers);
}
template <class A>
auto fields(A& a, Category& x) {
    return a(x.id, x.name, x.numbers);
}
template <class A>
auto fields(A& a, Method& x) {
    return a(x.label, x.number, x.text, x.note_refs);
}
template <class A>
auto fields(A& a, MethodGroup& x) {
    return a(x.heading, x.methods);
}
template <class A>
auto fields(A& a, NoteEntry& x) {
    return a(x.label, x.text, x.entries);
}
template <class A>
auto fields(A& a, Note& x) {
    return a(x.label, x.printed_label, x.text, x.entries);
}
template <class A>
auto fields(A& a, RelatedRule& x) {
    return a(x.text, x.document, x.printed_document, x.section, x.title, x.letter, x.codes);
}
template <class A>
auto fields(A& a, Item& x) {
    return a(x.id, x.number, x.category, x.target, x.goal, x.explanation, x.methods_intro,
             x.method_groups, x.notes, x.related_rules, x.glossary_terms, x.reconstructed,
             x.reconstruction_reason);
}
template <class A>
auto fields(A& a, GlossaryTerm& x) {
    return a(x.id, x.term, x.pages, x.pages_label, x.description, x.synonyms, x.items);
}
template <class A>
auto fields(A& a, DocumentInfo& x) {
    return a(x.title, x.version_label, x.date, x.date_label, x.publisher);
}
template <class A>
auto fields(A& a, Checklist& x) {
    return a(x.id, x.title, x.version, x.label, x.official, x.document, x.targets, x.columns,
             x.chapters, x.declared_item_count, x.categories, x.items, x.glossary);
}
template <class A>
auto fields(A& a, ErratumReading& x) {
    return a(x.where, x.first_line, x.last_line, x.text, x.items);
}
template <class A>
auto fields(A& a, Erratum& x) {
    return a(x.id, x.topic, x.item_numbers, x.field, x.summary, x.readings, x.intended,
             x.catalog_uses, x.accept_in_sheets);
}
template <class A>
auto fields(A& a, Errata& x) {
    return a(x.checklist, x.entries);
}
template <class A>
auto fields(A& a, ColumnRoute& x) {
    return a(x.from_key, x.to_keys);
}
template <class A>
auto fields(A& a, SecondaryLink& x) {
    return a(x.kind, x.to_number, x.to_id, x.part, x.reason);
}
template <class A>
auto fields(A& a, AlternativeReading& x) {
    return a(x.relation, x.to_numbers, x.to_ids, x.reason);
}
template <class A>
auto fields(A& a, MappingRow& x) {
    return a(x.from_number, x.from_id, x.relation, x.to_numbers, x.to_ids, x.reason, x.columns,
             x.secondary, x.alternative);
}
template <class A>
auto fields(A& a, Mapping& x) {
    return a(x.id, x.from, x.to, x.version, x.default_columns, x.rows);
}
template <class A>
auto fields(A& a, ReferenceDocument& x) {
    return a(x.id, x.title, x.publisher, x.date, x.url, x.cited_by);
}
template <class A>
auto fields(A& a, PackageInfo& x) {
    return a(x.id, x.version, x.directory, x.builtin, x.checklists, x.mappings);
}
template <class A>
auto fields(A& a, Catalog& x) {
    return a(x.directory, x.catalog_version, x.packages, x.checklists, x.errata, x.mappings,
             x.references);
}

// Every member of every type is listed above: a member added to the model and not to its
// list would silently be dropped from the cache. Counted by aggregate initialisation from
// values that convert to anything.
struct Any {
    template <class T>
    operator T&() const;
};
template <class T, std::size_t... I>
constexpr bool initialises(std::index_sequence<I...>) {
    return requires { T{(void(I), Any{})...}; };
}
template <class T, std::size_t N = 0>
constexpr std::size_t member_count() {
    if constexpr (initialises<T>(std::make_index_sequence<N + 1>{}))
        return member_count<T, N + 1>();
    else
        return N;
}
struct Counter {
    template <class... T>
    std::integral_constant<std::size_t, sizeof...(T)> operator()(T&...);
};
template <class... T>
constexpr bool all_listed() {
    return ((member_count<T>() ==
             decltype(fields(std::declval<Counter&>(), std::declval<T&>()))::value) &&
            ...);
}
static_assert(all_listed<Target, Column, Chapter, Category, Method, MethodGroup, NoteEntry, Note,
                         RelatedRule, Item, GlossaryTerm, DocumentInfo, Checklist, ErratumReading,
                         Erratum, Errata, ColumnRoute, SecondaryLink, AlternativeReading,
                         MappingRow, Mapping, ReferenceDocument, PackageInfo, Catalog>());

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

class Writer {
  public:
    std::string out;

    template <class... T>
    void operator()(const T&... values) {
        (put(values), ...);
    }

  private:
    void count(std::uint64_t n) { out.append(reinterpret_cast<const char*>(&n), sizeof n); }

    template <class T>
    void put(const T& value) {
        if constexpr (std::is_same_v<T, std::string>) {
            count(value.size());
            out += value;
        } else if constexpr (std::is_same_v<T, std::filesystem::path>) {
            put(value.string());
        } else if constexpr (std::is_same_v<T, bool> || std::is_enum_v<T> ||
                             std::is_same_v<T, int>) {
            count(std::uint64_t(std::int64_t(value)));
        } else if constexpr (is_vector<T>::value) {
            count(value.size());
            for (const auto& element : value) put(element);
        } else if constexpr (is_optional<T>::value) {
            put(value.has_value());
            if (value) put(*value);
        } else {
            fields(*this, const_cast<T&>(value));
        }
    }
};

class Reader {
  public:
    explicit Reader(std::string_view bytes) : in_(bytes) {}
    bool good() const { return good_; }
    bool at_end() const { return in_.empty(); }

    template <class... T>
    void operator()(T&... values) {
        (get(values), ...);
    }

  private:
    std::uint64_t count() {
        std::uint64_t n = 0;
        if (in_.size() < sizeof n) {
            good_ = false;
            return 0;
        }
        std::memcpy(&n, in_.data(), sizeof n);
        in_.remove_prefix(sizeof n);
        return n;
    }

    template <class T>
    void get(T& value) {
        if (!good_) return;
        if constexpr (std::is_same_v<T, std::string>) {
            const std::uint64_t n = count();
            if (n > in_.size()) {
                good_ = false;
                return;
            }
            value.assign(in_.data(), n);
            in_.remove_prefix(n);
        } else if constexpr (std::is_same_v<T, std::filesystem::path>) {
            std::string text;
            get(text);
            value = text;
        } else if constexpr (std::is_same_v<T, bool> || std::is_enum_v<T> ||
                             std::is_same_v<T, int>) {
            value = T(std::int64_t(count()));
        } else if constexpr (is_vector<T>::value) {
            const std::uint64_t n = count();
            // Every element takes at least one byte: a larger count is damage.
            if (n > in_.size()) {
                good_ = false;
                return;
            }
            value.resize(n);
            for (auto& element : value) get(element);
        } else if constexpr (is_optional<T>::value) {
            bool present = false;
            get(present);
            if (present) get(value.emplace());
        } else {
            fields(*this, value);
        }
    }

    std::string_view in_;
    bool good_ = true;
};

}  // namespace

std::string encode_catalog(const Catalog& catalog) {
    Writer writer;
    writer(catalog);
    return std::move(writer.out);
}

std::optional<Catalog> decode_catalog(std::string_view bytes) {
    Reader reader(bytes);
    Catalog catalog;
    reader(catalog);
    if (!reader.good() || !reader.at_end()) return std::nullopt;
    return catalog;
}

}  // namespace apichecklist::catalog
