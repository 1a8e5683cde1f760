#pragma once
// Whether a checklist's official text is the published one: a digest over the fields that
// print the documents' text (title and document data, 区分, 対象者, columns, chapters,
// every item's セキュリティ対応目標, 説明, 手法例, 注記 and 関連規定, the glossary), not over
// ids, cross-references or extraction notes. Two checklists with the same digest show the
// user the same official text; a package whose checklist differs from the built-in one of
// the same id does not carry the published documents' text.

#include <string>

#include "apichecklist/catalog/model.hpp"

namespace apichecklist::catalog {

// sha256 (hex) of the official text fields, in a fixed order with each field length-prefixed.
std::string official_text_digest(const Checklist& checklist);

}  // namespace apichecklist::catalog
