#include "validation_panel.hpp"

#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "apichecklist/compare/plan_date.hpp"
#include "apichecklist/office/document_fixes.hpp"
#include "apichecklist/office/settings_sheet.hpp"
#include "apichecklist/office/summary_sheet.hpp"
#include "apichecklist/repair/fix_plan.hpp"
#include "apichecklist/report/completeness.hpp"
#include "apichecklist/report/labels.hpp"
#include "apichecklist/validate/finding_groups.hpp"
#include "apichecklist/validate/ignore_edits.hpp"

#include "calc_document.hpp"
#include "catalog_access.hpp"
#include "control_listener.hpp"
#include "finding_help.hpp"
#include "item_findings.hpp"
#include "messages.hpp"
#include "panel_layout.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

// A list box with thousands of lines takes long to fill and nobody reads it: show the
// first findings, fix them, and the next ones move up.
constexpr size_t kListedFindings = 200;

const rtl::OUString kRoleLabel = "role_label";
const rtl::OUString kRole = "role";
const rtl::OUString kSummary = "summary";
const rtl::OUString kFindings = "findings";
const rtl::OUString kReason = "ignore_reason";
const rtl::OUString kIgnore = "ignore_button";
const rtl::OUString kIgnoredLabel = "ignored_label";
const rtl::OUString kIgnored = "ignored";
const rtl::OUString kRestore = "restore_button";
const rtl::OUString kFix = "fix_button";
const rtl::OUString kFixAll = "fix_all_button";
const rtl::OUString kSummarySheet = "summary_sheet_button";
const rtl::OUString kReadOnlyNote = "read_only_note";
const rtl::OUString kEditDocument = "edit_button";
const rtl::OUString kSeverityLabel = "severity_label";
const rtl::OUString kSeverity = "severity";
const rtl::OUString kCategories = "categories";
const rtl::OUString kHelp = "help";
const rtl::OUString kReasonLabel = "ignore_reason_label";
const rtl::OUString kNotice = "notice";
const rtl::OUString kNoChecklist = "no_checklist";
const rtl::OUString kNewFromTemplate = "new_from_template_button";
// What a read-only document leaves usable: the findings and the jump; not these.
const rtl::OUString kWriting[] = {kRole, kReason, kIgnore, kRestore, kSummarySheet, kFix, kFixAll};
// What a checklist shows; a document without one shows kNoChecklist instead.
const rtl::OUString kChecklistControls[] = {
    kRoleLabel, kRole,   kSummary,      kSeverityLabel, kSeverity, kCategories,
    kFindings,  kHelp,   kReasonLabel,  kReason,        kIgnore,   kNotice,
    kFix,       kFixAll, kIgnoredLabel, kIgnored,       kRestore,  kSummarySheet};

// The severity filter's entries: every severity, then each one.
constexpr std::optional<validate::Severity> kSeverities[] = {
    std::nullopt, validate::Severity::Error, validate::Severity::Warning, validate::Severity::Info};

constexpr sal_Int32 kListLineHeight = 18;  // a list box line in the sidebar's font
constexpr sal_Int32 kHelpHeight = 96;
constexpr sal_Int32 kIgnoredHeight = 70;
// The sidebar's deck title and each panel's title bar with its separator (our five
// panels): what the deck takes from its height before the panels get theirs.
constexpr sal_Int32 kDeckTitleHeight = 34;
constexpr sal_Int32 kPanelTitleHeight = 28;
constexpr sal_Int32 kDeckPanels = 5;

rtl::OUString severity_icon(const uno::Reference<uno::XComponentContext>& context,
                            validate::Severity severity) {
    const std::filesystem::path path =
        package_directory(context) / "icons" /
        (std::string("severity-") + validate::severity_name(severity) + ".png");
    return file_url(path);
}

// The height the frame leaves for the document and the sidebar beside it (below the
// toolbars, above the status bar); 0 when the frame has no such window.
sal_Int32 document_area_height(const uno::Reference<frame::XFrame>& frame) {
    const uno::Reference<awt::XWindow> area = frame.is() ? frame->getComponentWindow() : nullptr;
    return area.is() ? area->getPosSize().Height : 0;
}

constexpr settings::Role kRoles[] = {settings::Role::Api, settings::Role::Card,
                                     settings::Role::Both};

