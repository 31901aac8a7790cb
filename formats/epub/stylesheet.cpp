#include "epub/stylesheet.hpp"

namespace artconv::epub {

std::string stylesheet(bool vertical) {
  std::string css = R"(@charset "UTF-8";
/* artconv: news articles for CJK and Latin text. */
html {
  line-break: strict;
  word-break: normal;
  overflow-wrap: break-word;
}
body {
  margin: 0 4%;
  line-height: 1.75;
  font-family: serif;
}
h1 {
  font-size: 1.45em;
  line-height: 1.4;
  margin: 0.8em 0 0.4em 0;
}
h2 {
  font-size: 1.15em;
  line-height: 1.5;
  margin: 1.2em 0 0.4em 0;
}
p {
  margin: 0 0 0.8em 0;
}
p.original-title,
p.meta {
  color: #555555;
  font-size: 0.9em;
  margin: 0 0 0.3em 0;
}
header {
  margin-bottom: 1.2em;
}
p.credit {
  color: #555555;
  font-size: 0.85em;
  text-align: right;
}
blockquote {
  margin: 0.8em 1.5em;
}
/* An image's place: a dashed box centred on the page, empty when the
   source gave no caption (a CMS token). */
figure.placeholder {
  width: 60%;
  min-height: 3em;
  margin: 1em auto;
  padding: 0.8em;
  border: 1px dashed #999999;
  text-align: center;
}
figure.placeholder p {
  margin: 0;
  color: #777777;
}
nav ol {
  list-style-type: none;
  padding-left: 0;
}
/* Chinese and Japanese: indented paragraphs set solid, justified. */
:lang(zh) section p,
:lang(ja) section p {
  text-indent: 2em;
  margin: 0;
  text-align: justify;
}
:lang(zh) section p.meta,
:lang(ja) section p.meta,
:lang(zh) section p.original-title,
:lang(ja) section p.original-title,
:lang(zh) section p.credit,
:lang(ja) section p.credit,
:lang(zh) figure p,
:lang(ja) figure p {
  text-indent: 0;
}
)";
  if (vertical) {
    css += R"(/* --vertical: top to bottom, right to left. */
html {
  writing-mode: vertical-rl;
  -webkit-writing-mode: vertical-rl;
  -epub-writing-mode: vertical-rl;
}
body {
  margin: 4% 0;
}
/* Latin words and long numbers lie sideways; one or two digits in CJK text
   stand upright in one character's width (span.tcy, 縦中横). */
html {
  text-orientation: mixed;
  -webkit-text-orientation: mixed;
}
span.tcy {
  text-combine-upright: all;
  -webkit-text-combine: horizontal;
  -epub-text-combine: horizontal;
}
p.credit {
  text-align: left;
}
figure.placeholder {
  width: auto;
  min-width: 3em;
  min-height: 0;
  height: 60%;
  margin: auto 1em;
}
)";
  }
  return css;
}

}  // namespace artconv::epub
