// English.
#include "plaintext/languages/languages.hpp"

namespace artconv::plaintext::languages {
namespace {

constexpr Label kLabels[] = {
    {"Title", Field::title}, {"Titile", Field::title}, {"Headline", Field::title},
    {"Content", Field::body}, {"Text", Field::body}, {"Body", Field::body},
    {"Source", Field::source}, {"Sources", Field::source}, {"Outlet", Field::source},
    // an archive's front matter: "publication: '[[JurnalTV]]'"
    {"Publication", Field::source},
    {"Date", Field::date}, {"Published", Field::date}, {"Last updated", Field::date},
    {"Last modified", Field::date}, {"Updated on", Field::date}, {"Published on", Field::date},
    {"Posted on", Field::date}, {"Updated", Field::date}, {"Posted", Field::date}, {"Time", Field::date},
    {"Original title", Field::original_title}, {"Dateline", Field::dateline},
    {"Category", Field::category}, {"Categories", Field::category}, {"Tags", Field::category},
    {"Keywords", Field::category}, {"Language", Field::category},
    // a press release's contacts: whom reporters may call, not who made it
    {"Contact", Field::category}, {"Contacts", Field::category}, {"Media contact", Field::category},
    {"Media contacts", Field::category}, {"Press contact", Field::category}, {"Press contacts", Field::category},
    // an e-book's header: its release and its producers are no facts of the work
    {"Release date", Field::category}, {"Posting date", Field::category}, {"Most recently updated", Field::category},
    {"Credits", Field::category},
    {"Editor", Field::contributor, Role::editor}, {"Edited by", Field::contributor, Role::editor},
    {"Editing by", Field::contributor, Role::editor},
    {"Responsible editor", Field::contributor, Role::responsible_editor},
    {"Author", Field::contributor, Role::author}, {"Authors", Field::contributor, Role::author},
    {"Written by", Field::contributor, Role::writer}, {"Writing by", Field::contributor, Role::writer},
    {"Reporter", Field::contributor, Role::reporter}, {"Reporting by", Field::contributor, Role::reporter},
    {"Additional reporting by", Field::contributor, Role::contributor},
    {"Correspondent", Field::contributor, Role::correspondent}, {"Contributor", Field::contributor, Role::contributor},
    {"Commentator", Field::contributor, Role::contributor}, {"Annotator", Field::contributor, Role::contributor},
    {"Contributors", Field::contributor, Role::contributor},
    {"Photographer", Field::contributor, Role::photographer}, {"Photo", Field::contributor, Role::photographer},
    {"Photos", Field::contributor, Role::photographer}, {"Photograph", Field::contributor, Role::photographer},
    {"Photo by", Field::contributor, Role::photographer}, {"Photos by", Field::contributor, Role::photographer},
    {"Illustration", Field::contributor, Role::illustrator},
    {"Illustrations by", Field::contributor, Role::illustrator},
    // an e-book header's "Illustrator: …" line
    {"Illustrator", Field::contributor, Role::illustrator}, {"Illustrators", Field::contributor, Role::illustrator},
    {"Graphic", Field::contributor, Role::infographics}, {"Graphics", Field::contributor, Role::infographics},
    {"Graphics by", Field::contributor, Role::infographics},
    {"Produced by", Field::contributor, Role::producer}, {"Producer", Field::contributor, Role::producer},
    {"Translator", Field::contributor, Role::translator}, {"Translated by", Field::contributor, Role::translator},
    {"Proofreader", Field::contributor, Role::proofreader},
    {"Proofread by", Field::contributor, Role::proofreader},
};

constexpr MonthName kMonths[] = {
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"may", 5}, {"jun", 6},
    {"jul", 7}, {"aug", 8}, {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
};

constexpr std::string_view kConjunctions[] = {" and ", " & ", " And ", " AND "};
constexpr std::string_view kBylineWords[] = {"By", "BY", "by"};

constexpr Contribution kAfter[] = {
    {"contributed to this report", Role::contributor},
    {"contributed reporting", Role::contributor},
    {"contributed to this story", Role::contributor},
    {"also contributed", Role::contributor},
};
constexpr Contribution kBefore[] = {
    {"additional reporting by", Role::contributor}, {"reporting by", Role::reporter},
    {"writing by", Role::writer}, {"written by", Role::writer}, {"editing by", Role::editor},
    {"edited by", Role::editor}, {"compiled by", Role::editor}, {"photographs by", Role::photographer},
    {"photos by", Role::photographer}, {"photo by", Role::photographer}, {"graphics by", Role::infographics},
    {"illustrations by", Role::illustrator}, {"produced by", Role::producer},
    {"translated by", Role::translator}, {"proofread by", Role::proofreader},
};

constexpr std::string_view kFunctionWords[] = {
    "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as", "it", "at", "by",
    "from", "be", "have", "has", "had", "are", "were", "this", "which", "not", "but", "or", "an",
    "they", "he", "she", "said", "would", "will", "their", "his", "her", "been", "its", "we", "you",
};
constexpr std::string_view kKickers[] = {
    "opinion", "explainer", "analysis", "comment", "editorial", "exclusive", "breaking", "update",
    "live", "watch", "video", "photos", "podcast", "review", "interview", "feature", "news", "world", "sport",
    "business", "politics", "technology", "science", "health", "advertisement",
};

}  // namespace

// A page's summary box opens with one ("At a glance", then its points).
constexpr std::string_view kSummaryHeads[] = {"At a glance", "Key points", "Key takeaways", "Story highlights",
                                              "In brief"};

const Vocabulary english{"en", kLabels, kMonths, kConjunctions, kBylineWords, kAfter, kBefore, kFunctionWords,
                         kKickers, kSummaryHeads, {}};

}  // namespace artconv::plaintext::languages
