#pragma once
// Checks a JSON value against a JSON Schema (draft 2020-12) that uses only the keywords the
// catalog's manifest schema uses: type, const, enum, pattern, required, properties,
// additionalProperties, items, minLength, minItems, maxItems, minimum, uniqueItems, and the
// annotations $schema, $id, title, description. A schema with any other keyword is itself
// refused, so a rule added to the schema can never be skipped silently.
//
// Why not a library: Debian 12 has no validator for nlohmann::json (no
// nlohmann-json-schema-validator); libvalijson-dev pulls in 87 packages (Qt 5, Poco,
// MariaDB clients) for its adapters. The Python tests compare this checker with
// python3-jsonschema on the same manifests.

#include <nlohmann/json.hpp>

#include "json_cursor.hpp"

namespace apichecklist::catalog {

// CatalogError at the first value that breaks a rule, with its JSON pointer (or at the
// schema's keyword that is not understood).
void check_against_schema(const JsonCursor& schema, const JsonCursor& value);

}  // namespace apichecklist::catalog
