#pragma once
// A liborcus import factory that fills the core's sheet model directly. orcus's own
// document model and CLI tools lose paragraphs of multi-line cells and inline strings;
// this factory keeps every string exactly as the filter hands it over.

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <orcus/spreadsheet/import_interface.hpp>

#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::io {

// Thrown from inside a filter when the document exceeds the read limits.
class TooLarge : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

class SheetImporter;

class ImportFactory : public orcus::spreadsheet::iface::import_factory {
  public:
    ImportFactory(sheet::Workbook& workbook, int max_rows, int max_columns);
    ~ImportFactory() override;

    orcus::spreadsheet::iface::import_shared_strings* get_shared_strings() override;
    orcus::spreadsheet::iface::import_global_settings* get_global_settings() override;
    orcus::spreadsheet::iface::import_reference_resolver* get_reference_resolver(
        orcus::spreadsheet::formula_ref_context_t context) override;
    orcus::spreadsheet::iface::import_sheet* append_sheet(orcus::spreadsheet::sheet_t index,
                                                          std::string_view name) override;
    orcus::spreadsheet::iface::import_sheet* get_sheet(std::string_view name) override;
    orcus::spreadsheet::iface::import_sheet* get_sheet(orcus::spreadsheet::sheet_t index) override;
    void finalize() override;

    const std::string& shared_string(std::size_t index) const;

  private:
    class SharedStrings;
    class GlobalSettings;
    class ReferenceResolver;

    sheet::Workbook& workbook_;
    int max_rows_;
    int max_columns_;
    std::unique_ptr<SharedStrings> strings_;
    std::unique_ptr<GlobalSettings> settings_;
    std::unique_ptr<ReferenceResolver> resolver_;
    std::vector<std::unique_ptr<SheetImporter>> sheets_;
};

}  // namespace apichecklist::io
