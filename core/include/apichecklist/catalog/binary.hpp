#pragma once
// A loaded (already checked) catalog as bytes and back, for the helper's cache: reading
// these bytes costs a fraction of lexing, hashing and checking the JSON files again.
// Only ever decoded by the same build that encoded them (the cache key says which).

#include <optional>
#include <string>
#include <string_view>

#include "apichecklist/catalog/catalog.hpp"

namespace apichecklist::catalog {

std::string encode_catalog(const Catalog& catalog);

// nullopt for bytes that are not a whole encoding (cut short, damaged, trailing bytes).
std::optional<Catalog> decode_catalog(std::string_view bytes);

}  // namespace apichecklist::catalog
