#pragma once
// Which cell styles of an .xlsx show their number as a date or time: the cell's s=""
// indexes cellXfs, whose numFmtId is a built-in date format or a custom code with date
// or time fields. Only that is read from styles.xml; how a number looks otherwise does
// not matter to the checklist.

#include <string>
#include <string_view>
#include <vector>

namespace apichecklist::io {

class XlsxDateStyles {
  public:
    XlsxDateStyles() = default;
    XlsxDateStyles(std::string_view part, const std::string& styles_xml);
    bool is_date(std::size_t style_index) const {
        return style_index < date_.size() && date_[style_index];
    }

  private:
    std::vector<bool> date_;
};

// True for a number format code that shows a date or a time ("yyyy/m/d", "h:mm",
// "ge.m.d", "[$-411]yyyy\"年\"m\"月\"d\"日\""), false for "0.00", "General", "@".
bool is_date_format_code(std::string_view code);

}  // namespace apichecklist::io
