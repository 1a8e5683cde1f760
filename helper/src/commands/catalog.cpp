#include <iostream>
#include <memory>

#include "../output/official_text_output.hpp"
#include "../output/version_diff_output.hpp"
#include "../store/package_store.hpp"
#include "apichecklist/catalog/version_diff.hpp"
#include "apichecklist/io/catalog_files.hpp"
#include "apichecklist/io/catalog_location.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

namespace {

store::PackageStore package_store() {
    return store::PackageStore(io::default_catalog_directory(), io::installed_catalogs_root());
}

// The helper's own catalog, the yardstick of official text.
catalog::Catalog builtin_catalog() { return io::load_catalog(io::default_catalog_directory()); }

std::string what_to_do(const std::string& name) {
    return tr("→ apichecklist catalog remove ", "→ remove it with apichecklist catalog remove ") +
           name +
           tr(" で削除するか、正しいパッケージを入れ直してください",
              ", or install a good copy again");
}

void print_checklist_lines(const catalog::Catalog& cat, const catalog::PackageInfo& p,
                           const std::vector<OfficialTextCheck>& checks) {
    for (const std::string& id : p.checklists) {
        const catalog::Checklist* list = cat.checklist(id);
        std::cout << "    " << id << "  " << list->title
                  << (list->official ? "" : tr("  (非公式)", "  (unofficial)"));
        if (!p.builtin)
            for (const OfficialTextCheck& check : checks)
                if (check.checklist == id) std::cout << "  [" << official_text_label(check) << "]";
        std::cout << "\n";
    }
}

void print_packages(Context& ctx) {
    const catalog::Catalog& cat = ctx.catalog();
    const catalog::Catalog builtin = builtin_catalog();
    std::vector<OfficialTextCheck> all_checks;
    nlohmann::json out = nlohmann::json::array();
    for (const catalog::PackageInfo& p : cat.packages) {
        const auto checks = check_official_text(cat, p, builtin);
        all_checks.insert(all_checks.end(), checks.begin(), checks.end());
        if (ctx.json) {
            out.push_back({{"package", p.id},
                           {"version", p.version},
                           {"builtin", p.builtin},
                           {"directory", p.directory.string()},
                           {"checklists", p.checklists},
                           {"mappings", p.mappings},
                           {"official_text", official_text_json(checks)}});
            continue;
        }
        std::cout << p.id << " " << p.version << "  "
                  << (p.builtin ? tr("[組み込み]", "[built-in]")
                                : tr("[インストール済み]", "[installed]"))
                  << "  " << p.directory.string() << "\n";
        print_checklist_lines(cat, p, checks);
        for (const std::string& id : p.mappings)
            std::cout << "    " << tr("対応表 ", "mapping ") << id << "\n";
    }
    if (ctx.json) print_json(out);
    warn_official_text(std::cerr, all_checks);
}

void register_install(CLI::App& parent, Context& ctx) {
    struct Options {
        std::string path;
        bool allow_downgrade = false;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* command = parent.add_subcommand(
        "install", tr("カタログパッケージをインストールする", "install a catalog package"));
    command
        ->add_option("PATH", opt->path,
                     tr("ディレクトリまたは .tar.gz / .zip", "directory or .tar.gz / .zip"))
        ->required();
    command->add_flag("--allow-downgrade", opt->allow_downgrade,
                      tr("古い版での上書きを許す", "allow installing an older version"));
    command->callback([&ctx, opt] {
        store::InstallResult result;
        try {
            result = package_store().install(opt->path, opt->allow_downgrade);
        } catch (const store::PackageError& e) {
            throw UsageError(opt->path + ": " +
                             tr("インストールしませんでした: ", "not installed: ") + e.what());
        } catch (const catalog::CatalogError& e) {
            if (!e.package().empty())
                throw UsageError(opt->path + ": " +
                                 tr("インストールしませんでした。インストール済みのパッケージ ",
                                    "not installed: the installed package ") +
                                 e.package() + tr(" が壊れています: ", " is broken: ") + e.what() +
                                 "\n  " + what_to_do(e.package()));
            throw UsageError(
                opt->path + ": " +
                tr("パッケージが壊れているか改変されています。インストールしませんでした: ",
                   "damaged or tampered package, not installed: ") +
                e.what());
        }
        ctx.reload();
        const auto checks = check_official_text(ctx.catalog(), result.package, builtin_catalog());
        if (ctx.json) {
            print_json({{"package", result.package.id},
                        {"version", result.package.version},
                        {"previous_version", result.previous_version},
                        {"replaced_broken", result.replaced_broken.empty()
                                                ? nlohmann::json()
                                                : nlohmann::json(result.replaced_broken)},
                        {"directory", result.package.directory.string()},
                        {"official_text", official_text_json(checks)}});
        } else {
            std::cout << tr("インストールしました: ", "installed: ") << result.package.id << " "
                      << result.package.version;
            if (!result.previous_version.empty())
                std::cout << tr("（以前の版 ", " (was ") << result.previous_version
                          << tr("）", ")");
            std::cout << "\n  " << result.package.directory.string() << "\n";
            if (!result.replaced_broken.empty())
                std::cout << tr("  壊れていた以前のコピーを置き換えました: ",
                                "  replaced a broken copy: ")
                          << result.replaced_broken << "\n";
            print_checklist_lines(ctx.catalog(), result.package, checks);
        }
        warn_official_text(std::cerr, checks);
    });
}

void register_remove(CLI::App& parent, Context& ctx) {
    auto id = std::make_shared<std::string>();
    CLI::App* command = parent.add_subcommand(
        "remove", tr("インストールしたパッケージを削除する", "remove an installed package"));
    command
        ->add_option("ID", *id,
                     tr("パッケージ ID またはチェックリスト ID", "package or checklist id"))
        ->required();
    command->callback([&ctx, id] {
        store::RemoveResult removed;
        try {
            removed = package_store().remove(*id);
        } catch (const store::PackageError& e) {
            throw NotFound(e.what());
        } catch (const catalog::CatalogError& e) {
            throw UsageError(std::string(tr("削除すると他のパッケージが使えなくなります: ",
                                            "removing it would break another package: ")) +
                             e.what());
        }
        if (ctx.json)
            return print_json(
                {{"removed", removed.package},
                 {"was_broken", removed.was_broken.empty() ? nlohmann::json()
                                                           : nlohmann::json(removed.was_broken)}});
        std::cout << tr("削除しました: ", "removed: ") << removed.package << "\n";
        if (!removed.was_broken.empty())
            std::cout << tr("  (壊れていたパッケージです: ", "  (it was broken: ")
                      << removed.was_broken << ")\n";
    });
}

bool names(const store::PackageHealth& health, const std::string& id) {
    if (id.empty() || health.name == id) return true;
    return health.info && std::find(health.info->checklists.begin(), health.info->checklists.end(),
                                    id) != health.info->checklists.end();
}

void register_verify(CLI::App& parent, Context& ctx) {
    auto id = std::make_shared<std::string>();
    CLI::App* command = parent.add_subcommand(
        "verify", tr("カタログを検査する（ハッシュ・構造・参照・余分なファイル・公式テキスト）",
                     "check hashes, structure, references, extra files and official text"));
    command->add_option("ID", *id,
                        tr("パッケージ ID またはチェックリスト ID（省略時は全部）",
                           "package or checklist id (all when omitted)"));
    command->callback([&ctx, id] {
        // Each package on its own first, so that a broken one is named; then all together
        // (references between packages), as every command loads them.
        const std::vector<store::PackageHealth> packages = package_store().check_each();
        const catalog::Catalog* all = nullptr;
        std::string together;
        try {
            all = &ctx.catalog();
        } catch (const catalog::CatalogError& e) {
            together = e.what();
        }
        const catalog::Catalog builtin = builtin_catalog();
        nlohmann::json out = nlohmann::json::array();
        std::vector<std::string> problems;
        bool matched = false;
        for (const store::PackageHealth& p : packages) {
            if (!names(p, *id)) continue;
            matched = true;
            nlohmann::json entry = {{"package", p.name},
                                    {"directory", p.directory.string()},
                                    {"builtin", p.builtin},
                                    {"ok", p.info.has_value()}};
            if (!p.info) {
                entry["problem"] = p.problem;
                problems.push_back(p.name + ": " + p.problem);
                if (!ctx.json)
                    std::cout << tr("NG  ", "BROKEN  ") << p.name << "  " << p.directory.string()
                              << "\n    " << p.problem << "\n    "
                              << (p.builtin ? tr("→ apichecklist を入れ直してください",
                                                 "→ reinstall apichecklist")
                                            : what_to_do(p.name))
                              << "\n";
                out.push_back(std::move(entry));
                continue;
            }
            entry["version"] = p.info->version;
            std::vector<OfficialTextCheck> checks;
            if (all && !p.builtin) checks = check_official_text(*all, *p.info, builtin);
            entry["official_text"] = official_text_json(checks);
            if (!ctx.json) {
                std::cout << "OK  " << p.info->id << " " << p.info->version << "  "
                          << p.directory.string() << "\n";
                for (const OfficialTextCheck& check : checks)
                    std::cout << "    " << check.checklist << "  [" << official_text_label(check)
                              << "]\n";
            }
            warn_official_text(std::cerr, checks);
            out.push_back(std::move(entry));
        }
        if (!matched)
            throw NotFound(std::string(tr("パッケージが見つかりません: ", "no such package: ")) +
                           *id);
        if (!together.empty() && problems.empty()) {
            problems.push_back(together);
            out.push_back({{"package", nullptr}, {"ok", false}, {"problem", together}});
            if (!ctx.json)
                std::cout << tr("NG  (パッケージの組み合わせ)  ", "BROKEN  (packages together)  ")
                          << together << "\n";
        }
        if (ctx.json) print_json(out);
        if (problems.empty()) return;
        std::string message = tr("検査に失敗しました: ", "verification failed: ");
        for (const std::string& problem : problems) message += "\n  " + problem;
        throw ProblemsFound(message);
    });
}

void register_diff(CLI::App& parent, Context& ctx) {
    struct Options {
        std::string from;
        std::string to;
        bool all = false;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* command =
        parent.add_subcommand("diff", tr("2 つの版の違い", "differences between two versions"));
    command->add_option("ID_A", opt->from, tr("元の版", "older version"))->required();
    command->add_option("ID_B", opt->to, tr("新しい版", "newer version"))->required();
    command->add_flag("--all", opt->all,
                      tr("変更のない項目も表示する", "also list unchanged items"));
    command->callback([&ctx, opt] {
        ctx.checklist(opt->from);
        ctx.checklist(opt->to);
        const auto steps = catalog::diff_versions(ctx.catalog(), opt->from, opt->to);
        if (!steps)
            throw NotFound(std::string(tr("2 つの版をつなぐ対応表がありません: ",
                                          "no mapping joins the two versions: ")) +
                           opt->from + " → " + opt->to);
        if (ctx.json) return print_json(version_diff_json(*steps));
        print_version_diff(std::cout, *steps, opt->all);
    });
}

}  // namespace

void register_catalog(CLI::App& app, Context& ctx) {
    CLI::App* command =
        app.add_subcommand("catalog", tr("カタログパッケージの管理", "manage catalog packages"));
    command->require_subcommand(1);
    command->add_subcommand("list", tr("パッケージの一覧", "list packages"))->callback([&ctx] {
        print_packages(ctx);
    });
    register_install(*command, ctx);
    register_verify(*command, ctx);
    register_remove(*command, ctx);
    register_diff(*command, ctx);
}

}  // namespace apichecklist::cli
