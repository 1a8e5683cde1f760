// apichecklist: the command-line helper for the card-API connection checklist.

#include <iostream>

#include "apichecklist/catalog/loader.hpp"
#include "apichecklist/io/output_file.hpp"
#include "commands/commands.hpp"
#include "context.hpp"
#include "output/terminal.hpp"

#ifndef APICHECKLIST_VERSION
#define APICHECKLIST_VERSION "0.0.0"
#endif

using namespace apichecklist;
using namespace apichecklist::cli;

namespace {

void report(const std::string& message) { std::cerr << "apichecklist: " << message << "\n"; }

// A report piped into a full disk or a closed pipe must not look like success.
int checked_exit(int code) {
    std::cout.flush();
    if (std::cout.fail()) {
        report(tr("標準出力に書き込めませんでした (ディスクの空きやパイプの相手を確認してください)",
                  "could not write to standard output (check the free space or the reading end)"));
        return kUsageOrInput;
    }
    return code;
}

}  // namespace

int main(int argc, char** argv) {
    install_output_escaping();
    Context ctx;
    CLI::App app{tr("クレジットカード分野のオープンAPIに係る接続チェックリストのヘルパー",
                    "Helper for the card-API connection checklist"),
                 "apichecklist"};
    app.set_version_flag("--version", std::string("apichecklist ") + APICHECKLIST_VERSION);
    app.add_option("--catalog", ctx.catalog_dir, tr("カタログのディレクトリ", "catalog directory"));
    app.add_flag("--json", ctx.json, tr("JSON で出力する", "print JSON"));
    app.fallthrough();
    app.require_subcommand(1);
    register_list(app, ctx);
    register_show(app, ctx);
    register_items(app, ctx);
    register_mapping(app, ctx);
    register_glossary(app, ctx);
    register_related(app, ctx);
    register_search(app, ctx);
    register_validate(app, ctx);
    register_catalog(app, ctx);
    register_report(app, ctx);
    register_compare(app, ctx);
#ifdef APICHECKLIST_HAVE_OFFICE
    register_template(app, ctx);
    register_migrate(app, ctx);
#endif

    try {
        app.parse(argc, argv);
        return checked_exit(kOk);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kUsageOrInput;
    } catch (const NotFound& e) {
        report(e.what());
        return kNotFound;
    } catch (const ProblemsFound& e) {
        report(e.what());
        return kProblemsFound;
    } catch (const UsageError& e) {
        report(e.what());
        return kUsageOrInput;
    } catch (const io::OutputError& e) {
        report(english() ? e.message_en() : e.message_ja());
        return kUsageOrInput;
    } catch (const catalog::CatalogError& e) {
        std::string hint;
        if (!e.package().empty())
            hint = tr("\n  インストール済みのパッケージ ", "\n  the installed package ") +
                   e.package() +
                   tr(" が壊れています。apichecklist catalog remove ",
                      " is broken: remove it with apichecklist catalog remove ") +
                   e.package() +
                   tr(" で削除するか、正しいパッケージを入れ直してください",
                      " or install a good copy again");
        report(std::string(tr("カタログが読めません: ", "cannot use the catalog: ")) + e.what() +
               hint);
        return kUsageOrInput;
    } catch (const std::exception& e) {
        report(e.what());
        return kUsageOrInput;
    }
}