std::string group_title(const validate::FindingGroup& group) {
    if (group.number) return std::string(tr(Msg::Number)) + " " + std::to_string(*group.number);
    if (!group.item.empty()) return group.item;
    return tr(Msg::WholeSheet);
}

std::string item_key(const validate::Finding& finding) {
    return group_title({finding.number, finding.number ? std::string() : finding.item, {}});
}

uno::Reference<awt::XListBox> list(PanelWindow* window, const rtl::OUString& name) {
    return uno::Reference<awt::XListBox>(window->control(name), uno::UNO_QUERY_THROW);
}

void fill(const uno::Reference<awt::XListBox>& box, const std::vector<std::string>& lines) {
    box->removeItems(0, box->getItemCount());
    uno::Sequence<rtl::OUString> items(static_cast<sal_Int32>(lines.size()));
    for (size_t i = 0; i < lines.size(); ++i) items.getArray()[i] = to_ou(lines[i]);
    box->addItems(items, 0);
}

}  // namespace

void ValidationPanel::build(PanelWindow& window) {
    debouncer_ =
        std::make_unique<Debouncer>(context(), kAfterEditQuietTime, [this] { revalidate(); });
    window.add(kReadOnlyNote, ControlKind::WrappedLabel);
    window.set_text(kReadOnlyNote,
                    english()
                        ? "Read-only document: role, ignores and the summary sheet "
                          "cannot be written into it."
                        : "読み取り専用の文書です: 立場・無視・確認結果シートは書き込めません。");
    auto edit = uno::Reference<awt::XButton>(window.add(kEditDocument, ControlKind::Button),
                                             uno::UNO_QUERY_THROW);
    window.set_text(kEditDocument, tr(Msg::EditDocument));
    edit->addActionListener(new ControlListener(deferred([this] { edit_document(); })));
    window.set_visible(kReadOnlyNote, false);
    window.set_visible(kEditDocument, false);
    window.add(kRoleLabel, ControlKind::BoldLabel);
    window.set_text(kRoleLabel, tr(Msg::AnsweredBy));
    auto role = uno::Reference<awt::XListBox>(window.add(kRole, ControlKind::Dropdown),
                                              uno::UNO_QUERY_THROW);
    std::vector<std::string> roles;
    for (settings::Role each : kRoles) roles.push_back(validate::role_label(each).in(english()));
    fill(role, roles);
    role->addItemListener(new ControlListener(deferred([this] { choose_role(); })));
    window.add(kSummary, ControlKind::BoldLabel);
    window.add(kSeverityLabel, ControlKind::BoldLabel);
    window.set_text(kSeverityLabel, tr(Msg::Severity));
    auto severity = uno::Reference<awt::XListBox>(window.add(kSeverity, ControlKind::Dropdown),
                                                  uno::UNO_QUERY_THROW);
    std::vector<std::string> severities;
    for (const auto& each : kSeverities)
        severities.push_back(each ? validate::severity_label(*each).in(english())
                                  : tr(Msg::SeverityAll));
    fill(severity, severities);
    severity->selectItemPos(0, true);
    severity->addItemListener(new ControlListener(deferred([this] { choose_severity(); })));
    categories_ =
        std::make_unique<WrappedList>(window, kCategories, deferred([this] { choose_category(); }));
    findings_ =
        std::make_unique<WrappedList>(window, kFindings, deferred([this] { select_finding(); }));
    findings_->allow_several();
    window.add(kHelp, ControlKind::ReadOnlyText);
    window.add(kReasonLabel, ControlKind::Label);
    window.set_text(kReasonLabel, tr(Msg::ReasonRequired));
    window.add(kReason, ControlKind::Input);
    auto ignore = uno::Reference<awt::XButton>(window.add(kIgnore, ControlKind::Button),
                                               uno::UNO_QUERY_THROW);
    window.set_text(kIgnore, tr(Msg::Ignore));
    ignore->addActionListener(new ControlListener(deferred([this] { ignore_selected(); })));
    auto fix_one =
        uno::Reference<awt::XButton>(window.add(kFix, ControlKind::Button), uno::UNO_QUERY_THROW);
    window.set_text(kFix, tr(Msg::Fix));
    fix_one->addActionListener(new ControlListener(deferred([this] { this->fix(/*all=*/false); })));
    auto fix_all = uno::Reference<awt::XButton>(window.add(kFixAll, ControlKind::Button),
                                                uno::UNO_QUERY_THROW);
    window.set_text(kFixAll, tr(Msg::FixAll));
    fix_all->addActionListener(new ControlListener(deferred([this] { this->fix(/*all=*/true); })));
    window.add(kNotice, ControlKind::WrappedLabel);
    window.set_visible(kNotice, false);
    window.add(kIgnoredLabel, ControlKind::BoldLabel);
    window.set_text(kIgnoredLabel, validate::kIgnoredFindings.in(english()));
    ignored_ = std::make_unique<WrappedList>(window, kIgnored, [] {});
    auto restore = uno::Reference<awt::XButton>(window.add(kRestore, ControlKind::Button),
                                                uno::UNO_QUERY_THROW);
    window.set_text(kRestore, tr(Msg::Restore));
    restore->addActionListener(new ControlListener(deferred([this] { restore_selected(); })));
    auto summary_sheet = uno::Reference<awt::XButton>(
        window.add(kSummarySheet, ControlKind::Button), uno::UNO_QUERY_THROW);
    window.set_text(kSummarySheet, tr(Msg::WriteSummarySheet));
    summary_sheet->addActionListener(
        new ControlListener(deferred([this] { write_summary_sheet(); })));
    window.add(kNoChecklist, ControlKind::WrappedLabel);
    window.set_text(kNoChecklist, tr(Msg::NotChecklist));
    auto from_template = uno::Reference<awt::XButton>(
        window.add(kNewFromTemplate, ControlKind::Button), uno::UNO_QUERY_THROW);
    window.set_text(kNewFromTemplate, tr(Msg::NewFromTemplate));
    from_template->addActionListener(
        new ControlListener(deferred([this] { new_from_template(); })));
    window.set_visible(kNoChecklist, false);
    window.set_visible(kNewFromTemplate, false);
}

