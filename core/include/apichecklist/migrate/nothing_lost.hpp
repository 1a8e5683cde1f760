#pragma once
// The proof that a migration keeps everything: every non-empty cell text and every
// comment of the input must occur in some cell text or comment of the output.

#include <string>
#include <vector>

#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::migrate {

struct LostText {
    std::string sheet;
    std::string cell;  // A1
    bool comment = false;
    std::string text;
};

// Texts are compared after trimming surrounding whitespace and unifying line ends; an
// input text counts as kept when it occurs inside an output text (answers are joined
// with labels). Comments count too: an input comment must occur in an output comment
// or cell text.
std::vector<LostText> find_lost_texts(const sheet::Workbook& input, const sheet::Workbook& output);

}  // namespace apichecklist::migrate
