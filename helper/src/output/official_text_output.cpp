#include "official_text_output.hpp"

#include "../context.hpp"
#include "apichecklist/catalog/official_text.hpp"

namespace apichecklist::cli {

std::vector<OfficialTextCheck> check_official_text(const catalog::Catalog& catalog,
                                                   const catalog::PackageInfo& package,
                                                   const catalog::Catalog& builtin) {
    std::vector<OfficialTextCheck> out;
    for (const std::string& id : package.checklists) {
        const catalog::Checklist* list = catalog.checklist(id);
        if (!list) continue;
        OfficialTextCheck check{id,
                                list->official,
                                OfficialText::NotInBuiltin,
                                catalog::official_text_digest(*list),
                                {}};
        if (const catalog::Checklist* published = builtin.checklist(id)) {
            check.builtin_digest = catalog::official_text_digest(*published);
            check.status = check.digest == check.builtin_digest ? OfficialText::SameAsBuiltin
                                                                : OfficialText::DiffersFromBuiltin;
        }
        out.push_back(std::move(check));
    }
    return out;
}

std::string official_text_label(const OfficialTextCheck& check) {
    switch (check.status) {
        case OfficialText::SameAsBuiltin:
            return tr("公式テキスト: 組み込み (公表文書) と同一",
                      "official text: same as built-in (published)");
        case OfficialText::DiffersFromBuiltin:
            return tr("!! 公式テキストが組み込み (公表文書) と異なります !!",
                      "!! official text DIFFERS from the built-in (published) text !!");
        case OfficialText::NotInBuiltin:
            break;
    }
    return tr("公式テキスト: 組み込みに同じ ID がなく照合できません",
              "official text: no built-in checklist of this id to compare with");
}

void warn_official_text(std::ostream& err, const std::vector<OfficialTextCheck>& checks) {
    for (const OfficialTextCheck& c : checks) {
        if (c.status == OfficialText::DiffersFromBuiltin)
            err << tr("警告: ", "WARNING: ") << c.checklist
                << tr(" の公式テキスト (セキュリティ対応目標・説明・手法例・注記など) "
                      "が、組み込みの公表文書の"
                      "テキストと異なります。公表された文言ではありません。出所を確かめてください "
                      "(",
                      ": its official text (goals, explanations, method examples, notes …) differs "
                      "from the built-in published text; it is not the published wording, check "
                      "where the package comes from (")
                << c.digest.substr(0, 12) << tr(" ≠ 組み込み ", " ≠ built-in ")
                << c.builtin_digest.substr(0, 12) << ")\n";
        else if (c.status == OfficialText::NotInBuiltin && c.official)
            err << tr("警告: ", "WARNING: ") << c.checklist
                << tr(" は公式と称していますが、組み込みに同じ ID "
                      "のチェックリストがないため公表文書と"
                      "照合できません",
                      " claims to be official, but no built-in checklist of that id exists to "
                      "compare its text with")
                << "\n";
    }
}

nlohmann::json official_text_json(const std::vector<OfficialTextCheck>& checks) {
    nlohmann::json out = nlohmann::json::object();
    for (const OfficialTextCheck& c : checks) {
        const char* status = c.status == OfficialText::SameAsBuiltin        ? "same_as_builtin"
                             : c.status == OfficialText::DiffersFromBuiltin ? "differs_from_builtin"
                                                                            : "not_in_builtin";
        out[c.checklist] = {
            {"status", status},
            {"official", c.official},
            {"digest", c.digest},
            {"builtin_digest",
             c.builtin_digest.empty() ? nlohmann::json() : nlohmann::json(c.builtin_digest)}};
    }
    return out;
}

}  // namespace apichecklist::cli