void ValidationPanel::before_dispose() {
    if (debouncer_) debouncer_->cancel();
}

void ValidationPanel::refresh() {
    // The findings depend on the document, not on the cursor: validate once when shown,
    // afterwards only when the document changed.
    if (!validated_once_) revalidate();
    if (follow_read_only()) relayout();
    follow_cursor();
}

bool ValidationPanel::show_checklist_controls(bool checklist) {
    if (checklist == checklist_) return false;
    checklist_ = checklist;
    PanelWindow* window = panel_window();
    for (const rtl::OUString& name : kChecklistControls) window->set_visible(name, checklist);
    window->set_visible(kNotice, checklist && !notice_.empty());
    window->set_visible(kNoChecklist, !checklist);
    window->set_visible(kNewFromTemplate, !checklist);
    follow_read_only();
    return true;
}

void ValidationPanel::new_from_template() {
    auto provider =
        uno::Reference<frame::XDispatchProvider>(controller()->getFrame(), uno::UNO_QUERY_THROW);
    frame::DispatchHelper::create(context())->executeDispatch(
        provider, "org.apichecklist.sidebar:NewFromTemplate", "", 0, {});
}

void ValidationPanel::show_notice(const std::string& text) {
    const bool toggled = text.empty() != notice_.empty();
    notice_ = text;
    PanelWindow* window = panel_window();
    window->set_text(kNotice, text);
    window->set_visible(kNotice, checklist_ && !text.empty());
    if (toggled) relayout();
}

void ValidationPanel::follow_cursor() {
    const DocumentView* doc = report_ ? document() : nullptr;
    const std::optional<CursorPosition> cursor = doc ? cursor_of(controller()) : std::nullopt;
    if (!cursor || cursor->sheet < 0 ||
        static_cast<size_t>(cursor->sheet) >= doc->workbook.sheets.size())
        return;
    const std::string& sheet = doc->workbook.sheets[static_cast<size_t>(cursor->sheet)].name();
    auto on_cell = [&](size_t index) {
        const validate::Finding& f = report_->findings[index];
        return f.cell && f.sheet == sheet && f.cell->row == cursor->row &&
               f.cell->column == cursor->column;
    };
    auto on_row = [&](size_t index) {
        const validate::Finding& f = report_->findings[index];
        return f.cell && f.sheet == sheet && f.cell->row == cursor->row;
    };
    const std::optional<size_t> chosen = selected_finding();
    for (const auto& matches :
         {std::function<bool(size_t)>(on_cell), std::function<bool(size_t)>(on_row)}) {
        // The reviewer's own choice at the cursor stays the one finding chosen.
        if (chosen_by_user_ && chosen && matches(*chosen)) return;
        std::vector<size_t> entries;
        for (size_t entry = 0; entry < finding_entries_.size(); ++entry)
            if (finding_entries_[entry] && matches(*finding_entries_[entry]))
                entries.push_back(entry);
        if (entries.empty()) continue;
        findings_->select_entries(entries);  // all of them highlighted, the first explained
        chosen_by_user_ = false;
        show_help(finding_entries_[entries.front()]);
        return;
    }
    if (chosen) {
        findings_->select(std::nullopt);
        chosen_by_user_ = false;
        show_help(std::nullopt);
    }
}

