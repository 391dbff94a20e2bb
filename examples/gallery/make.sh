#!/usr/bin/env bash
# Regenerates the gallery: page 1 of the reference résumé (examples/about-me.md), examples/jane-doe.md and the
# `cvpress init` starter in every built-in theme, A4, drawn by cvpress itself; the cover letter that goes with
# examples/jane-doe.md (examples/letter.md) in each theme; and page 1 of the examples' and the letter's Word
# documents, printed by LibreOffice. `make.sh docx` redraws only the Word documents' pictures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cvpress="$here/../../bin/cvpress"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
only="${1:-}"
"$cvpress" init "$tmp/starter.md" >/dev/null
if [ "$only" = docx ]; then rm -f "$here"/*-docx.png; else rm -f "$here"/*.png; fi
for theme in $([ "$only" = docx ] || "$cvpress" themes | awk '/^[a-z]/ { print $1 }'); do
  for input in "$here/../about-me.md" "$here/../jane-doe.md" "$tmp/starter.md" "$here/../letter.md"; do
    name="$(basename "$input" .md)"
    "$cvpress" "$input" --theme "$theme" --set style.paper=a4 --format png --dpi 60 -o "$tmp/$name-$theme.png" -q
    mv "$tmp/$name-$theme-1.png" "$here/$name-$theme.png"
  done
done
# Page 1 of each example's Word document as LibreOffice prints it (when LibreOffice's soffice is installed).
if command -v soffice >/dev/null 2>&1; then
  for theme in $("$cvpress" themes | awk '/^[a-z]/ { print $1 }'); do
    for input in "$here/../about-me.md" "$here/../jane-doe.md" "$here/../letter.md"; do
      name="$(basename "$input" .md)"
      "$cvpress" "$input" --theme "$theme" --set style.paper=a4 --format docx -o "$tmp/$name-$theme-docx.docx" -q
      soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp/lo" \
        "$tmp/$name-$theme-docx.docx" >/dev/null 2>&1
      pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$tmp/lo/$name-$theme-docx.pdf" "$here/$name-$theme-docx"
    done
  done
fi
echo "gallery written to $here"
