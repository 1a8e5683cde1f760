#pragma once
// What the 項目ガイド panel shows for one item, as display strings.

#include <string>

#include "apichecklist/catalog/catalog.hpp"

namespace apichecklist::extension {

struct GuideView {
    std::string number;
    std::string category;
    std::string target;
    std::string goal;
    std::string body;  // explanation, 手法例, notes, terms and history, in sections
};

GuideView guide_view(const catalog::Catalog& catalog, const catalog::Checklist& checklist,
                     const catalog::Item& item);

}  // namespace apichecklist::extension