void ValidationPanel::show_help(std::optional<size_t> index) {
    std::string text;
    if (report_ && index && *index < report_->findings.size()) {
        const catalog::Catalog* catalog = shared_catalog(context());
        const validate::Finding& finding = report_->findings[*index];
        text = std::string(tr(Msg::WhyAndHow)) + "\n" +
               finding_help(finding, catalog ? catalog->checklist(report_->checklist_id) : nullptr);
    }
    panel_window()->set_text(kHelp, text);
}

void ValidationPanel::choose_severity() {
    const sal_Int16 position = list(panel_window(), kSeverity)->getSelectedItemPos();
    if (position < 0 || position >= static_cast<sal_Int16>(std::size(kSeverities))) return;
    if (filter_.severity == kSeverities[position]) return;
    filter_.severity = kSeverities[position];
    show_report();
}

void ValidationPanel::choose_category() {
    const std::optional<size_t> entry = categories_->selected();
    if (!entry || *entry >= category_entries_.size()) return;
    if (filter_.category == category_entries_[*entry]) return;
    filter_.category = category_entries_[*entry];
    show_report();
}

bool ValidationPanel::follow_read_only() {
    const bool read_only = is_read_only(model());
    PanelWindow* window = panel_window();
    for (const rtl::OUString& name : kWriting) window->set_enabled(name, !read_only);
    window->set_visible(kReadOnlyNote, read_only && checklist_);
    window->set_visible(kEditDocument, read_only && checklist_);
    const bool changed = read_only != read_only_;
    read_only_ = read_only;
    return changed;
}

void ValidationPanel::edit_document() {
    auto provider =
        uno::Reference<frame::XDispatchProvider>(controller()->getFrame(), uno::UNO_QUERY_THROW);
    frame::DispatchHelper::create(context())->executeDispatch(provider, ".uno:EditDoc", "", 0, {});
    // Calc may switch the same document to editing (no reload, no event): look again now.
    // Switched with Calc's own button, the panel follows at the next cursor move.
    if (follow_read_only()) relayout();
}

void ValidationPanel::document_changed() {
    if (debouncer_) debouncer_->poke();
}

std::vector<PanelBase::Measurement> ValidationPanel::measurements() const {
    std::vector<Measurement> all = PanelBase::measurements();
    all.push_back({"timing.revalidate_us", revalidate_times_.text()});
    all.push_back({"revalidations", std::to_string(revalidate_times_.count())});
    return all;
}

void ValidationPanel::revalidate() {
    ScopedDuration timed(revalidate_times_);
    validated_once_ = true;
    const catalog::Catalog* catalog = shared_catalog(context());
    const DocumentView* doc = document();
    report_.reset();
    if (catalog && doc && doc->layout) {
        role_choice_ = settings::choose_role(std::nullopt, doc->settings, doc->workbook,
                                             *doc->layout, *catalog);
        report_ = std::make_shared<const validate::Report>(validate::validate(
            doc->workbook, *doc->layout, *catalog, role_choice_.role, doc->settings));
    }
    // No catalog is the catalog's problem (the 項目ガイド says it), not the document's.
    if (show_checklist_controls(report_ != nullptr || !catalog)) {
        relayout();
        request_sidebar_layout();
    }
    publish_report(report_);
    show_report();
    follow_cursor();  // the refilled list selects the cursor's findings again
}

