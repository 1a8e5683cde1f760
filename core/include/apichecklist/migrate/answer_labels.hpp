#pragma once
// The labels an answer carried to another version gets when it is joined with others in one
// cell, or copied to every part of a split item: the same in migrate and fill.

#include <string>

namespace apichecklist::migrate {

// 【試行版 通番3】, 【Ver. 1.0 通番20】
std::string item_label(const std::string& version_label, const std::string& number_text);
// 【要確認: 試行版 通番3 の回答を分割先の各項目に複写】
std::string split_copy_label(const std::string& version_label, const std::string& number_text);

}  // namespace apichecklist::migrate
