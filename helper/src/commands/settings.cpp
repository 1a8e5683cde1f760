// apichecklist ignore add|list|remove, apichecklist role: the reviewer's decisions the Calc
// sidebar stores in a document (the hidden sheet _apichecklist), from the command line.
// `list` reads with io/ only; the others write through the supervised soffice, in the
// file's own format, and replace FILE atomically (or write a copy with -o).

#include <iostream>
#include <memory>

#include "../sheet_input.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/validate/ignore_edits.hpp"
#include "apichecklist/validate/validate.hpp"
#include "commands.hpp"
#ifdef APICHECKLIST_HAVE_OFFICE
#include "apichecklist/office/document_settings.hpp"
#include "document_edit.hpp"
#endif

namespace apichecklist::cli {

namespace {

namespace fs = std::filesystem;

struct SettingsOptions {
    std::string file;
    std::string rule;
    std::string number;  // 通番 or own-item label; empty: every item
    std::string cell;    // A1; empty: every cell
    std::string reason;
    std::string role;
    std::string output;  // empty: FILE itself
};

nlohmann::json ignore_json(const settings::Ignore& ignore) {
    nlohmann::json out = {{"rule", ignore.rule}};
    if (ignore.number)
        out["number"] = *ignore.number;
    else if (!ignore.item.empty())
        out["number"] = ignore.item;
    else
        out["number"] = nullptr;
    out["cell"] = ignore.cell.empty() ? nlohmann::json() : nlohmann::json(ignore.cell);
    out["reason"] = ignore.reason;
    return out;
}

std::string ignore_target_text(const settings::Ignore& ignore) {
    std::string out = ignore.rule;
    if (ignore.number)
        out += std::string(tr(" 通番", " no. ")) + std::to_string(*ignore.number);
    else if (!ignore.item.empty())
        out += " " + ignore.item;
    else
        out += tr(" (すべての項目)", " (every item)");
    if (!ignore.cell.empty()) out += " " + ignore.cell;
    return out;
}

// A1 address: letters then a row number from 1 (F12, AA3).
bool is_a1(const std::string& text) {
    std::size_t i = 0;
    while (i < text.size() && std::isupper(static_cast<unsigned char>(text[i]))) ++i;
    if (i == 0 || i > 3 || i == text.size() || text[i] == '0') return false;
    for (std::size_t j = i; j < text.size(); ++j)
        if (!std::isdigit(static_cast<unsigned char>(text[j]))) return false;
    return text.size() - i <= 7;
}

// The ignore the options name (rule, 通番, cell), checked against the checklist.
settings::Ignore ignore_from_options(const SettingsOptions& o,
                                     const catalog::Checklist* checklist) {
    settings::Ignore ignore;
    ignore.rule = o.rule;
    const auto& rules = validate::rules();
    if (std::none_of(rules.begin(), rules.end(),
                     [&](const validate::RuleInfo& r) { return r.id == o.rule; })) {
        std::string known;
        for (const auto& r : rules) known += (known.empty() ? "" : ", ") + std::string(r.id);
        throw UsageError(tr("規則「" + o.rule + "」はありません。指定できる規則: " + known,
                            "no rule '" + o.rule + "'; the rules are: " + known));
    }
    if (!o.number.empty()) {
        validate::set_ignore_item(ignore, o.number);
        if (ignore.number && checklist && !checklist->item_by_number(*ignore.number))
            item_or_throw(*checklist, *ignore.number);  // NotFound naming the range
    }
    if (!o.cell.empty()) {
        std::string cell = o.cell;
        for (char& c : cell) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (!is_a1(cell))
            throw UsageError(
                tr("--cell には F12 のような A1 形式のセル番地を指定してください: " + o.cell,
                   "--cell takes an A1 address such as F12: " + o.cell));
        ignore.cell = cell;
    }
    return ignore;
}

// ignore list: the stored decisions, each with how many findings it accepts now.
void list_ignores(Context& ctx, const SettingsOptions& o) {
    const CheckedSheet checked = check_one_sheet(o.file, ctx.catalog(), "", "");
    const settings::SettingsReadResult read = settings::read_settings(*checked.workbook);
    const settings::DocumentSettings settings =
        read.settings.value_or(settings::DocumentSettings{});
    const validate::Report& report = *checked.result.report;
    std::vector<int> accepted(settings.ignores.size(), 0);
    for (const validate::IgnoredFinding& ignored : report.ignored)
        for (std::size_t i = 0; i < settings.ignores.size(); ++i)
            if (validate::ignore_matches(settings.ignores[i], ignored.finding)) {
                ++accepted[i];
                break;
            }
    const std::vector<std::string>& problems = english() ? read.problems : read.problems_ja;
    if (ctx.json) {
        nlohmann::json ignores = nlohmann::json::array();
        for (std::size_t i = 0; i < settings.ignores.size(); ++i) {
            nlohmann::json entry = ignore_json(settings.ignores[i]);
            entry["accepted_findings"] = accepted[i];
            ignores.push_back(std::move(entry));
        }
        print_json({{"file", o.file},
                    {"checklist", report.checklist_id},
                    {"role", settings.role ? nlohmann::json(settings::role_name(*settings.role))
                                           : nlohmann::json()},
                    {"ignores", ignores},
                    {"problems", read.problems},
                    {"problems_ja", read.problems_ja}});
        return;
    }
    std::cout << o.file << ": " << tr("役割 ", "role ")
              << (settings.role ? settings::role_name(*settings.role) : tr("(未設定)", "(not set)"))
              << tr("、無視 ", ", ") << settings.ignores.size() << tr(" 件", " ignores") << "\n";
    for (std::size_t i = 0; i < settings.ignores.size(); ++i) {
        const settings::Ignore& ignore = settings.ignores[i];
        std::cout << "  " << ignore_target_text(ignore) << ": " << ignore.reason << " ["
                  << (accepted[i] ? std::string(tr("該当する指摘 ", "accepts ")) +
                                        std::to_string(accepted[i]) + tr(" 件", " findings")
                                  : std::string(tr("該当する指摘なし (使われていません)",
                                                   "accepts no finding (unused)")))
                  << "]\n";
    }
    for (const std::string& p : problems)
        std::cout << "  " << tr("設定の問題: ", "settings problem: ") << p << "\n";
}

#ifdef APICHECKLIST_HAVE_OFFICE

// What the command changes in the settings; returns the message of what it did, or throws.
using SettingsEdit =
    std::function<std::string(settings::DocumentSettings&, const catalog::Checklist*)>;

void edit_settings(Context& ctx, const SettingsOptions& o, const char* what,
                   const SettingsEdit& edit) {
    const DocumentEdit target = prepare_document_edit(ctx, o.file, o.output);
    const settings::SettingsReadResult read = settings::read_settings(*target.checked.workbook);
    if (settings::settings_unreadable(read))
        throw UsageError(tr(o.file + ": " + std::string(sheet::kSettingsSheet) +
                                "!A1 の設定が読めないため書き換えません (" +
                                read.problems_ja.front() +
                                ")。シートを表示して A1 を直すか消してから再実行してください",
                            o.file + ": the settings in " + std::string(sheet::kSettingsSheet) +
                                "!A1 cannot be read (" + read.problems.front() +
                                "), not replaced; unhide the sheet and fix or clear A1 first"));
    settings::DocumentSettings settings = read.settings.value_or(settings::DocumentSettings{});
    const std::string done =
        edit(settings, ctx.catalog().checklist(target.checked.result.report->checklist_id));

    store_document_edit(
        target, what,
        [&](office::Session& session, const fs::path& copy, const fs::path& temp) {
            office::write_document_settings(session, copy, settings, target.format, temp);
        },
        [&](const sheet::Workbook& stored) {
            const settings::SettingsReadResult back = settings::read_settings(stored);
            return back.settings && settings::settings_to_json(*back.settings) ==
                                        settings::settings_to_json(settings);
        });

    if (ctx.json) {
        nlohmann::json ignores = nlohmann::json::array();
        for (const auto& ignore : settings.ignores) ignores.push_back(ignore_json(ignore));
        print_json({{"file", o.file},
                    {"output", target.target.string()},
                    {"done", done},
                    {"role", settings.role ? nlohmann::json(settings::role_name(*settings.role))
                                           : nlohmann::json()},
                    {"ignores", ignores}});
        return;
    }
    std::cout << target.target.string() << ": " << done << "\n";
}

void add_output_option(CLI::App& command, SettingsOptions& o) {
    command.add_option("-o,--output", o.output,
                       tr("書き込むコピー (省略時は FILE そのものを更新)",
                          "write a copy here (default: update FILE itself)"));
}

void add_target_options(CLI::App& command, SettingsOptions& o) {
    command.add_option("FILE", o.file, tr("チェックリスト (.ods/.xlsx)", "checklist (.ods/.xlsx)"))
        ->required();
    command.add_option("--rule", o.rule, tr("指摘の規則 (item.missing など)", "rule id"))
        ->required();
    command.add_option("--number", o.number,
                       tr("通番 (独自項目はラベル、例 独自1)。省略時はすべての項目",
                          "item number (an own item's label, e.g. 独自1); default: every item"));
    command.add_option("--cell", o.cell,
                       tr("セル (例 F12)。省略時はすべてのセル", "cell (e.g. F12); default: any"));
}

#endif

}  // namespace

void register_ignore(CLI::App& app, Context& ctx) {
    CLI::App* group = app.add_subcommand(
        "ignore", tr("無視する指摘 (サイドバーと同じ _apichecklist シート) を扱う",
                     "ignored findings (the _apichecklist sheet the sidebar uses)"));
    group->require_subcommand(1);
    auto opt = std::make_shared<SettingsOptions>();

    CLI::App* list = group->add_subcommand(
        "list", tr("文書に保存された無視と役割を表示する", "show the stored ignores and role"));
    list->add_option("FILE", opt->file, tr("チェックリスト", "checklist"))->required();
    list->callback([&ctx, opt] { list_ignores(ctx, *opt); });

#ifdef APICHECKLIST_HAVE_OFFICE
    CLI::App* add =
        group->add_subcommand("add", tr("指摘を理由付きで無視に登録する (LibreOffice を使う)",
                                        "accept a finding with a reason (uses LibreOffice)"));
    add_target_options(*add, *opt);
    add->add_option("--reason", opt->reason, tr("無視する理由", "why it is accepted"))->required();
    add_output_option(*add, *opt);
    add->callback([&ctx, opt] {
        if (opt->reason.find_first_not_of(" \t\n\r") == std::string::npos)
            throw UsageError(tr("--reason に無視する理由を書いてください (後の確認者のため)",
                                "--reason must say why (for the next reviewer)"));
        edit_settings(
            ctx, *opt, tr("無視の登録", "adding the ignore"),
            [opt](settings::DocumentSettings& settings, const catalog::Checklist* checklist) {
                settings::Ignore ignore = ignore_from_options(*opt, checklist);
                ignore.reason = opt->reason;
                const std::string target = ignore_target_text(ignore);
                return validate::add_ignore(settings, std::move(ignore))
                           ? tr("無視に登録しました: ", "ignore added: ") + target
                           : tr("登録済みの無視の理由を更新しました: ",
                                "reason of the stored ignore updated: ") +
                                 target;
            });
    });

    CLI::App* remove =
        group->add_subcommand("remove", tr("登録した無視を取り消す (LibreOffice を使う)",
                                           "take an ignore back (uses LibreOffice)"));
    add_target_options(*remove, *opt);
    add_output_option(*remove, *opt);
    remove->callback([&ctx, opt] {
        edit_settings(
            ctx, *opt, tr("無視の取り消し", "removing the ignore"),
            [opt](settings::DocumentSettings& settings, const catalog::Checklist* checklist) {
                const settings::Ignore key = ignore_from_options(*opt, checklist);
                const std::string target = ignore_target_text(key);
                const std::size_t removed = validate::remove_ignore(settings, key);
                if (removed == 0)
                    throw NotFound(tr(opt->file + ": その無視は登録されていません: " + target +
                                          " (apichecklist ignore list で確認できます)",
                                      opt->file + ": no such ignore: " + target +
                                          " (see apichecklist ignore list)"));
                return tr("無視を取り消しました: ", "ignore removed: ") + target;
            });
    });
#endif
}

#ifdef APICHECKLIST_HAVE_OFFICE
void register_role(CLI::App& app, Context& ctx) {
    auto opt = std::make_shared<SettingsOptions>();
    CLI::App* role = app.add_subcommand(
        "role", tr("文書に役割 (api, card, both) を保存する (LibreOffice を使う)",
                   "store the role (api, card, both) in the document (uses LibreOffice)"));
    role->add_option("FILE", opt->file, tr("チェックリスト (.ods/.xlsx)", "checklist (.ods/.xlsx)"))
        ->required();
    role->add_option("ROLE", opt->role,
                     tr("api (API接続先), card (カード会社), both (両方)",
                        "api (API接続先), card (カード会社), both"))
        ->required()
        ->check(role_name_check());
    add_output_option(*role, *opt);
    role->callback([&ctx, opt] {
        edit_settings(ctx, *opt, tr("役割の保存", "storing the role"),
                      [opt](settings::DocumentSettings& settings, const catalog::Checklist*) {
                          settings.role = settings::role_from_name(opt->role);
                          return tr("役割を保存しました: ", "role stored: ") + opt->role;
                      });
    });
}
#endif

}  // namespace apichecklist::cli
