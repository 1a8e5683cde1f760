#pragma once
// 検証: the core's findings for the document, by item and severity (with its icon), with
// counts per severity and per 区分 that filter the list. Runs again a moment after the
// last edit (debounced, never on the typing path). Choosing a finding selects its cell and
// explains why and how to fix it; the cell cursor on a cell or row with findings selects
// them in the list (focus stays in the sheet). A finding can be ignored with a reason and
// restored; the role is chosen here. Role and ignores are stored in the document for the helper. A
// button writes the 確認結果 summary sheet (replaced, never duplicated; never validated).
// On a read-only document the findings and the jump work; the controls that write into
// the document are disabled, a line says why, and 編集モードにする switches to editing.
// A document that holds no checklist gets one sentence and テンプレートから作成 instead.

#include <memory>
#include <optional>
#include <vector>

#include "apichecklist/settings/role_choice.hpp"
#include "apichecklist/validate/finding_filter.hpp"
#include "apichecklist/validate/validate.hpp"
#include "debouncer.hpp"
#include "duration_log.hpp"
#include "panel_base.hpp"
#include "wrapped_list.hpp"

namespace apichecklist::extension {

class ValidationPanel : public PanelBase {
  public:
    using PanelBase::PanelBase;
    // The menu's 検証を今すぐ実行: validates at once, without waiting for the quiet time.
    void validate_now() { revalidate(); }

    std::vector<Measurement> measurements() const override;

  protected:
    void build(PanelWindow& window) override;
    void refresh() override;
    void document_changed() override;
    void layout(sal_Int32 width, sal_Int32 height) override;
    css::ui::LayoutSize height_for_width(sal_Int32 width) override;
    void before_dispose() override;

  private:
    void revalidate();
    void show_report();
    std::optional<size_t> selected_finding() const;  // index into report_->findings
    void select_finding();
    // Selects the findings of the cell cursor's cell (else its row) in the list.
    void follow_cursor();
    void show_help(std::optional<size_t> finding);
    void show_notice(const std::string& text);  // an answer to an action; empty clears it
    void choose_severity();
    void choose_category();
    // Shows the controls of a checklist, or the sentence and テンプレートから作成 for a
    // document that holds none; true when that changed.
    bool show_checklist_controls(bool checklist);
    void new_from_template();
    void ignore_selected();
    void restore_selected();
    void fix(bool all);
    void choose_role();
    // 確認結果シートを作成: writes (replaces) the 確認結果 sheet with the shared writer.
    void write_summary_sheet();
    void save(const settings::DocumentSettings& settings);
    // Enables or disables the writing controls for the document's read-only state; true
    // when the state changed (the note and its button then need a relayout).
    bool follow_read_only();
    void edit_document();  // .uno:EditDoc, as Calc's own 編集モード button

    std::unique_ptr<Debouncer> debouncer_;
    SharedReport report_;               // null: not validated, or no checklist
    settings::RoleChoice role_choice_;  // the role report_ was made in, and where it came from
    std::unique_ptr<WrappedList> findings_;
    std::unique_ptr<WrappedList> ignored_;
    std::unique_ptr<WrappedList> categories_;
    validate::FindingFilter filter_;
    std::vector<std::optional<std::string>> category_entries_;  // none: every 区分
    std::string notice_;
    bool checklist_ = true;
    std::vector<std::optional<size_t>>
        finding_entries_;  // list entry → index into report_->findings
    bool validated_once_ = false;
    bool chosen_by_user_ = false;  // the list's selection is a click, not the cursor's findings
    bool read_only_ = false;
    DurationLog revalidate_times_;
};

}  // namespace apichecklist::extension
