# fish completion for artconv(1). Formats come from `artconv --list-formats`.
function __artconv_formats
    set -l token (commandline -ct)
    set -l done (string match -r '^.*,' -- $token)
    for f in (artconv --list-formats 2>/dev/null | string replace -r '\s.*' '')
        echo $done$f
    end
end

set -l encodings UTF-8 UTF-16LE UTF-16BE UTF-32LE UTF-32BE GB18030 GBK Big5 Big5-HKSCS Shift_JIS EUC-JP EUC-KR \
    windows-1250 windows-1251 windows-1252 windows-1253 windows-1254 windows-1255 windows-1256 windows-1257 \
    windows-1258 ISO-8859-1 ISO-8859-2 ISO-8859-5 ISO-8859-7 ISO-8859-9 ISO-8859-15 KOI8-R KOI8-U

complete -c artconv -s t -l to -x -a '(__artconv_formats)' -d 'output formats, comma-separated'
complete -c artconv -s o -l output -r -F -d 'write the one output here (- = stdout)'
complete -c artconv -s d -l output-dir -x -a '(__fish_complete_directories)' -d 'write DIR/<input path>.<ext>'
complete -c artconv -l encoding -x -a "$encodings" -d 'input encoding, overriding detection'
complete -c artconv -l on-invalid -x -a 'error replace' -d 'undecodable bytes'
complete -c artconv -l wrap -x -d 'text: wrap at N display columns'
complete -c artconv -s M -l metadata -x -a 'title= original_title= source= lang= date= identifier= author= editor= responsible_editor= reporter= photographer= translator=' -d 'set a metadata field'
complete -c artconv -s f -l from -x -a 'text json' -d 'input format'
complete -c artconv -l metadata-file -r -F -d 'metadata from a YAML or JSON file'
complete -c artconv -l chinese -x -a 'hant hans tw hk' -d 'convert Chinese script with OpenCC'
complete -c artconv -l keep-punctuation -d 'Chinese and Japanese: keep ASCII punctuation between CJK characters'
complete -c artconv -l css -r -F -d 'epub: a stylesheet added after the built-in one'
complete -c artconv -l cover-image -r -F -d 'epub: a cover image'
complete -c artconv -l cover -d 'epub: a generated cover page'
complete -c artconv -l toc-depth -x -a '1 2' -d 'epub: heading levels the contents list'
complete -c artconv -l strict -d 'treat warnings as errors'
complete -c artconv -l list-formats -d 'list the output formats and exit'
complete -c artconv -l bundle -d 'epub, docbook: all inputs as one book'
complete -c artconv -l title -x -d 'the title'
complete -c artconv -l author -x -d 'the author'
complete -c artconv -l publisher -x -d 'the publisher'
complete -c artconv -l lang -x -d 'the language (BCP 47)'
complete -c artconv -l vertical -d 'epub: vertical writing'
complete -c artconv -l figures -x -a 'omit placeholder' -d 'epub: image placeholders'
complete -c artconv -s j -l jobs -x -d 'worker threads'
complete -c artconv -l include -x -d 'in folders, convert files matching GLOB'
complete -c artconv -l files-from -r -F -d 'read input paths from FILE'
complete -c artconv -s 0 -l null -d '--files-from paths are NUL-separated'
complete -c artconv -l skip-existing -d 'skip inputs whose outputs all exist'
complete -c artconv -l fail-fast -d 'stop at the first input that fails'
complete -c artconv -l manifest -r -F -d 'write one JSON record per input'
complete -c artconv -l max-input-size -x -d 'refuse inputs larger than SIZE'
complete -c artconv -s q -l quiet -d 'no warnings, progress or summary'
complete -c artconv -l version -d 'print the version and exit'
complete -c artconv -s h -l help -d 'print help and exit'
