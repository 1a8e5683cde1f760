#pragma once
// Last year's sheet, chosen with 「前回の回答と比較」: read with the helper's readers
// (io::read_checklist), kept in memory for the document it was chosen for and never
// written into that document. ReviewCache gives a panel the document compared with it.

#include <com/sun/star/frame/XModel.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "apichecklist/compare/comparison.hpp"
#include "apichecklist/io/read_checklist.hpp"
#include "panel_base.hpp"

namespace apichecklist::extension {

struct PreviousSheet {
    std::filesystem::path path;
    io::ChecklistFile file;
};

// Null when none was chosen for the document.
std::shared_ptr<const PreviousSheet> previous_sheet(
    const css::uno::Reference<css::frame::XModel>& model);
// Why the last choice failed (empty when it worked), until the next choice.
std::string previous_problem(const css::uno::Reference<css::frame::XModel>& model);
// A null sheet forgets the document's previous sheet; either clears the problem.
void set_previous_sheet(const css::uno::Reference<css::frame::XModel>& model,
                        std::shared_ptr<const PreviousSheet> sheet);
// Keeps the sheet chosen before, if any.
void set_previous_problem(const css::uno::Reference<css::frame::XModel>& model,
                          std::string problem);

// The document compared with its previous sheet, recomputed only after the document or
// the choice changed. The comparison is cheap (one pass over both sheets); reading the
// document is the panel's, already debounced or on the selection path.
class ReviewCache {
  public:
    void document_changed() { stale_ = true; }

    // Null without a previous sheet or a checklist in the document, or when the two
    // versions cannot be compared (problem() then says why).
    const compare::Comparison* comparison(const css::uno::Reference<css::frame::XModel>& model,
                                          const DocumentView* document,
                                          const catalog::Catalog& catalog);
    const PreviousSheet* previous() const { return previous_.get(); }
    const std::string& problem() const { return problem_; }

  private:
    std::shared_ptr<const PreviousSheet> previous_;
    std::optional<compare::Comparison> comparison_;
    std::string problem_;
    bool stale_ = true;
};

// The message for a previous sheet whose version cannot lead to the document's.
std::string incomparable_message(const catalog::Catalog& catalog, const std::string& old_id,
                                 const std::string& new_id);
// A checklist version as the user knows it: 試行版, Ver.1.0.
std::string checklist_label(const catalog::Catalog& catalog, const std::string& id);

}  // namespace apichecklist::extension
