#!/usr/bin/env bash
# Regenerates the gallery: page 1 of examples/about-me.md in every built-in theme, drawn by cvpress itself.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cvpress="$here/../../bin/cvpress"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for theme in modern classic compact sidebar ledger; do
  "$cvpress" "$here/../about-me.md" --theme "$theme" --format png --dpi 80 -o "$tmp/$theme.pdf" -q
  mv "$tmp/$theme-1.png" "$here/$theme.png"
done
echo "gallery written to $here"
