#include <iostream>
#include <memory>

#include "../output/text.hpp"
#include "../output/to_json.hpp"
#include "apichecklist/search/normalize.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

namespace {

// Exact match on folded text first (ＴＬＳ = TLS, ｸﾗｳﾄﾞ = クラウド), then terms containing the
// query.
std::vector<const catalog::GlossaryTerm*> find_terms(const catalog::Checklist& list,
                                                     const std::string& query) {
    const std::u32string wanted = search::fold_chars(query);
    std::vector<const catalog::GlossaryTerm*> exact, partial;
    for (const catalog::GlossaryTerm& term : list.glossary) {
        const std::u32string folded = search::fold_chars(term.term);
        if (folded == wanted)
            exact.push_back(&term);
        else if (!wanted.empty() && folded.find(wanted) != std::u32string::npos)
            partial.push_back(&term);
    }
    return exact.empty() ? partial : exact;
}

}  // namespace

void register_glossary(CLI::App& app, Context& ctx) {
    struct Options {
        std::string term;
        std::string checklist_id;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* command = app.add_subcommand("glossary", tr("用語解説", "glossary"));
    command->add_option("TERM", opt->term,
                        tr("用語（省略時は全用語）", "term (all terms when omitted)"));
    add_checklist_option(*command, opt->checklist_id);
    command->callback([&ctx, opt] {
        const catalog::Checklist& list = ctx.checklist(opt->checklist_id);
        std::vector<const catalog::GlossaryTerm*> terms;
        if (opt->term.empty()) {
            for (const catalog::GlossaryTerm& t : list.glossary) terms.push_back(&t);
        } else {
            terms = find_terms(list, opt->term);
            if (terms.empty())
                throw NotFound(std::string(tr("用語が見つかりません: ", "no such term: ")) +
                               opt->term +
                               tr("（apichecklist search で本文も検索できます）",
                                  " (try apichecklist search)"));
        }
        if (ctx.json) {
            nlohmann::json out = nlohmann::json::array();
            for (const catalog::GlossaryTerm* t : terms) out.push_back(term_json(list, *t));
            print_json(out);
            return;
        }
        for (const catalog::GlossaryTerm* t : terms) print_term(std::cout, *t);
    });
}

}  // namespace apichecklist::cli
