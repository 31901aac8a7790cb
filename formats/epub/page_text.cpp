#include "epub/page_text.hpp"

#include <array>

namespace artconv::epub {
namespace {

// Most specific first: zh-Hant before zh.
constexpr std::array<PageText, 9> kPageTexts{{
    {"zh-Hant", "目錄", "原標題", "：", "作者", "編輯", "責任編輯", "記者", "攝影", "翻譯"},
    {"zh-TW", "目錄", "原標題", "：", "作者", "編輯", "責任編輯", "記者", "攝影", "翻譯"},
    {"zh-HK", "目錄", "原標題", "：", "作者", "編輯", "責任編輯", "記者", "攝影", "翻譯"},
    {"zh", "目录", "原标题", "：", "作者", "编辑", "责任编辑", "记者", "摄影", "翻译"},
    {"ja", "目次", "原題", "：", "著者", "編集", "責任編集", "記者", "写真", "翻訳"},
    {"ko", "목차", "원제", ": ", "글", "편집", "책임편집", "기자", "사진", "번역"},
    {"fr", "Sommaire", "Titre original", " : ", "Par", "Édition", "Rédaction en chef", "Reportage", "Photos",
     "Traduction"},
    {"de", "Inhalt", "Originaltitel", ": ", "Von", "Redaktion", "Verantwortlich", "Bericht", "Fotos", "Übersetzung"},
    {"", "Contents", "Original title", ": ", "By", "Editor", "Responsible editor", "Reporter", "Photos",
     "Translator"},
}};

bool has_prefix(std::string_view language, std::string_view prefix) {
  return language.substr(0, prefix.size()) == prefix &&
         (language.size() == prefix.size() || language[prefix.size()] == '-');
}

}  // namespace

std::string_view PageText::role(Role r) const {
  switch (r) {
    case Role::author: return author;
    case Role::editor: return editor;
    case Role::responsible_editor: return responsible_editor;
    case Role::reporter: return reporter;
    case Role::photographer: return photographer;
    case Role::translator: return translator;
    // Roles without a word of their own on the page take the nearest one.
    case Role::correspondent: return reporter;
    case Role::contributor:
    case Role::writer: return author;
    case Role::illustrator:
    case Role::infographics: return photographer;
    case Role::producer:
    case Role::proofreader: return editor;
  }
  return author;
}

const PageText& page_text(std::string_view language) {
  for (const PageText& t : kPageTexts)
    if (t.language.empty() || has_prefix(language, t.language)) return t;
  return kPageTexts.back();
}

}  // namespace artconv::epub
