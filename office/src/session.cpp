#include <unistd.h>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include "apichecklist/io/output_file.hpp"
#include "apichecklist/office/office.hpp"
#include "apichecklist/office/scratch_directory.hpp"

namespace apichecklist::office {

namespace {

css::beans::PropertyValue property(const char* name, const css::uno::Any& value) {
    css::beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

css::uno::Reference<css::lang::XComponent> load_url(
    const css::uno::Reference<css::frame::XDesktop2>& desktop, const rtl::OUString& url,
    bool read_only, bool hidden) {
    css::uno::Sequence<css::beans::PropertyValue> args(read_only ? 5 : 3);
    css::beans::PropertyValue* a = args.getArray();
    a[0] = property("Hidden", css::uno::Any(hidden));
    a[1] =
        property("MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE));
    a[2] = property("UpdateDocMode", css::uno::Any(css::document::UpdateDocMode::NO_UPDATE));
    if (read_only) {
        a[3] = property("ReadOnly", css::uno::Any(true));
        // Read a template (.ots) itself rather than a new document made from it.
        a[4] = property("AsTemplate", css::uno::Any(false));
    }
    css::uno::Reference<css::frame::XComponentLoader> loader(desktop, css::uno::UNO_QUERY_THROW);
    return loader->loadComponentFromURL(url, "_blank", 0, args);
}

}  // namespace

css::uno::Reference<css::lang::XComponent> Session::load(const std::filesystem::path& file,
                                                         bool editable,
                                                         const std::filesystem::path& shown_as,
                                                         bool with_view) const {
    const std::string name = (shown_as.empty() ? file : shown_as).string();
    if (!std::filesystem::is_regular_file(file))
        throw OfficeError(OfficeError::Kind::DocumentNotLoaded, name + ": ファイルがありません");
    css::uno::Reference<css::lang::XComponent> document;
    std::string detail;
    try {
        document = load_url(desktop, file_url(file), !editable, !with_view);
    } catch (const css::lang::IllegalArgumentException& e) {
        detail = to_utf8(e.Message);
    } catch (const css::io::IOException& e) {
        detail = to_utf8(e.Message);
    }
    if (document.is()) return document;
    // soffice gives no reason; the lock file is the one cause we can see from here.
    const std::filesystem::path lock =
        file.parent_path() / (".~lock." + file.filename().string() + "#");
    if (std::filesystem::exists(lock))
        throw OfficeError(
            OfficeError::Kind::DocumentNotLoaded,
            name + ": 開けません。ほかで開かれています (ロックファイル " +
                lock.filename().string() +
                " があります)。閉じてから、またはロックファイルを消してから再実行してください");
    throw OfficeError(OfficeError::Kind::DocumentNotLoaded,
                      name + ": 開けません。ファイルが壊れているか、表計算の形式ではありません" +
                          (detail.empty() ? std::string() : " (" + detail + ")"));
}

css::uno::Reference<css::lang::XComponent> Session::new_spreadsheet() const {
    css::uno::Sequence<css::beans::PropertyValue> args(1);
    args.getArray()[0] = property("Hidden", css::uno::Any(true));
    css::uno::Reference<css::frame::XComponentLoader> loader(desktop, css::uno::UNO_QUERY_THROW);
    auto document = loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, args);
    if (!document.is())
        throw OfficeError(OfficeError::Kind::Failed, "新しい表計算ドキュメントを作れません");
    return document;
}

DocumentCloser::~DocumentCloser() {
    if (!document_.is()) return;
    try {
        css::uno::Reference<css::util::XCloseable> closeable(document_, css::uno::UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
        else
            document_->dispose();
    } catch (...) {
        // Abandoned document: nothing more to do (a dead bridge lands here too).
    }
}

void store_atomically(const css::uno::Reference<css::lang::XComponent>& document,
                      const std::filesystem::path& target, const std::string& filter_name,
                      const css::uno::Sequence<css::beans::PropertyValue>& filter_data) {
    // soffice puts a lock file and a temp file of its own beside what it stores: a hidden
    // directory beside the target takes them all, and is removed on failure and on Ctrl-C.
    const ScratchDirectory staging(staging_path_beside(target));
    const std::filesystem::path temp = staging.path() / target.filename();
    css::uno::Sequence<css::beans::PropertyValue> args(filter_data.hasElements() ? 3 : 2);
    css::beans::PropertyValue* a = args.getArray();
    a[0] = property("FilterName", css::uno::Any(to_ou(filter_name)));
    a[1] = property("Overwrite", css::uno::Any(true));
    if (filter_data.hasElements()) a[2] = property("FilterData", css::uno::Any(filter_data));
    css::uno::Reference<css::frame::XStorable> storable(document, css::uno::UNO_QUERY_THROW);
    storable->storeToURL(file_url(temp), args);
    io::move_into_place(temp, target);
}

void store_without_preview(const css::uno::Reference<css::lang::XComponent>& document,
                           const std::filesystem::path& output, const std::string& filter_name) {
    css::uno::Sequence<css::beans::PropertyValue> args(3);
    css::beans::PropertyValue* a = args.getArray();
    a[0] = property("FilterName", css::uno::Any(to_ou(filter_name)));
    a[1] = property("Overwrite", css::uno::Any(true));
    // No preview image: rendering the first page for it cost ~80 ms a sheet, a third of
    // the store, and file managers show the file without it.
    a[2] = property("NoThumbnail", css::uno::Any(true));
    css::uno::Reference<css::frame::XStorable>(document, css::uno::UNO_QUERY_THROW)
        ->storeToURL(file_url(output), args);
}

}  // namespace apichecklist::office
