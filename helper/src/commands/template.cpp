// apichecklist template build: the blank フォーマット as a Calc template, written
// from the catalog through a private, supervised soffice.

#include <iostream>

#include "apichecklist/io/output_file.hpp"
#include "apichecklist/office/checklist_template.hpp"
#include "apichecklist/util/sha256.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

namespace {

constexpr const char* kDefaultTemplateStem = "templates/フォーマット";

struct TemplateOptions {
    std::string checklist_id = catalog::kDefaultChecklist;
    std::string output;  // empty: templates/フォーマット.ots|.xlsx
    std::string format;  // ots, xlsx; empty: by -o's extension, else ots
};

office::FileFormat template_format(const TemplateOptions& o) {
    if (o.format == "xlsx") return office::FileFormat::Xlsx;
    if (o.format == "ots") return office::FileFormat::Ots;
    const auto by_name = office::format_of(o.output);
    if (by_name == office::FileFormat::Xlsx || by_name == office::FileFormat::Ots) return *by_name;
    return office::FileFormat::Ots;
}

void build_template(Context& ctx, const TemplateOptions& o) {
    const catalog::Catalog& cat = ctx.catalog();
    const catalog::Checklist& checklist = ctx.checklist(o.checklist_id);
    const office::FileFormat format = template_format(o);
    const std::filesystem::path default_path =
        std::string(kDefaultTemplateStem) + office::extension_of(format);
    // -o DIR puts フォーマット.ots (.xlsx) into DIR; checked before soffice starts.
    const std::filesystem::path target = io::resolve_output(
        o.output.empty() ? default_path : std::filesystem::path(o.output), default_path.filename());
    if (office::format_of(target) != format)
        throw UsageError(std::string(tr("出力ファイルの拡張子が形式と合いません: ",
                                        "the output's extension does not match the format: ")) +
                         target.string() + " (--format " +
                         (format == office::FileFormat::Xlsx ? "xlsx" : "ots") + ")");

    office::TemplateSource source;
    source.checklist = &checklist;
    source.catalog_version = cat.catalog_version;
    source.catalog_sha256 = util::sha256_hex(util::read_file(cat.directory / "manifest.json"));

    office::Office soffice;
    soffice.run(std::string(tr("テンプレートの作成", "building the template")),
                [&](office::Session& session) {
                    office::write_checklist_template(session, source, target, format);
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
    CLI::App* group = app.add_subcommand("template", tr("記入用フォーマット (.ots/.xlsx) を扱う",
                                                        "the fill-in template (.ots/.xlsx)"));
    group->require_subcommand(1);
    CLI::App* build = group->add_subcommand(
        "build", tr("カタログから記入用フォーマットを作る (LibreOffice を使う)",
                    "build the template from the catalog (uses LibreOffice)"));
    auto opt = std::make_shared<TemplateOptions>();
    add_checklist_option(*build, opt->checklist_id);
    build->add_option("-o,--output", opt->output,
                      tr("出力ファイルまたはディレクトリ (既定 templates/フォーマット.ots、"
                         "--format xlsx では .xlsx)",
                         "output file or directory (default templates/フォーマット.ots, "
                         ".xlsx with --format xlsx)"));
    build
        ->add_option("--format", opt->format,
                     tr("ots (Calc のテンプレート) か xlsx (Excel 用)",
                        "ots (Calc template) or xlsx (for Excel)"))
        ->check(CLI::IsMember({"ots", "xlsx"}));
    build->callback([&ctx, opt] { build_template(ctx, *opt); });
}

}  // namespace apichecklist::cli
