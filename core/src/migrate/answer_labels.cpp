#include "apichecklist/migrate/answer_labels.hpp"

namespace apichecklist::migrate {

std::string item_label(const std::string& version_label, const std::string& number_text) {
    return "【" + version_label + " 通番" + number_text + "】";
}

std::string split_copy_label(const std::string& version_label, const std::string& number_text) {
    return "【要確認: " + version_label + " 通番" + number_text + " の回答を分割先の各項目に複写】";
}

}  // namespace apichecklist::migrate
