#!/usr/bin/env bash
# Regenerates the gallery: page 1 of the reference résumé (examples/about-me.md), examples/jane-doe.md and the
# `cvpress init` starter in every built-in theme, A4, drawn by cvpress itself; and the cover letter that goes with
# examples/jane-doe.md (examples/letter.md) in each theme.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cvpress="$here/../../bin/cvpress"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$cvpress" init "$tmp/starter.md" >/dev/null
rm -f "$here"/*.png
for theme in $("$cvpress" themes | awk '/^[a-z]/ { print $1 }'); do
  for input in "$here/../about-me.md" "$here/../jane-doe.md" "$tmp/starter.md" "$here/../letter.md"; do
    name="$(basename "$input" .md)"
    "$cvpress" "$input" --theme "$theme" --set style.paper=a4 --format png --dpi 60 -o "$tmp/$name-$theme.pdf" -q
    mv "$tmp/$name-$theme-1.png" "$here/$name-$theme.png"
  done
done
echo "gallery written to $here"
