#include <sstream>

#include "apichecklist/report/labels.hpp"
#include "completeness_output.hpp"

namespace apichecklist::cli {

namespace {

std::string escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\n':
                out += "<br>";
                break;
            default:
                out += c;
        }
    }
    return out;
}

constexpr const char* kStyle = R"(
@page { size: A4; margin: 15mm; }
body { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", sans-serif;
       font-size: 10.5pt; color: #222; max-width: 180mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
h2 { font-size: 12.5pt; border-bottom: 2px solid #4a7bd0; padding-bottom: 2pt; margin-top: 16pt; }
.meta { color: #555; margin: 0; }
.figures { display: flex; gap: 8pt; margin: 10pt 0; }
.figure { border: 1px solid #ccc; border-radius: 4pt; padding: 4pt 8pt; text-align: center; flex: 1; }
.figure b { display: block; font-size: 15pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; }
th, td { border: 1px solid #bbb; padding: 2pt 4pt; vertical-align: top; }
th { background: #eef2fa; font-weight: 600; }
td.n { text-align: right; white-space: nowrap; }
td.k, th.k { white-space: nowrap; }
.error { color: #b02020; font-weight: 600; } .warning { color: #a06000; } .info { color: #406080; }
.legend span { display: inline-block; margin-right: 10pt; }
.legend i { display: inline-block; width: 9pt; height: 9pt; margin-right: 3pt; vertical-align: -1pt; }
tr { page-break-inside: avoid; }
)";

void figures(std::ostringstream& out, const ReportInput& in) {
    const auto& t = in.completeness->total;
    const auto& v = *in.validation;
    out << "<div class=\"figures\">";
    auto figure = [&](const char* label, long long value) {
        out << "<div class=\"figure\"><b>" << value << "</b>" << label << "</div>";
    };
    figure("項目", t.items);
    figure("記入済み", t.answered);  // 現在の対応状況 filled in; 回答済み is a state of the chart
    figure("未完了", t.open);
    figure("エラー", v.count(validate::Severity::Error));
    figure("警告", v.count(validate::Severity::Warning));
    figure(validate::kIgnoredFindings.ja, static_cast<long long>(v.ignored.size()));
    out << "</div>";
}

// One horizontal stacked bar per 区分, scaled to the largest 区分.
void chart(std::ostringstream& out, const report::Completeness& c) {
    constexpr int kLabelWidth = 230, kBarWidth = 380, kRow = 22, kTop = 6;
    int largest = 1;
    for (const auto& category : c.categories) largest = std::max(largest, category.items);
    const int height = kTop * 2 + kRow * int(c.categories.size());
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
           "aria-label=\"区分ごとの回答状況\" width=\"100%\" viewBox=\"0 0 "
        << kLabelWidth + kBarWidth + 40 << " " << height << "\">";
    int y = kTop;
    for (const auto& category : c.categories) {
        out << "<text x=\"" << kLabelWidth - 6 << "\" y=\"" << y + 14
            << "\" text-anchor=\"end\" font-size=\"11\">" << escape(category.name) << "</text>";
        double x = kLabelWidth;
        for (const report::StateSegment& segment : report::kStateSegments) {
            const int count = category.states.*segment.count;
            if (count == 0) continue;
            const double width = double(kBarWidth) * count / largest;
            out << "<rect x=\"" << x << "\" y=\"" << y + 3 << "\" width=\"" << width
                << "\" height=\"" << kRow - 6 << "\" fill=\"" << report::css_color(segment.rgb)
                << "\"><title>" << segment.label_ja << " " << count << "</title></rect>";
            if (width >= 14)
                out << "<text x=\"" << x + width / 2 << "\" y=\"" << y + 15
                    << "\" text-anchor=\"middle\" font-size=\"10\" fill=\"#fff\">" << count
                    << "</text>";
            x += width;
        }
        out << "<text x=\"" << x + 4 << "\" y=\"" << y + 15 << "\" font-size=\"10\">"
            << category.items << "</text>";
        y += kRow;
    }
    out << "</svg><div class=\"legend\">";
    for (const report::StateSegment& segment : report::kStateSegments)
        out << "<span><i style=\"background:" << report::css_color(segment.rgb) << "\"></i>"
            << segment.label_ja << "</span>";
    out << "</div>";
}

// The chart's states as columns: each row in exactly one state, so they add up to 項目.
void counts_table(std::ostringstream& out, const char* first_head,
                  const std::vector<report::CategoryCounts>& rows,
                  const report::CategoryCounts* total) {
    out << "<table><tr><th>" << first_head << "</th><th class=\"k\">項目</th>";
    for (const report::StateSegment& segment : report::kStateSegments)
        out << "<th class=\"k\">" << segment.label_ja << "</th>";
    out << "</tr>";
    auto row = [&](const report::CategoryCounts& k, bool is_total) {
        out << "<tr>" << (is_total ? "<th>" : "<td>") << escape(k.name)
            << (is_total ? "</th>" : "</td>") << "<td class=\"n\">" << k.items << "</td>";
        for (const report::StateSegment& segment : report::kStateSegments)
            out << "<td class=\"n\">" << k.states.*segment.count << "</td>";
        out << "</tr>";
    };
    for (const auto& k : rows) row(k, false);
    if (total) row(*total, true);
    out << "</table>";
}

void findings_table(std::ostringstream& out, const validate::Report& v) {
    if (v.findings.empty()) {
        out << "<p>未解決の指摘はありません。</p>";
        return;
    }
    out << "<table><tr><th class=\"k\">重要度</th><th class=\"k\">セル</th><th "
           "class=\"k\">通番</th><th>内容</th></tr>";
    for (const auto& f : v.findings)
        out << "<tr><td class=\"k " << validate::severity_name(f.severity) << "\">"
            << validate::severity_label(f.severity).ja << "</td><td class=\"k\">"
            << escape(report::finding_cell(v, f)) << "</td><td class=\"k\">"
            << escape(report::item_label(f)) << "</td><td>" << escape(f.message_ja) << "</td></tr>";
    out << "</table>";
}

void ignored_table(std::ostringstream& out, const validate::Report& v) {
    if (v.ignored.empty()) {
        out << "<p>" << validate::kIgnoredFindings.ja << "はありません。</p>";
        return;
    }
    out << "<table><tr><th class=\"k\">セル</th><th "
           "class=\"k\">通番</th><th>指摘</th><th>"
        << validate::kIgnoreReason.ja << "</th></tr>";
    for (const auto& i : v.ignored)
        out << "<tr><td class=\"k\">" << escape(report::finding_cell(v, i.finding))
            << "</td><td class=\"k\">" << escape(report::item_label(i.finding)) << "</td><td>"
            << escape(i.finding.message_ja) << "</td><td>" << escape(i.reason) << "</td></tr>";
    out << "</table>";
}

void follow_up_table(std::ostringstream& out, const report::Completeness& c) {
    if (c.follow_ups.empty()) {
        out << "<p>期日のある対応計画はありません。</p>";
    } else {
        out << "<table><tr><th class=\"k\">期日</th><th "
               "class=\"k\">通番</th><th>セキュリティ対応目標</th><th>課題への対応計画</"
               "th><th>セル</th></tr>";
        for (const auto& f : c.follow_ups)
            out << "<tr><td class=\"k\">" << compare::to_iso(f.date) << "</td><td class=\"k\">"
                << escape(report::follow_up_item(f)) << "</td><td>" << escape(f.goal) << "</td><td>"
                << escape(f.plan) << "</td><td>" << escape(f.cell) << "</td></tr>";
        out << "</table>";
    }
    if (c.undated_plans > 0)
        out << "<p>期日の書かれていない対応計画が " << c.undated_plans << " 件あります。</p>";
}

}  // namespace

std::string completeness_html(const ReportInput& in) {
    const report::Completeness& c = *in.completeness;
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        << "<title>確認結果 — " << escape(in.file) << "</title><style>" << kStyle
        << "</style></head><body>\n";
    out << "<h1>確認結果</h1>";
    out << "<p class=\"meta\">" << escape(report::checklist_heading(c)) << "</p>";
    std::string sheets;
    for (const report::CategoryCounts& sheet : c.sheets) sheets += "「" + sheet.name + "」";
    if (sheets.empty()) sheets = "「" + c.sheet + "」";
    out << "<p class=\"meta\">ファイル: " << escape(in.file) << "（シート" << escape(sheets)
        << "）</p>";
    out << "<p class=\"meta\">回答する立場: " << validate::role_label(in.role).ja
        << "　作成日: " << in.generated_on << "</p>";
    if (const std::string skipped = report::skipped_sheets_line(*in.validation); !skipped.empty())
        out << "<p class=\"meta\">" << escape(skipped) << "</p>";
    for (const std::string& line : c.heading_lines)
        out << "<p class=\"meta\">" << escape(line) << "</p>";
    figures(out, in);
    out << "<h2>区分ごとの回答状況</h2>";
    chart(out, c);
    counts_table(out, "区分", c.categories, &c.total);
    if (c.sheets.size() > 1) {
        out << "<h2>シートごとの回答状況</h2>";
        counts_table(out, "シート", c.sheets, nullptr);
    }
    out << "<h2>未解決の指摘</h2>";
    findings_table(out, *in.validation);
    out << "<h2>" << validate::kIgnoredFindings.ja << "</h2>";
    ignored_table(out, *in.validation);
    out << "<h2>対応計画の期日（フォローアップ）</h2>";
    follow_up_table(out, c);
    out << "\n</body></html>\n";
    return out.str();
}

}  // namespace apichecklist::cli
