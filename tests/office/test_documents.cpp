// Loading documents through the supervised soffice: hidden, read-only, macros off,
// and a clear error where soffice gives no document.

#include <gtest/gtest.h>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>

#include "office_test_support.hpp"
#include "temp_dir.hpp"

namespace apichecklist::test {
namespace {

using office::OfficeError;

class OfficeDocuments : public ::testing::Test {
  protected:
    static void SetUpTestSuite() { office_ = new office::Office(); }
    static void TearDownTestSuite() {
        delete office_;  // stops soffice and removes its profile
        office_ = nullptr;
    }

    // A small .ods written by soffice itself.
    std::filesystem::path make_sheet(const std::string& name, const std::string& a1) {
        const auto path = dir_.path() / name;
        office_->run("make sheet", [&](office::Session& s) {
            auto document = s.new_spreadsheet();
            office::DocumentCloser closer(document);
            set_cell_text(first_sheet(document), 0, 0, a1);
            office::store_atomically(document, path, "calc8");
        });
        return path;
    }

    OfficeError::Kind load_error(const std::filesystem::path& path, bool editable,
                                 std::string& message) {
        try {
            office_->run("load", [&](office::Session& s) {
                office::DocumentCloser closer(s.load(path, editable));
            });
        } catch (const OfficeError& e) {
            message = e.what();
            return e.kind();
        }
        ADD_FAILURE() << path << " loaded although it should not";
        return OfficeError::Kind::Failed;
    }

    static office::Office* office_;
    TempDir dir_;
};

office::Office* OfficeDocuments::office_ = nullptr;

TEST_F(OfficeDocuments, ReadsADocumentReadOnlyWithoutChangingIt) {
    const auto path = make_sheet("回答.ods", "現在の対応状況");
    const std::string before = file_bytes(path);
    std::string a1;
    bool read_only = false;
    sal_Int16 macro_mode = -1;
    office_->run("read", [&](office::Session& s) {
        auto document = s.load(path);
        office::DocumentCloser closer(document);
        a1 = cell_text(first_sheet(document), 0, 0);
        read_only =
            uno::Reference<css::frame::XStorable>(document, uno::UNO_QUERY_THROW)->isReadonly();
        uno::Reference<css::frame::XModel> model(document, uno::UNO_QUERY_THROW);
        const auto args = model->getArgs();
        for (const css::beans::PropertyValue& arg : args)
            if (arg.Name == "MacroExecutionMode") arg.Value >>= macro_mode;
    });
    EXPECT_EQ(a1, "現在の対応状況");
    EXPECT_TRUE(read_only);
    EXPECT_EQ(macro_mode, css::document::MacroExecMode::NEVER_EXECUTE);
    EXPECT_EQ(file_bytes(path), before);
    EXPECT_FALSE(std::filesystem::exists(dir_.path() / ".~lock.回答.ods#"));
}

TEST_F(OfficeDocuments, WritesThroughATempFileAndLeavesNoneBehind) {
    const auto path = make_sheet("out.ods", "x");
    EXPECT_TRUE(std::filesystem::exists(path));
    for (const auto& entry : std::filesystem::directory_iterator(dir_.path()))
        EXPECT_EQ(entry.path().filename(), "out.ods") << "left behind: " << entry.path();
}

TEST_F(OfficeDocuments, LockFileIsNamedInTheError) {
    const auto path = make_sheet("locked.ods", "x");
    // Another soffice holds the document open for editing: it writes the lock file.
    office::Office other;
    other.run("hold open", [&](office::Session& s) { s.load(path, /*editable=*/true); });
    ASSERT_TRUE(std::filesystem::exists(dir_.path() / ".~lock.locked.ods#"));
    std::string message;
    EXPECT_EQ(load_error(path, /*editable=*/true, message), OfficeError::Kind::DocumentNotLoaded);
    EXPECT_NE(message.find("ロックファイル"), std::string::npos) << message;
    EXPECT_NE(message.find("locked.ods"), std::string::npos) << message;
}

TEST_F(OfficeDocuments, DamagedFileGivesAClearError) {
    const auto path = dir_.path() / "broken.ods";
    std::ofstream(path, std::ios::binary)
        << std::string("PK\x03\x04", 4) << std::string(300, '\x7f');
    const std::string before = file_bytes(path);
    std::string message;
    EXPECT_EQ(load_error(path, false, message), OfficeError::Kind::DocumentNotLoaded);
    EXPECT_NE(message.find("壊れている"), std::string::npos) << message;
    EXPECT_EQ(file_bytes(path), before);
    // The office is still usable after a failed load.
    EXPECT_NO_THROW(make_sheet("after.ods", "ok"));
}

TEST_F(OfficeDocuments, MissingFileGivesAClearError) {
    std::string message;
    EXPECT_EQ(load_error(dir_.path() / "none.ods", false, message),
              OfficeError::Kind::DocumentNotLoaded);
    EXPECT_NE(message.find("ファイルがありません"), std::string::npos) << message;
}

}  // namespace
}  // namespace apichecklist::test
