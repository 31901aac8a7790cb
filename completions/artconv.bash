# bash completion for artconv(1). Formats come from `artconv --list-formats`;
# encodings are the common ICU names (any ICU converter name is accepted).
# Needs only bash (bash-completion, when installed, loads it on demand).

_artconv_formats() {
  local cmd=${1:-artconv}
  "$cmd" --list-formats 2>/dev/null | awk '{print $1}'
}

_artconv_encodings() {
  echo UTF-8 UTF-16LE UTF-16BE UTF-32LE UTF-32BE GB18030 GBK Big5 Big5-HKSCS Shift_JIS EUC-JP EUC-KR \
    windows-1250 windows-1251 windows-1252 windows-1253 windows-1254 windows-1255 windows-1256 windows-1257 \
    windows-1258 ISO-8859-1 ISO-8859-2 ISO-8859-5 ISO-8859-7 ISO-8859-9 ISO-8859-15 KOI8-R KOI8-U
}

_artconv() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=""
  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
  local opts="-f --from -t --to -o --output -d --output-dir --encoding --on-invalid --wrap -M --metadata
    --metadata-file --chinese --keep-punctuation --strict --list-formats --css --cover-image --cover --toc-depth --bundle --title --author --publisher --lang --vertical --figures -j --jobs --include
    --files-from -0 --null --skip-existing --fail-fast --manifest --max-input-size -q --quiet --version -h --help"
  COMPREPLY=()
  case $prev in
    -t | --to)
      # a comma-separated list: complete the last item
      local done="" last=$cur
      if [[ $cur == *,* ]]; then done=${cur%,*},; last=${cur##*,}; fi
      local f
      for f in $(compgen -W "$(_artconv_formats "${COMP_WORDS[0]}")" -- "$last"); do COMPREPLY+=("$done$f"); done
      return ;;
    --encoding) mapfile -t COMPREPLY < <(compgen -W "$(_artconv_encodings)" -- "$cur"); return ;;
    --on-invalid) mapfile -t COMPREPLY < <(compgen -W "error replace" -- "$cur"); return ;;
    --figures) mapfile -t COMPREPLY < <(compgen -W "omit placeholder" -- "$cur"); return ;;
    -f | --from) mapfile -t COMPREPLY < <(compgen -W "text json" -- "$cur"); return ;;
    --chinese) mapfile -t COMPREPLY < <(compgen -W "hant hans tw hk" -- "$cur"); return ;;
    -M | --metadata)
      compopt -o nospace 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -W "title= original_title= source= lang= date= identifier= author= editor=
        responsible_editor= reporter= photographer= translator=" -- "$cur")
      return ;;
    -d | --output-dir) mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
    -o | --output | --files-from | --manifest | --metadata-file | --css | --cover-image) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
    --wrap | -j | --jobs | --max-input-size | --toc-depth | --title | --author | --publisher | --lang | --include) return ;;
  esac
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  fi
}
complete -o filenames -o bashdefault -F _artconv artconv
