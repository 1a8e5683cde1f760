#include "add_missing_items.hpp"

#include "apichecklist/office/document_fixes.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include "apichecklist/repair/missing_items.hpp"
#include "apichecklist/settings/document_settings.hpp"
#include "checklist_document.hpp"
#include "messages.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

std::string number_list(const std::vector<int>& numbers) {
    std::string text;
    for (int number : numbers) text += (text.empty() ? "" : ", ") + std::to_string(number);
    return text;
}

std::string summary(const repair::MissingItemsPlan& plan) {
    std::string text;
    if (plan.rows.empty()) {
        text = tr(Msg::NoItemMissing);
    } else {
        std::vector<int> added;
        for (const auto& row : plan.rows) added.push_back(row.number);
        text = tr_with(Msg::ItemsAdded,
                       {{"n", std::to_string(added.size())}, {"numbers", number_list(added)}});
    }
    if (!plan.deliberately_deleted.empty())
        text += "\n" + tr_with(Msg::ItemsDeletedOnPurpose,
                               {{"numbers", number_list(plan.deliberately_deleted)}});
    return text;
}

}  // namespace

void add_missing_items(CommandCall& call) {
    std::optional<ChecklistDocument> doc = read_checklist(call.context(), call.model());
    if (!doc) {
        call.fail(tr(Msg::NoChecklistInDocument));
        return;
    }
    const settings::DocumentSettings settings =
        doc->settings.settings.value_or(settings::DocumentSettings{});
    const repair::MissingItemsPlan plan =
        repair::plan_missing_items(doc->workbook.sheets.at(std::size_t(doc->layout.sheet)),
                                   doc->layout, *doc->checklist, settings.ignores);
    if (plan.rows.empty()) {
        call.succeed(summary(plan));
        return;
    }
    auto document =
        uno::Reference<css::sheet::XSpreadsheetDocument>(call.model(), uno::UNO_QUERY_THROW);
    auto sheets =
        uno::Reference<container::XIndexAccess>(document->getSheets(), uno::UNO_QUERY_THROW);
    auto calc_sheet = uno::Reference<css::sheet::XSpreadsheet>(
        sheets->getByIndex(doc->layout.sheet), uno::UNO_QUERY_THROW);
    // The template protects its official text without a password: lift it for the
    // insertion and put it back. A password is the user's decision, not ours to bypass.
    auto protectable = uno::Reference<util::XProtectable>(calc_sheet, uno::UNO_QUERY_THROW);
    const bool was_protected = protectable->isProtected();
    if (was_protected) {
        try {
            protectable->unprotect("");
        } catch (const lang::IllegalArgumentException&) {
            call.fail(tr(Msg::SheetPasswordProtected));
            return;
        }
    }
    auto undo = uno::Reference<document::XUndoManagerSupplier>(call.model(), uno::UNO_QUERY);
    if (undo.is()) undo->getUndoManager()->enterUndoContext(to_ou(tr(Msg::AddMissingItemsUndo)));
    try {
        office::insert_missing_rows(calc_sheet, plan);
    } catch (...) {
        if (undo.is()) undo->getUndoManager()->leaveUndoContext();
        if (was_protected) protectable->protect("");
        throw;
    }
    if (undo.is()) undo->getUndoManager()->leaveUndoContext();
    if (was_protected) protectable->protect("");
    call.succeed(summary(plan));
}

}  // namespace apichecklist::extension
