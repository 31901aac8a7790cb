// to_epub ARTICLE.txt OUT.epub: the README's example of the library API.
#include <artconv/artconv.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: to_epub ARTICLE.txt OUT.epub\n";
    return 2;
  }
  try {
    artconv::Converter converter;
    artconv::Diagnostics warnings;
    artconv::Document doc = converter.read_file(argv[1], {}, &warnings);
    std::cout << doc.meta.title << " (" << doc.meta.language << ", " << doc.blocks.size() << " blocks)\n";
    converter.write_file(doc, argv[2], {}, {}, &warnings);  // the format from the name: .epub
    artconv::OutputOptions wrapped;
    wrapped.wrap = 40;                                  // display columns, as artconv --wrap 40
    std::cout << converter.write(doc, "text", wrapped);  // any format into a string
    for (const artconv::Warning& w : warnings.warnings()) std::cerr << "warning: " << w.message << '\n';
  } catch (const artconv::Error& e) {
    std::cerr << "to_epub: " << e.what() << '\n';
    return 1;
  }
}
