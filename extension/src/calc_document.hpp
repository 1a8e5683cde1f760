#pragma once
// Calc → the core's sheet model. Reads cell values only; no checklist knowledge here.

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <optional>
#include <string>

#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::extension {

struct CursorPosition {
    int sheet = 0;
    int row = 0;
    int column = 0;
};

// Null for a document that is not a spreadsheet.
std::optional<sheet::Workbook> read_workbook(const css::uno::Reference<css::frame::XModel>& model);

// The top-left cell of the controller's current selection, if it is a cell range.
std::optional<CursorPosition> cursor_of(
    const css::uno::Reference<css::frame::XController>& controller);

// The document's file name (the title of an unsaved one), as the user knows it.
std::string document_title(const css::uno::Reference<css::frame::XModel>& model);

// Opened read-only (from mail, a file server, Calc's read-only mode): nothing may write to it.
bool is_read_only(const css::uno::Reference<css::frame::XModel>& model);

// Moves the cell cursor; returns false when the document has no such cell.
bool select_cell(const css::uno::Reference<css::frame::XController>& controller,
                 CursorPosition where);

}  // namespace apichecklist::extension
