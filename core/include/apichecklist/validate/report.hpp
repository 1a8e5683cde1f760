#pragma once
// What validation finds: findings with a stable rule id, a severity, the cell, and a
// message in Japanese (what to do) and English.

#include <optional>
#include <string>
#include <vector>

#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::validate {

enum class Severity { Error, Warning, Info };
const char* severity_name(Severity severity);  // error, warning, info

struct Finding {
    std::string rule;  // stable id, e.g. answer.required
    Severity severity = Severity::Error;
    std::optional<int> number;  // the item's 通番, when the finding concerns one item
    std::string item;    // own-item label (独自1) or the 通番 as written when not a number
    std::string column;  // column key (current_status, goal, …); empty for the whole row or sheet
    std::string sheet;
    std::optional<sheet::CellAddress> cell;
    std::string message_ja;
    std::string message_en;
    std::string expected;  // official.changed: the catalog's text
    std::string actual;    // official.changed: the sheet's text (its first 200 characters)

    std::string cell_a1() const { return cell ? sheet::to_a1(*cell) : std::string(); }
};

struct IgnoredFinding {
    Finding finding;
    std::string reason;
};

struct Report {
    std::string checklist_id;
    settings::Role role = settings::Role::Both;
    std::string sheet;   // the first checked sheet
    int header_row = 0;  // 0-based
    struct CheckedSheet {
        std::string name;
        int header_row = 0;  // 0-based
    };
    std::vector<CheckedSheet> sheets;                 // every checklist sheet validated
    std::vector<sheet::SkippedSheet> skipped_sheets;  // every other sheet, with the reason
    std::vector<sheet::Reading> readings;  // layout read in a way the user may not expect
    std::vector<Finding> findings;
    std::vector<IgnoredFinding> ignored;
    std::vector<settings::Ignore> unused_ignores;  // stored ignores that matched no finding

    int count(Severity severity) const;
    bool has_errors() const { return count(Severity::Error) > 0; }
};

}  // namespace apichecklist::validate
