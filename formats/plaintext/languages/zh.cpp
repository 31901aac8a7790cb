// Chinese, Traditional and Simplified spellings side by side.
#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext::languages {
namespace {

constexpr Label kLabels[] = {
    {"標題", Field::title}, {"标题", Field::title}, {"題目", Field::title}, {"题目", Field::title},
    // "新闻:法国农民…": a sample file's label over the item's headline
    {"新聞", Field::title}, {"新闻", Field::title},
    {"內容", Field::body}, {"内容", Field::body}, {"正文", Field::body},
    {"來源", Field::source}, {"来源", Field::source}, {"稿源", Field::source}, {"出處", Field::source},
    {"出处", Field::source}, {"新聞來源", Field::source}, {"新闻来源", Field::source},
    {"文章來源", Field::source}, {"文章来源", Field::source}, {"本文來源", Field::source},
    {"本文来源", Field::source}, {"轉載自", Field::source}, {"转载自", Field::source},
    // a bulletin board's news form (PTT): "1.媒體來源:", "2.記者署名:", "3.完整新聞標題:", "4.完整新聞內文:"
    {"媒體來源", Field::source}, {"媒体来源", Field::source},
    {"記者署名", Field::contributor, Role::reporter}, {"记者署名", Field::contributor, Role::reporter},
    {"完整新聞標題", Field::title}, {"完整新闻标题", Field::title},
    {"完整新聞內文", Field::body}, {"完整新闻内文", Field::body},
    {"完整新聞連結", Field::category}, {"完整新闻链接", Field::category},
    {"日期", Field::date}, {"時間", Field::date}, {"时间", Field::date}, {"發布時間", Field::date},
    {"发布时间", Field::date}, {"發佈時間", Field::date}, {"發表時間", Field::date}, {"发表时间", Field::date},
    {"更新時間", Field::date}, {"更新时间", Field::date}, {"發稿時間", Field::date}, {"发稿时间", Field::date},
    {"發布日期", Field::date}, {"发布日期", Field::date}, {"發表日期", Field::date}, {"发表日期", Field::date},
    {"原標題", Field::original_title}, {"原标题", Field::original_title}, {"原題", Field::original_title},
    {"原题", Field::original_title},
    {"分類", Field::category}, {"分类", Field::category}, {"類別", Field::category}, {"类别", Field::category},
    {"欄目", Field::category}, {"栏目", Field::category}, {"標籤", Field::category}, {"标签", Field::category},
    {"關鍵詞", Field::category}, {"关键词", Field::category}, {"關鍵字", Field::category},
    {"关键字", Field::category}, {"語言", Field::category}, {"语言", Field::category},
    {"編輯", Field::contributor, Role::editor}, {"编辑", Field::contributor, Role::editor},
    {"小編", Field::contributor, Role::editor}, {"小编", Field::contributor, Role::editor},
    {"審核", Field::contributor, Role::editor}, {"审核", Field::contributor, Role::editor},
    {"責編", Field::contributor, Role::responsible_editor}, {"责编", Field::contributor, Role::responsible_editor},
    {"責任編輯", Field::contributor, Role::responsible_editor},
    {"责任编辑", Field::contributor, Role::responsible_editor},
    {"作者", Field::contributor, Role::author}, {"撰文", Field::contributor, Role::writer},
    {"文", Field::contributor, Role::author}, {"筆者", Field::contributor, Role::author},
    {"記者", Field::contributor, Role::reporter}, {"记者", Field::contributor, Role::reporter},
    {"實習記者", Field::contributor, Role::reporter}, {"实习记者", Field::contributor, Role::reporter},
    {"見習記者", Field::contributor, Role::reporter}, {"见习记者", Field::contributor, Role::reporter},
    // 特約記者: a paper's special (contracted) correspondent; 網編: the web desk's editor
    {"特約記者", Field::contributor, Role::correspondent}, {"特约记者", Field::contributor, Role::correspondent},
    {"網編", Field::contributor, Role::editor}, {"网编", Field::contributor, Role::editor},
    // 通訊員: a stringer who contributes, not the paper's correspondent
    {"通訊員", Field::contributor, Role::contributor}, {"通讯员", Field::contributor, Role::contributor},
    {"特派員", Field::contributor, Role::correspondent}, {"特派员", Field::contributor, Role::correspondent},
    {"攝影", Field::contributor, Role::photographer}, {"摄影", Field::contributor, Role::photographer},
    {"圖", Field::contributor, Role::photographer}, {"图", Field::contributor, Role::photographer},
    {"插畫", Field::contributor, Role::illustrator}, {"插画", Field::contributor, Role::illustrator},
    {"插圖", Field::contributor, Role::illustrator}, {"插图", Field::contributor, Role::illustrator},
    {"製圖", Field::contributor, Role::infographics}, {"制图", Field::contributor, Role::infographics},
    {"美編", Field::contributor, Role::infographics}, {"美编", Field::contributor, Role::infographics},
    {"監製", Field::contributor, Role::producer}, {"监制", Field::contributor, Role::producer},
    {"出品", Field::contributor, Role::producer}, {"製作", Field::contributor, Role::producer},
    {"制作", Field::contributor, Role::producer},
    {"翻譯", Field::contributor, Role::translator}, {"翻译", Field::contributor, Role::translator},
    {"譯者", Field::contributor, Role::translator}, {"译者", Field::contributor, Role::translator},
    {"編譯", Field::contributor, Role::translator}, {"编译", Field::contributor, Role::translator},
    {"實習編譯", Field::contributor, Role::translator}, {"实习编译", Field::contributor, Role::translator},
    {"審稿", Field::contributor, Role::editor}, {"审稿", Field::contributor, Role::editor},
    {"校對", Field::contributor, Role::proofreader}, {"校对", Field::contributor, Role::proofreader},
};

constexpr std::string_view kConjunctions[] = {"和", "與", "与", "及"};
constexpr Contribution kAfter[] = {
    {"對本文亦有貢獻", Role::contributor}, {"对本文亦有贡献", Role::contributor},
    // "（中央社記者林育立柏林17日專電）": a special dispatch is the correspondent's
    {"專電", Role::correspondent}, {"专电", Role::correspondent},
};
constexpr Contribution kBefore[] = {
    {"實習記者", Role::reporter}, {"实习记者", Role::reporter}, {"見習記者", Role::reporter},
    {"见习记者", Role::reporter}, {"特約記者", Role::correspondent},
    {"特约记者", Role::correspondent}, {"本報記者", Role::reporter}, {"本报记者", Role::reporter},
    {"記者", Role::reporter}, {"记者", Role::reporter}, {"通訊員", Role::contributor},
    {"通讯员", Role::contributor}, {"特派員", Role::correspondent}, {"特派员", Role::correspondent},
};
constexpr std::string_view kLongPlaces[] = {
    "石家庄", "哈尔滨", "哈爾濱", "呼和浩特", "乌鲁木齐", "烏魯木齊", "连云港", "連雲港", "张家口", "張家口",
    "秦皇岛", "秦皇島", "齐齐哈尔", "齊齊哈爾", "牡丹江", "景德镇", "景德鎮", "平顶山", "平頂山", "驻马店", "駐馬店",
    "攀枝花", "日喀则", "日喀則", "香格里拉", "西双版纳", "西雙版納", "石河子", "葫芦岛", "葫蘆島", "马鞍山", "馬鞍山",
    "防城港", "张家界", "張家界", "九龙坡", "九龍坡", "雄安新区", "雄安新區", "浦东新区", "浦東新區", "新北市",
    "台北市", "臺北市", "高雄市", "台中市", "臺中市", "台南市", "臺南市", "桃園市", "华盛顿", "華盛頓", "莫斯科",
    "布鲁塞尔", "布魯塞爾", "日内瓦", "日內瓦", "旧金山", "舊金山", "洛杉矶", "洛杉磯", "新德里", "耶路撒冷",
    "伊斯兰堡", "伊斯蘭堡", "约翰内斯堡", "約翰內斯堡", "内罗毕", "內羅畢", "里约热内卢", "里約熱內盧", "布宜诺斯艾利斯",
    "墨西哥城", "新加坡", "吉隆坡", "雅加达", "雅加達", "阿布扎比", "德黑兰", "德黑蘭", "法兰克福", "法蘭克福",
};
constexpr std::string_view kKickers[] = {"獨家", "独家", "快訊", "快讯", "專題", "专题", "社論", "社论", "觀點", "观点"};

}  // namespace

const Vocabulary chinese{"zh", kLabels, {}, kConjunctions, {}, kAfter, kBefore, {}, kKickers, {}, kLongPlaces};

}  // namespace artconv::plaintext::languages
