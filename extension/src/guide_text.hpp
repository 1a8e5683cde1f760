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

// A checklist version as printed: 試行版 for the trial, else its label (Ver. 1.0).
std::string version_label(const catalog::Checklist& checklist);

GuideView guide_view(const catalog::Catalog& catalog, const catalog::Checklist& checklist,
                     const catalog::Item& item);

}  // namespace apichecklist::extension