void ValidationPanel::show_report() {
    PanelWindow* window = panel_window();
    finding_entries_.clear();
    category_entries_.clear();
    if (!report_) {
        findings_->show({});
        ignored_->show({});
        categories_->show({});
        window->set_text(kSummary, "");
        show_help(std::nullopt);
        return;
    }
    const validate::Report& report = *report_;
    const size_t role_index = static_cast<size_t>(
        std::find(std::begin(kRoles), std::end(kRoles), report.role) - std::begin(kRoles));
    list(window, kRole)->selectItemPos(static_cast<sal_Int16>(role_index), true);

    std::string summary;
    for (validate::Severity severity :
         {validate::Severity::Error, validate::Severity::Warning, validate::Severity::Info})
        summary += std::string(validate::severity_label(severity).in(english())) + " " +
                   std::to_string(report.count(severity)) + "　";
    summary +=
        std::string(validate::kIgnored.in(english())) + " " + std::to_string(report.ignored.size());
    if (role_choice_.source == settings::RoleSource::Inferred)
        summary +=
            "\n" + tr_with(Msg::RoleInferred,
                           {{"role", validate::role_label(role_choice_.role).in(english())}});
    window->set_text(kSummary, summary);
    std::size_t fixable = 0;
    const catalog::Catalog* catalog = shared_catalog(context());
    if (const DocumentView* doc = document(); catalog && doc && doc->layout) {
        const repair::FixPlan plan =
            repair::plan_fixes(doc->workbook, *doc->layout, *catalog, report,
                               settings::stored_settings(doc->settings).ignores);
        fixable = plan.cells.size() + plan.missing.rows.size();
    }
    window->set_text(kFixAll, tr_count(Msg::FixAllCount, fixable));
    const catalog::Checklist* checklist =
        catalog ? catalog->checklist(report.checklist_id) : nullptr;

    // The counts per 区分 of the chosen severity; choosing one filters the list.
    std::vector<std::string> categories;
    if (checklist) {
        std::vector<validate::CategoryCount> counts =
            validate::count_by_category(report, *checklist, filter_.severity);
        if (filter_.category && std::none_of(counts.begin(), counts.end(), [&](const auto& c) {
                return c.id == *filter_.category;
            })) {
            const catalog::Category* chosen = checklist->category_by_id(*filter_.category);
            counts.push_back({*filter_.category, chosen ? chosen->name : "", 0});
        }
        std::size_t total = 0;
        for (const validate::CategoryCount& each : counts) total += each.count;
        categories.push_back(tr(Msg::CategoryAll) + tr_count(Msg::CountSuffix, total));
        category_entries_.push_back(std::nullopt);
        for (const validate::CategoryCount& each : counts) {
            categories.push_back(
                (each.id.empty() ? std::string(tr(Msg::CategoryNone)) : each.name) +
                tr_count(Msg::CountSuffix, each.count));
            category_entries_.push_back(each.id);
        }
    }
    categories_->show(categories);
    const auto chosen_category =
        std::find(category_entries_.begin(), category_entries_.end(), filter_.category);
    categories_->select(chosen_category == category_entries_.end()
                            ? std::nullopt
                            : std::optional<size_t>(chosen_category - category_entries_.begin()));

    std::vector<std::string> lines;
    std::vector<rtl::OUString> images;
    const validate::GroupedFindings grouped =
        validate::group_findings(report, kListedFindings, [&](const validate::Finding& finding) {
            return !checklist || filter_.keeps(finding, *checklist);
        });
    for (const validate::FindingGroup& group : grouped.groups) {
        lines.push_back("■ " + group_title(group));
        images.emplace_back();
        finding_entries_.push_back(std::nullopt);
        for (size_t index : group.findings) {
            const validate::Finding& finding = report.findings[index];
            lines.push_back("  " + finding_line(report, finding));
            images.push_back(severity_icon(context(), finding.severity));
            finding_entries_.push_back(index);
        }
    }
    if (grouped.hidden > 0) {
        lines.push_back(tr_count(Msg::MoreFindings, grouped.hidden));
        images.emplace_back();
        finding_entries_.push_back(std::nullopt);
    }
    if (lines.empty()) {
        lines.push_back(report.findings.empty() ? tr(Msg::NoFindings)
                                                : tr(Msg::NoFindingsFiltered));
        images.emplace_back();
        finding_entries_.push_back(std::nullopt);
    }
    findings_->show(lines, images);
    show_help(selected_finding());

    std::vector<std::string> ignored;
    for (const validate::IgnoredFinding& entry : report.ignored)
        ignored.push_back(item_key(entry.finding) + "  " +
                          report::finding_cell(report, entry.finding) + "  " +
                          (english() ? entry.finding.message_en : entry.finding.message_ja) +
                          " — " + entry.reason);
    ignored_->show(ignored);
}

