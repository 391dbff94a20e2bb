#!/bin/sh
# Installs cvpress under a prefix (default ~/.local): the program in PREFIX/share/cvpress, `cvpress` in PREFIX/bin,
# the man pages in PREFIX/share/man/man1 and the bash, zsh and fish completion where those shells look.
#
# Run it from an unpacked release archive (cvpress-VERSION/install.sh), or from a checkout, where it builds the
# archive first with Maven. Installing again replaces the installed copy; --uninstall removes it.
set -eu

prefix="${HOME:?HOME is not set}/.local"
uninstall=""
usage() {
  cat <<USAGE
Usage: install.sh [--prefix DIR] [--uninstall]
Installs cvpress under DIR (default ~/.local): DIR/bin/cvpress, its man pages and shell completion.
USAGE
}
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }; prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
case "$prefix" in
  /*) ;;
  *) prefix="$(pwd)/$prefix" ;;
esac

home="$prefix/share/cvpress"
bash_completion="$prefix/share/bash-completion/completions/cvpress"
zsh_completion="$prefix/share/zsh/site-functions/_cvpress"
fish_completion="$prefix/share/fish/vendor_completions.d/cvpress.fish"
man1="$prefix/share/man/man1"

if [ -n "$uninstall" ]; then
  if [ -d "$home/share/man/man1" ]; then
    for page in "$home"/share/man/man1/*.1; do rm -f "$man1/$(basename "$page")"; done
  fi
  rm -rf "$home" "$bash_completion" "$zsh_completion" "$fish_completion"
  if [ -L "$prefix/bin/cvpress" ]; then rm -f "$prefix/bin/cvpress"; fi
  echo "cvpress removed from $prefix"
  exit 0
fi

here="$(cd "$(dirname "$0")" && pwd)"
work=""
cleanup() { if [ -n "$work" ]; then rm -rf "$work"; fi; }
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

if [ -f "$here/lib/cvpress.jar" ]; then
  from="$here"
elif [ -f "$here/pom.xml" ]; then
  # A checkout: build the release archive (again when the sources are newer), then install from it.
  archive="$(ls "$here"/target/cvpress-*.tar.gz 2>/dev/null | head -n 1 || true)"
  if [ -z "$archive" ] || [ -n "$(find "$here/pom.xml" "$here/src/main" "$here/src/build" "$here/src/assembly" \
      "$here/styles" "$here/fonts" "$here/bin" "$here/install.sh" -newer "$archive" -print 2>/dev/null | head -n 1)" ]; then
    command -v mvn >/dev/null 2>&1 || { echo "install.sh: Maven (mvn) is needed to build cvpress from its sources" >&2; exit 1; }
    echo "install.sh: building the release archive with Maven..." >&2
    (cd "$here" && mvn -B -q -DskipTests package) >&2 || { echo "install.sh: the build failed; run 'mvn -B package' in $here to see why" >&2; exit 1; }
    archive="$(ls "$here"/target/cvpress-*.tar.gz | head -n 1)"
  fi
  work="$(mktemp -d "${TMPDIR:-/tmp}/cvpress-install.XXXXXX")"
  tar -xzf "$archive" -C "$work"
  from="$(ls -d "$work"/cvpress-* | head -n 1)"
else
  echo "install.sh: run me from an unpacked cvpress archive or a cvpress checkout ($here is neither)" >&2
  exit 1
fi

# Java 17 or newer is needed to run cvpress, not to install it: say so now rather than at the first run.
java_cmd="${CVPRESS_JAVA:-}"
if [ -z "$java_cmd" ] && [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java_cmd="$JAVA_HOME/bin/java"; fi
if [ -z "$java_cmd" ]; then java_cmd="$(command -v java 2>/dev/null || true)"; fi
if [ -z "$java_cmd" ]; then
  echo "install.sh: warning: no Java found; cvpress needs Java 17 or newer (e.g. apt install openjdk-17-jre-headless)" >&2
fi

# The new copy is put together beside the old one and moved into place whole.
mkdir -p "$prefix/share" "$prefix/bin" "$man1" "$(dirname "$bash_completion")" "$(dirname "$zsh_completion")" \
  "$(dirname "$fish_completion")"
rm -rf "$home.new"
mkdir -p "$home.new"
cp -R "$from/bin" "$from/lib" "$from/share" "$from/licenses" "$from/LICENSE" "$from/README.md" "$home.new/"
cp "$from/install.sh" "$home.new/"
# Copied from a read-only archive, the copy would be read-only too: the user owns it, may replace it, and the
# launcher keeps its startup archive in lib/.
chmod -R u+w "$home.new"
chmod 755 "$home.new/bin/cvpress" "$home.new/install.sh"
rm -rf "$home"
mv "$home.new" "$home"

ln -sf "$home/bin/cvpress" "$prefix/bin/cvpress"
cp "$home"/share/man/man1/*.1 "$man1/"
cp "$home/share/bash-completion/completions/cvpress" "$bash_completion"
cp "$home/share/zsh/site-functions/_cvpress" "$zsh_completion"
cp "$home/share/fish/vendor_completions.d/cvpress.fish" "$fish_completion"

echo "cvpress installed: $prefix/bin/cvpress"
case ":${PATH:-}:" in
  *":$prefix/bin:"*) ;;
  *) echo "add $prefix/bin to your PATH, e.g. in ~/.profile: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
echo "zsh: completion is in $(dirname "$zsh_completion"); add it to fpath in ~/.zshrc if it is not already:"
echo "  fpath=($(dirname "$zsh_completion") \$fpath); autoload -U compinit && compinit"
