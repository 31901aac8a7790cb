#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::roles;
using testing::Upto;

TEST(CodeAdsSurveys, ScriptsAdsAndCallsToActionLeaveTheBody) {
  const auto p = prepare(
      "T\n\nText.\n\n(function(){ var s=document.createElement('script'); s.src='x.js'; })();\n\n"
      "Share your flood photos with NewsDesk.\n\nBuy Now\n\nAdvertisement\n\nMore text.\n",
      Upto::code_ads_surveys);
  EXPECT_EQ(roles(p->draft),
            (std::vector<std::string>{"title:T", "paragraph:Text.",
                                      "boilerplate:(function(){ var s=document.createElement('script'); s.src='x.js'; })();",
                                      "boilerplate:Share your flood photos with NewsDesk.", "boilerplate:Buy Now",
                                      "boilerplate:Advertisement", "paragraph:More text."}));
}

}  // namespace
}  // namespace artconv::plaintext
