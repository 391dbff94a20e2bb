#!/usr/bin/env bash
# Builds the cvpress container image on this machine, with no image registry: first a base image made here
# (a Debian bookworm rootfs from debootstrap --variant=minbase, from the mirror apt already uses, plus a Java
# runtime that jlink cuts down to the modules cvpress needs), then container/Containerfile puts the release
# archive on it. Needs root (debootstrap), podman, debootstrap, a JDK 17+ with jlink, and Maven
# when target/ has no release archive yet.
#
#   container/build.sh                 builds localhost/cvpress:VERSION (and :latest)
#   container/build.sh --rebuild-base  makes the base again even when it exists
#
# Environment: CVPRESS_JDK=/path/to/jdk picks the JDK whose runtime goes in (default: a JDK 25 in /usr/lib/jvm,
# else the one `javac` belongs to); CVPRESS_MIRROR overrides the Debian mirror; CVPRESS_IMAGE the image name.
# Where podman cannot start containers with its defaults, CONTAINERS_CONF=container/constrained.conf (see there).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base=localhost/cvpress-base:bookworm
image="${CVPRESS_IMAGE:-localhost/cvpress}"
rebuild_base=0
for arg in "$@"; do
  case "$arg" in
    --rebuild-base) rebuild_base=1 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

fail() { echo "build.sh: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root (sudo): debootstrap makes the base rootfs"
command -v podman >/dev/null 2>&1 || fail "podman is needed (Debian: apt-get install podman buildah debootstrap)"

version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$here/pom.xml" | head -1)"
archive="$here/target/cvpress-$version.tar.gz"
if [ ! -f "$archive" ]; then
  echo "build.sh: building $archive with Maven..." >&2
  (cd "$here" && mvn -B -q -DskipTests package) || fail "mvn package failed"
fi

pick_jdk() {
  if [ -n "${CVPRESS_JDK:-}" ]; then echo "$CVPRESS_JDK"; return; fi
  local release
  for release in /usr/lib/jvm/*/release; do
    if grep -q '^JAVA_VERSION="2[5-9]' "$release" && [ -x "$(dirname "$release")/bin/jlink" ]; then
      dirname "$release"; return
    fi
  done
  dirname "$(dirname "$(readlink -f "$(command -v javac)")")"
}

make_base() {
  local work jdk mirror modules
  command -v debootstrap >/dev/null 2>&1 || fail "debootstrap is needed (Debian: apt-get install debootstrap)"
  jdk="$(pick_jdk)"
  [ -x "$jdk/bin/jlink" ] || fail "no jlink in $jdk (set CVPRESS_JDK to a JDK 17 or newer)"
  # The mirror apt uses here (deb822 or one-line sources), so this works wherever apt does.
  mirror="${CVPRESS_MIRROR:-$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.sources \
    /etc/apt/sources.list.d/*.list 2>/dev/null | grep -oE '^[^#]*https?://[^ ]+/debian/?( |$)' \
    | grep -oE 'https?://[^ ]+' | head -1 || true)}"
  mirror="${mirror:-http://deb.debian.org/debian}"
  work="$(mktemp -d "${TMPDIR:-/tmp}/cvpress-base.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  echo "build.sh: debootstrap --variant=minbase bookworm from $mirror..." >&2
  debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap failed"; }
  # What an image that only runs cvpress does not need: package caches and lists, documentation, locales.
  rm -rf "$work/rootfs"/var/cache/apt/* "$work/rootfs"/var/lib/apt/lists/* "$work/rootfs"/usr/share/doc/* \
    "$work/rootfs"/usr/share/man/* "$work/rootfs"/usr/share/info/* "$work/rootfs"/usr/share/locale/* \
    "$work/rootfs"/var/log/*.log "$work/rootfs"/var/cache/debconf/*-old
  # The modules the jar needs (jdeps), plus those it reaches only through services at run time: locale data
  # for dates in the label languages, the zip file system, and more character sets.
  modules="$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
    "$here/target/cvpress.jar")"
  modules="$modules,jdk.localedata,jdk.zipfs,jdk.charsets"
  echo "build.sh: jlink $jdk with $modules" >&2
  "$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --generate-cds-archive --output "$work/rootfs/opt/java" \
    || "$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
      --output "$work/rootfs/opt/java"
  # The user cvpress runs as (uid and gid 10001), with a home of its own.
  echo 'cvpress:x:10001:10001:cvpress:/home/cvpress:/usr/sbin/nologin' >>"$work/rootfs/etc/passwd"
  echo 'cvpress:x:10001:' >>"$work/rootfs/etc/group"
  echo 'cvpress:!:19000::::::' >>"$work/rootfs/etc/shadow"
  install -d -o 10001 -g 10001 -m 0755 "$work/rootfs/home/cvpress" "$work/rootfs/work"
  tar --numeric-owner -C "$work/rootfs" -c . | podman import --quiet \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["/bin/bash"]' - "$base" >/dev/null
  rm -rf "$work"
  trap - EXIT
}

start=$SECONDS
if [ "$rebuild_base" = 1 ] || ! podman image exists "$base"; then
  make_base
  echo "build.sh: base $base made in $((SECONDS - start)) s" >&2
fi
step=$SECONDS
# The build context is the archive alone (not all of target/). RUN steps run in a chroot: no OCI runtime or cgroups
# are needed to build.
context="$(mktemp -d "${TMPDIR:-/tmp}/cvpress-image.XXXXXX")"
trap 'rm -rf "$context"' EXIT
cp "$archive" "$context/"
podman build --quiet --pull=never --isolation=chroot --build-arg VERSION="$version" \
  -f "$here/container/Containerfile" -t "$image:$version" -t "$image:latest" "$context" >/dev/null
size="$(podman image inspect --format '{{.Size}}' "$image:$version")"
echo "build.sh: $image:$version built in $((SECONDS - step)) s, $((size / 1000000)) MB" >&2
