// apichecklist template build: the blank フォーマット as a Calc template, written
// from the catalog through a private, supervised soffice.

#include <iostream>

#include "apichecklist/io/output_file.hpp"
#include "apichecklist/office/checklist_template.hpp"
#include "apichecklist/util/sha256.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

namespace {

constexpr const char* kDefaultTemplatePath = "templates/フォーマット.ots";

void build_template(Context& ctx, const std::string& checklist_id, const std::string& output) {
    const catalog::Catalog& cat = ctx.catalog();
    const catalog::Checklist& checklist = ctx.checklist(checklist_id);
    // -o DIR puts フォーマット.ots into DIR; checked before soffice starts.
    const std::filesystem::path target =
        io::resolve_output(output, std::filesystem::path(kDefaultTemplatePath).filename());

    office::TemplateSource source;
    source.checklist = &checklist;
    source.catalog_version = cat.catalog_version;
    source.catalog_sha256 = util::sha256_hex(util::read_file(cat.directory / "manifest.json"));

    office::Office soffice;
    soffice.run(std::string(tr("テンプレートの作成", "building the template")),
                [&](office::Session& session) {
                    office::write_checklist_template(session, source, target);
                });
    soffice.shutdown();

    if (ctx.json) {
        print_json({{"path", target.string()},
                    {"checklist", checklist.id},
                    {"version", checklist.version},
                    {"items", checklist.items.size()},
                    {"catalog_version", cat.catalog_version},
                    {"catalog_sha256", source.catalog_sha256}});
        return;
    }
    std::cout << tr("テンプレートを書きました: ", "template written: ") << target.string() << " ("
              << checklist.id << ", " << checklist.items.size() << tr(" 項目", " items") << ")\n";
}

}  // namespace

void register_template(CLI::App& app, Context& ctx) {
    CLI::App* group = app.add_subcommand(
        "template", tr("記入用フォーマット (.ots) を扱う", "the fill-in template (.ots)"));
    group->require_subcommand(1);
    CLI::App* build = group->add_subcommand(
        "build", tr("カタログから記入用フォーマットを作る (LibreOffice を使う)",
                    "build the template from the catalog (uses LibreOffice)"));
    auto checklist_id = std::make_shared<std::string>(catalog::kDefaultChecklist);
    auto output = std::make_shared<std::string>(kDefaultTemplatePath);
    add_checklist_option(*build, *checklist_id);
    build
        ->add_option("-o,--output", *output,
                     tr("出力ファイルまたはディレクトリ", "output file or directory"))
        ->capture_default_str();
    build->callback([&ctx, checklist_id, output] { build_template(ctx, *checklist_id, *output); });
}

}  // namespace apichecklist::cli