std::optional<size_t> ValidationPanel::selected_finding() const {
    const std::optional<size_t> entry = findings_->selected();
    if (!report_ || !entry || *entry >= finding_entries_.size()) return std::nullopt;
    return finding_entries_[*entry];
}

void ValidationPanel::select_finding() {
    chosen_by_user_ = true;
    const std::optional<size_t> index = selected_finding();
    show_help(index);
    if (index) show_notice("");
    if (!index) return;
    const validate::Finding& finding = report_->findings[*index];
    if (!finding.cell) return;
    auto document = uno::Reference<css::sheet::XSpreadsheetDocument>(model(), uno::UNO_QUERY_THROW);
    auto sheets =
        uno::Reference<container::XIndexAccess>(document->getSheets(), uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        auto named = uno::Reference<container::XNamed>(sheets->getByIndex(i), uno::UNO_QUERY_THROW);
        if (to_utf8(named->getName()) != finding.sheet) continue;
        select_cell(controller(),
                    CursorPosition{static_cast<int>(i), finding.cell->row, finding.cell->column});
        return;
    }
}

void ValidationPanel::save(const settings::DocumentSettings& settings) {
    if (read_only_) return;  // the controls are disabled; nothing is written
    office::store_settings(
        uno::Reference<css::sheet::XSpreadsheetDocument>(model(), uno::UNO_QUERY_THROW), settings);
    revalidate();
}

void ValidationPanel::ignore_selected() {
    const std::optional<size_t> index = selected_finding();
    const DocumentView* doc = document();
    if (!index || !doc) return show_notice(tr(Msg::ChooseFinding));
    auto reason_box =
        uno::Reference<awt::XTextComponent>(panel_window()->control(kReason), uno::UNO_QUERY_THROW);
    const std::string reason = to_utf8(reason_box->getText().trim());
    // An ignore without a reason helps no later reviewer: say what is missing.
    if (reason.empty()) return show_notice(tr(Msg::ReasonMissing));
    show_notice("");
    const validate::Finding& finding = report_->findings[*index];
    settings::DocumentSettings settings = settings::stored_settings(doc->settings);
    validate::add_ignore(settings, validate::ignore_for(finding, reason));
    reason_box->setText("");
    findings_->keep_scroll_position();
    save(settings);
}

// The certain fixes (repair/fix_plan.hpp), as one undo step: 修正 those of the chosen
// finding; すべて修正 every one of the chosen finding's kind, or all when none is chosen.
void ValidationPanel::fix(bool all) {
    if (read_only_) return;
    const catalog::Catalog* catalog = shared_catalog(context());
    const DocumentView* doc = document();
    if (!report_ || !catalog || !doc || !doc->layout) return;
    const std::optional<size_t> index = selected_finding();
    if (!all && !index) return show_notice(tr(Msg::ChooseFinding));
    std::set<std::string> kind;
    if (all && index) kind.insert(report_->findings[*index].rule);
    repair::FixPlan plan =
        repair::plan_fixes(doc->workbook, *doc->layout, *catalog, *report_,
                           settings::stored_settings(doc->settings).ignores, kind);
    if (!all) {
        const validate::Finding& chosen = report_->findings[*index];
        std::erase_if(plan.cells, [&](const repair::CellFix& c) {
            return !(chosen.cell && c.sheet == chosen.sheet && c.cell == *chosen.cell &&
                     c.rule == chosen.rule);
        });
        std::erase_if(plan.missing.rows, [&](const repair::MissingItemRow& row) {
            return !(chosen.rule == "item.missing" && chosen.number == row.number);
        });
    }
    if (plan.empty()) return show_notice(tr(Msg::NothingToFix));
    show_notice("");
    findings_->keep_scroll_position();
    auto undo = uno::Reference<css::document::XUndoManagerSupplier>(model(), uno::UNO_QUERY);
    if (undo.is())
        undo->getUndoManager()->enterUndoContext(rtl::OUString::fromUtf8(tr(Msg::FixFindingsUndo)));
    try {
        office::apply_fixes(
            uno::Reference<css::sheet::XSpreadsheetDocument>(model(), uno::UNO_QUERY_THROW), plan);
    } catch (...) {
        if (undo.is()) undo->getUndoManager()->leaveUndoContext();
        throw;
    }
    if (undo.is()) undo->getUndoManager()->leaveUndoContext();
    revalidate();
}

