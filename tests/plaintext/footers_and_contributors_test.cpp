#include <gtest/gtest.h>

#include "passes_support.hpp"

namespace artconv::plaintext {
namespace {

using testing::prepare;
using testing::roles;
using testing::Upto;

TEST(FootersAndContributors, PeopleWithRolesOutOfTheBody) {
  struct Case {
    const char* input;
    std::vector<Contributor> people;
    const char* source;
  };
  const Case cases[] = {
      {"T\n\nText.\n\n(Reporting by Ana Lee in Bergen; Writing by Sam Ruiz; Editing by Kay Moss and Li Wei)\n",
       {{"Ana Lee", Role::reporter}, {"Sam Ruiz", Role::writer}, {"Kay Moss", Role::editor}, {"Li Wei", Role::editor}},
       ""},
      {"T\n\nText.\n\nNetwork reporters Jo Kim and Raj Patel contributed to this report.\n",
       {{"Jo Kim", Role::contributor}, {"Raj Patel", Role::contributor}}, ""},
      {"T\n\nText.\n\nFollow Dana Voss on Twitter @dvoss\n", {{"Dana Voss", Role::author}}, ""},
      {"T\n\nText.\n\nOriginal article on Daily Orbit.\n", {}, "Daily Orbit"},
      {"标题\n\n正文。\n\n（李明）\n", {{"李明", Role::author}}, ""},
      {"T\n\nText.\n\n[Lena Ortiz]\n", {{"Lena Ortiz", Role::author}}, ""},
      {"T\n\n(Xinhua)\n\nText follows here.\n", {}, ""},
      {"T\n\nUkraine are second from bottom. (Reporting by Angel Krasimirov; Editing by Tony Jimenez)\n",
       {{"Angel Krasimirov", Role::reporter}, {"Tony Jimenez", Role::editor}}, ""},
  };
  for (const Case& c : cases) {
    const auto p = prepare(c.input, Upto::footers_and_contributors);
    EXPECT_EQ(p->draft.meta.contributors, c.people) << c.input;
    EXPECT_EQ(p->draft.meta.source, c.source) << c.input;
  }
  const auto p = prepare("T\n\n正文。\n\n声明：晨光网独家稿件，未经授权禁止转载！\n", Upto::footers_and_contributors);
  EXPECT_EQ(roles(p->draft), (std::vector<std::string>{"title:T", "paragraph:正文。",
                                                       "metadata:声明：晨光网独家稿件，未经授权禁止转载！"}));
}

}  // namespace
}  // namespace artconv::plaintext