void ValidationPanel::restore_selected() {
    const std::optional<size_t> entry = ignored_->selected();
    const DocumentView* doc = document();
    if (!report_ || !doc) return;
    if (!entry || *entry >= report_->ignored.size()) return show_notice(tr(Msg::ChooseFinding));
    show_notice("");
    const validate::Finding& finding = report_->ignored[*entry].finding;
    settings::DocumentSettings settings = settings::stored_settings(doc->settings);
    validate::restore_finding(settings, finding);
    findings_->keep_scroll_position();
    save(settings);
}

void ValidationPanel::write_summary_sheet() {
    if (read_only_) return;
    revalidate();  // the sheet must show the document as it is now
    const catalog::Catalog* catalog = shared_catalog(context());
    const DocumentView* doc = document();
    if (!report_ || !catalog || !doc || !doc->layout) return;
    const report::Completeness completeness =
        report::summarize(doc->workbook, *doc->layout, *catalog, *report_);
    const office::SummarySheetInput input{&completeness, &*report_, report_->role,
                                          document_title(model()),
                                          compare::to_iso(compare::today())};
    write_report_sheet(
        [&](const auto& spreadsheet) { return office::write_summary_sheet(spreadsheet, input); },
        tr(Msg::SummarySheetNotWritten));
}

void ValidationPanel::choose_role() {
    const sal_Int16 position = list(panel_window(), kRole)->getSelectedItemPos();
    const DocumentView* doc = document();
    if (!report_ || !doc || position < 0 || position >= static_cast<sal_Int16>(std::size(kRoles)))
        return;
    const settings::Role role = kRoles[position];
    if (role == report_->role) return;  // our own selectItemPos in show_report
    settings::DocumentSettings settings = settings::stored_settings(doc->settings);
    settings.role = role;
    save(settings);
}

namespace {

// Everything of the 検証 panel but the findings list, stacked: its height at that width.
struct Stack {
    sal_Int32 read_only = 0;  // the note and its button, when shown
    sal_Int32 categories = 0;
    sal_Int32 notice = 0;
    sal_Int32 fixed() const {
        constexpr sal_Int32 role = kControlRowHeight + 4, summary = 2 * kControlRowHeight - 4,
                            severity = kControlRowHeight + 4, help = kHelpHeight + 4,
                            reason = 18 + kControlRowHeight + 4, fix = kControlRowHeight + 4,
                            ignored = kControlRowHeight + kIgnoredHeight + 6,
                            sheet = kControlRowHeight;
        return 2 * kPanelMargin + read_only + role + summary + severity + categories + 4 + help +
               reason + notice + fix + ignored + sheet;
    }
};

// The findings list shows at least this many lines, however short the deck.
constexpr sal_Int32 kMinimalListHeight = 6 * kListLineHeight;

}  // namespace

void ValidationPanel::layout(sal_Int32 width, sal_Int32 height) {
    PanelWindow* window = panel_window();
    const sal_Int32 inner = std::max<sal_Int32>(width - 2 * kPanelMargin, 100);
    sal_Int32 y = kPanelMargin;
    if (!checklist_) {
        const sal_Int32 sentence = window->wrapped_height(kNoChecklist, inner);
        window->place(kNoChecklist, kPanelMargin, y, inner, sentence);
        y += sentence + 6;
        window->place(kNewFromTemplate, kPanelMargin, y, std::min<sal_Int32>(inner, 200),
                      kControlRowHeight);
        return;
    }
    Stack stack;
    if (read_only_) {
        const sal_Int32 note = window->wrapped_height(kReadOnlyNote, inner);
        window->place(kReadOnlyNote, kPanelMargin, y, inner, note);
        y += note + 2;
        window->place(kEditDocument, kPanelMargin, y, std::min<sal_Int32>(inner, 160),
                      kControlRowHeight);
        y += kControlRowHeight + 6;
        stack.read_only = note + 2 + kControlRowHeight + 6;
    }
    window->place(kRoleLabel, kPanelMargin, y + 3, 100, kControlRowHeight);
    window->place(kRole, kPanelMargin + 100, y, inner - 100, kControlRowHeight);
    y += kControlRowHeight + 4;
    // Two lines: the counts, and how the role was chosen when the answers told it.
    const sal_Int32 summary_height = 2 * kControlRowHeight - 4;
    window->place(kSummary, kPanelMargin, y, inner, summary_height);
    y += summary_height;
    window->place(kSeverityLabel, kPanelMargin, y + 3, 100, kControlRowHeight);
    window->place(kSeverity, kPanelMargin + 100, y, inner - 100, kControlRowHeight);
    y += kControlRowHeight + 4;
    // Every 区分 with findings at once, up to five lines; more scroll.
    const sal_Int32 category_lines =
        std::clamp<sal_Int32>(static_cast<sal_Int32>(category_entries_.size()), 1, 5);
    stack.categories = category_lines * kListLineHeight + 6;
    window->place(kCategories, kPanelMargin, y, inner, stack.categories);
    categories_->fit(inner);
    y += stack.categories + 4;
    if (!notice_.empty()) stack.notice = window->wrapped_height(kNotice, inner) + 2;
    const sal_Int32 findings_height =
        std::max<sal_Int32>(height - stack.fixed() - 4, kMinimalListHeight);
    window->place(kFindings, kPanelMargin, y, inner, findings_height);
    findings_->fit(inner);
    y += findings_height + 4;
    window->place(kHelp, kPanelMargin, y, inner, kHelpHeight);
    y += kHelpHeight + 4;
    window->place(kReasonLabel, kPanelMargin, y, inner, 18);
    y += 18;
    window->place(kReason, kPanelMargin, y, inner - 84, kControlRowHeight);
    window->place(kIgnore, kPanelMargin + inner - 80, y, 80, kControlRowHeight);
    y += kControlRowHeight + 4;
    if (stack.notice > 0) {
        window->place(kNotice, kPanelMargin, y, inner, stack.notice - 2);
        y += stack.notice;
    }
    window->place(kFix, kPanelMargin, y, 80, kControlRowHeight);
    window->place(kFixAll, kPanelMargin + 84, y, std::min<sal_Int32>(inner - 84, 160),
                  kControlRowHeight);
    y += kControlRowHeight + 4;
    window->place(kIgnoredLabel, kPanelMargin, y, inner, kControlRowHeight);
    y += kControlRowHeight;
    window->place(kIgnored, kPanelMargin, y, inner - 84, kIgnoredHeight);
    ignored_->fit(inner - 84);
    window->place(kRestore, kPanelMargin + inner - 80, y, 80, kControlRowHeight);
    y += kIgnoredHeight + 6;
    window->place(kSummarySheet, kPanelMargin, y, std::min<sal_Int32>(inner, 220),
                  kControlRowHeight);
}

ui::LayoutSize ValidationPanel::height_for_width(sal_Int32 width) {
    if (!checklist_) {
        const sal_Int32 inner = std::max<sal_Int32>(width - 2 * kPanelMargin, 100);
        const sal_Int32 height = 2 * kPanelMargin + 6 + kControlRowHeight +
                                 panel_window()->wrapped_height(kNoChecklist, inner);
        return ui::LayoutSize(height, height, height);
    }
    Stack stack;
    stack.read_only = read_only_ ? 2 * kControlRowHeight + 8 : 0;
    stack.categories = 5 * kListLineHeight + 6;
    stack.notice = notice_.empty() ? 0 : 2 * kListLineHeight;
    const sal_Int32 minimum = stack.fixed() + kMinimalListHeight;
    // The deck's height less its title and our panels' title bars: the 検証 panel fills what
    // the deck shows at once (the sidebar gives collapsed panels' share of the rest to
    // nobody, and lets a deck taller than the window scroll).
    const sal_Int32 deck =
        document_area_height(getFrame()) - kDeckTitleHeight - kDeckPanels * kPanelTitleHeight;
    const sal_Int32 preferred = std::max(minimum, deck);
    return ui::LayoutSize(minimum, -1, preferred);
}

}  // namespace apichecklist::extension
