#!/usr/bin/env bash
# Whole-process benchmark of cvpress as people run it, side by side with the Typst engine (Typst 0.14, the engine
# behind RenderCV, through the npm package @myriaddreamin/typst-ts-node-compiler 0.7.0) on the same résumé in one
# run: one résumé in a fresh process (cold), batches of 20 and 100 in one process (wall and CPU time), peak memory,
# warm render time in one process, and the --watch re-render after a save; each row as a ratio cvpress ÷ Typst
# against its target. Then, when they are installed, pandoc with WeasyPrint, wkhtmltopdf or headless Chromium.
# Inputs: examples/about-me.md for cvpress, bench/about-me.typ (the same résumé written in Typst) for Typst.
#
#   bench/run.sh                 # everything, results in target/bench/results.md
#   QUICK=1 bench/run.sh         # fewer runs, a shorter JMH run, no other tools (minutes on a quiet machine)
#   RUNS=30 bench/run.sh         # cold runs per engine (default 20, quick 10), in interleaved blocks of 5
#   BATCH_RUNS=9 MEM_RUNS=5 EDITS=20 bench/run.sh   # runs of each batch (5), of each memory figure (3), and
#                                # --watch edits measured per engine (15)
#   JMH=0 bench/run.sh           # without JMH (the warm row then has Typst only)
#   PARTS=cold,watch bench/run.sh  # only these rows (of cold, batch, memory, watch, warm)
#   STAGES=1 bench/run.sh        # also every JMH stage benchmark (mvn -Pbench, a few minutes)
#   OTHERS=0 bench/run.sh        # without pandoc & co. (quick mode leaves them out unless OTHERS=1)
#   INSTALL_OTHERS=1 bench/run.sh  # first install the other tools: pandoc, WeasyPrint, wkhtmltopdf and Chromium
#                                # from Debian (as root), md-to-pdf from npm into target/bench/node (on Chromium)
#
# Needs Java 17+ and Maven (the jar is built through bin/cvpress on first use), Node.js and npm (Typst is
# installed from the npm registry into target/bench/typst), hyperfine (installed with apt-get when missing and
# root), GNU time (/usr/bin/time) and python3. Runs on a fresh clone.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cvpress="$root/bin/cvpress"
work="$root/target/bench"
runs="${RUNS:-20}"
batch_runs="${BATCH_RUNS:-5}"
mem_runs="${MEM_RUNS:-3}"
edits="${EDITS:-15}"
others="${OTHERS:-1}"
quick=()
if [ -n "${QUICK:-}" ]; then
  runs="${RUNS:-10}"; batch_runs="${BATCH_RUNS:-3}"; mem_runs="${MEM_RUNS:-2}"; edits="${EDITS:-5}"
  others="${OTHERS:-0}"; quick=(--quick)
fi
typst_version=0.7.0
rm -rf "$work/in" "$work/out" "$work/watch"
mkdir -p "$work/in/b20" "$work/in/b100" "$work/in/t20" "$work/in/t100" "$work/out"
results="$work/results.md"
: >"$results"

say() { printf '%s\n' "$*" | tee -a "$results"; }

# ---- tools: hyperfine, and the Typst engine from npm in a folder of its own
if ! command -v hyperfine >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
  else
    echo "bench/run.sh: hyperfine is needed (apt-get install hyperfine, or cargo install hyperfine)" >&2; exit 1
  fi
fi
for tool in node npm python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh: $tool is needed" >&2; exit 1; }
done
typst_pkg="$work/typst/node_modules/@myriaddreamin/typst-ts-node-compiler/package.json"
if ! grep -q "\"version\": \"$typst_version\"" "$typst_pkg" 2>/dev/null; then
  mkdir -p "$work/typst"
  [ -f "$work/typst/package.json" ] || echo '{"private": true}' >"$work/typst/package.json"
  (cd "$work/typst" && npm install --no-audit --no-fund --silent --save-exact \
    "@myriaddreamin/typst-ts-node-compiler@$typst_version" >/dev/null)
fi
export TYPST_NODE_MODULES="$work/typst/node_modules"
# shellcheck disable=SC2016 # JavaScript, not shell
typst_version_js='const { NodeCompiler } = require(process.env.TYPST_NODE_MODULES + "/@myriaddreamin/typst-ts-node-compiler");
console.log(NodeCompiler.create({}).query({ mainFileContent: "#metadata(str(sys.version)) <v>" },
  { selector: "<v>", field: "value" })[0])'

# ---- inputs: the reference résumé in Markdown and in Typst, and copies of each for the batches
cp "$root/examples/about-me.md" "$work/in/about-me.md"
cp "$root/bench/about-me.typ" "$work/in/about-me.typ"
for n in 20 100; do
  for i in $(seq -w 1 "$n"); do
    cp "$root/examples/about-me.md" "$work/in/b$n/cv$i.md"
    cp "$root/bench/about-me.typ" "$work/in/t$n/cv$i.typ"
  done
done

# ---- the JDKs: a 25+ one (AOT cache) and a 17 one (AppCDS), where installed
feature() { # feature version of a java binary, from its JDK's release file
  local home; home="$(dirname "$(dirname "$(readlink -f "$1")")")"
  [ -f "$home/release" ] && sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$home/release" | head -n 1
}
jdk25="${JDK25:-}"
jdk17="${JDK17:-}"
for j in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
  [ -x "$j" ] || continue
  v="$(feature "$j" || true)"
  [ -z "$v" ] && continue
  if [ -z "$jdk25" ] && [ "$v" -ge 25 ]; then jdk25="$j"; fi
  if [ -z "$jdk17" ] && [ "$v" -eq 17 ]; then jdk17="$j"; fi
done

# ---- build the jar and the startup archives, and check both engines, before timing anything
"$cvpress" --version >/dev/null
for j in "$jdk25" "$jdk17"; do
  [ -n "$j" ] && CVPRESS_JAVA="$j" "$cvpress" -q "$work/in/about-me.md" -o "$work/out/warm-up.pdf"
done
node "$root/bench/typst.js" one "$work/in/about-me.typ" "$work/out/warm-up-typst.pdf"

# ---- the machine
say "# cvpress and the Typst engine, $(date -u +%Y-%m-%dT%H:%MZ)"
say ""
say "- machine: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1), $(free -m | awk '/^Mem:/ {print $2}') MB RAM"
for j in "$jdk25" "$jdk17"; do [ -n "$j" ] && say "- $("$j" -version 2>&1 | sed -n 2p)"; done
say "- cvpress $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), $(wc -c <"$root/target/cvpress.jar") byte jar"
say "- Typst $(cd "$work" && node -e "$typst_version_js"), through @myriaddreamin/typst-ts-node-compiler $typst_version, Node.js $(node --version), $(find /usr/share/fonts /usr/local/share/fonts -type f \( -name '*.tt[fc]' -o -name '*.otf' \) 2>/dev/null | wc -l) font files that it scans at start"
say "- $(hyperfine --version), GNU time $(dpkg-query -W -f='${Version}' time 2>/dev/null || echo '?')"
say ""

# ---- timing helpers: median, spread, from hyperfine's JSON (or a plain loop)
stats() { # json -> "median min max stddev" in seconds
  python3 - "$1" <<'EOF'
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"][0]
t = sorted(r["times"])
print("%.3f %.3f %.3f %.3f" % (statistics.median(t), t[0], t[-1], statistics.pstdev(t)))
EOF
}
time_cmd() { # runs warmups command... -> prints "median min max stddev"
  local n="$1" warm="$2"; shift 2
  local json="$work/out/hf.json"
  if command -v hyperfine >/dev/null; then
    hyperfine -N -w "$warm" -r "$n" --export-json "$json" "$*" >/dev/null 2>&1
    stats "$json"
  else
    local ts=() i s e
    for ((i = 0; i < warm; i++)); do "$@" >/dev/null 2>&1; done
    for ((i = 0; i < n; i++)); do s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); ts+=("$(echo "$e - $s" | bc)"); done
    printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f %.3f %.3f -\n", m, a[1], a[NR]}'
  fi
}
cat >"$work/peak-tree.py" <<'EOF'
# peak-tree.py COMMAND...: runs it, and prints in MB the peak of the summed resident memory of it and all its
# descendants, sampled every 5 ms: what a tool of several processes (a browser) holds at once.
import os, subprocess, sys, time
def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"): return int(line.split()[1])
    except OSError: pass
    return 0
def tree(root):
    kids = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f: ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                kids.setdefault(ppid, []).append(int(d))
            except (OSError, ValueError, IndexError): pass
    out, todo = [], [root]
    while todo:
        p = todo.pop(); out.append(p); todo.extend(kids.get(p, []))
    return out
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
peak = 0
while p.poll() is None:
    peak = max(peak, sum(rss_kb(q) for q in tree(p.pid)))
    time.sleep(0.005)
print("%.0f" % (peak / 1024))
EOF
peak_tree_rss() { python3 "$work/peak-tree.py" "$@"; }

# ---- cvpress and Typst, side by side
say "## Side by side"
say ""
python3 "$root/bench/sidebyside.py" --root "$root" --work "$work" --results "$results" \
  ${jdk25:+--jdk25 "$jdk25"} ${jdk17:+--jdk17 "$jdk17"} ${quick[@]+"${quick[@]}"} --runs "$runs" \
  --batch-runs "$batch_runs" --mem-runs "$mem_runs" --edits "$edits" --jmh "${JMH:-1}" \
  --parts "${PARTS:-cold,batch,memory,watch,warm}"
say ""

# ---- the same work with other tools, when they are installed: pandoc makes the HTML and an engine prints it, or
# md-to-pdf (Markdown to PDF in headless Chromium, one browser for all the files of a run)
if [ -n "${INSTALL_OTHERS:-}" ] && [ "$others" != 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc weasyprint wkhtmltopdf chromium >/dev/null
  fi
  if command -v npm >/dev/null && [ ! -x "$work/node/node_modules/.bin/md-to-pdf" ]; then
    # Its own browser download is skipped: it runs on the machine's Chromium, as the other Chromium row does.
    mkdir -p "$work/node"
    (cd "$work/node" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --silent md-to-pdf >/dev/null)
  fi
fi
chrome=""
for c in chromium chromium-browser google-chrome; do
  if command -v "$c" >/dev/null; then chrome="$(command -v "$c")"; break; fi
done
md_to_pdf="$(command -v md-to-pdf || true)"
[ -z "$md_to_pdf" ] && [ -x "$work/node/node_modules/.bin/md-to-pdf" ] && md_to_pdf="$work/node/node_modules/.bin/md-to-pdf"
alternatives=()
if [ "$others" != 0 ]; then
  if command -v pandoc >/dev/null; then
    command -v wkhtmltopdf >/dev/null && alternatives+=("pandoc + wkhtmltopdf|wkhtmltopdf")
    command -v weasyprint >/dev/null && alternatives+=("pandoc + WeasyPrint|weasyprint")
    [ -n "$chrome" ] && alternatives+=("pandoc + headless Chromium|$chrome")
  fi
  [ -n "$md_to_pdf" ] && [ -n "$chrome" ] && alternatives+=("md-to-pdf (Chromium)|md-to-pdf")
fi
if [ ${#alternatives[@]} -gt 0 ]; then
  cat >"$work/in/pdf-one.sh" <<'EOF'
#!/usr/bin/env bash
# pdf-one.sh ENGINE IN.md OUT.pdf: pandoc's standalone HTML, printed to PDF by ENGINE
set -euo pipefail
engine="$1"; in="$2"; out="$3"; html="${out%.pdf}.html"
case "$engine" in
  weasyprint) pandoc "$in" -s -o "$out" --pdf-engine=weasyprint --metadata title=CV 2>/dev/null ;;
  wkhtmltopdf) pandoc "$in" -s -o "$out" --pdf-engine=wkhtmltopdf --metadata title=CV 2>/dev/null ;;
  md-to-pdf) cp "$in" "${out%.pdf}.md"; "$MD_TO_PDF" "${out%.pdf}.md" --launch-options "$CHROME_LAUNCH" >/dev/null 2>&1 ;;
  *) pandoc "$in" -s -o "$html" --metadata title=CV 2>/dev/null
     # shellcheck disable=SC2086 # CHROME_FLAGS is a list of flags
     "$engine" $CHROME_FLAGS --user-data-dir="$(mktemp -d)" --no-pdf-header-footer --print-to-pdf="$out" \
       "file://$html" >/dev/null 2>&1 ;;
esac
EOF
  cat >"$work/in/pdf-each.sh" <<'EOF'
#!/usr/bin/env bash
# pdf-each.sh ENGINE DIR OUTDIR: one process chain per file, as these tools are used
set -euo pipefail
mkdir -p "$3"
if [ "$1" = md-to-pdf ]; then # one process, one browser, every file: how md-to-pdf does a batch
  cp "$2"/*.md "$3"/
  "$MD_TO_PDF" "$3"/*.md --launch-options "$CHROME_LAUNCH" >/dev/null 2>&1
  exit
fi
for f in "$2"/*.md; do "$(dirname "$0")/pdf-one.sh" "$1" "$f" "$3/$(basename "${f%.md}").pdf"; done
EOF
  chmod +x "$work/in/pdf-one.sh" "$work/in/pdf-each.sh"
  # Headless Chromium as root, without the background traffic that a machine without a network refuses.
  flags=(--no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update
    --disable-sync)
  export CHROME_FLAGS="--headless ${flags[*]}"
  export CHROME_LAUNCH="{\"executablePath\":\"$chrome\",\"args\":[$(printf '"%s",' "${flags[@]}" | sed 's/,$//')]}"
  export MD_TO_PDF="$md_to_pdf"
  say "## Other tools on the same machine, same input"
  say ""
  say "| tool | one résumé, cold (median, min–max) | 20, one by one | peak RSS, one | time ÷ cvpress's, one / 20 |"
  say "|---|---|---|---|---|"
  ours_one=($(time_cmd "$runs" 3 "$cvpress" -q "$work/in/about-me.md" -o "$work/out/one.pdf"))
  ours20=($(time_cmd "$batch_runs" 1 "$cvpress" -q "$work/in/b20/*.md" -d "$work/out/b20"))
  for a in "${alternatives[@]}"; do
    label="${a%%|*}"; engine="${a#*|}"
    "$work/in/pdf-one.sh" "$engine" "$work/in/about-me.md" "$work/out/alt.pdf" || { say "| $label | failed | | | |"; continue; }
    one=($(time_cmd 5 1 "$work/in/pdf-one.sh" "$engine" "$work/in/about-me.md" "$work/out/alt.pdf"))
    b20=($(time_cmd 1 0 "$work/in/pdf-each.sh" "$engine" "$work/in/b20" "$work/out/alt20-${engine##*/}"))
    m1="$(peak_tree_rss "$work/in/pdf-one.sh" "$engine" "$work/in/about-me.md" "$work/out/alt.pdf")"
    r1="$(python3 -c "print('%.1f' % (${one[0]} / ${ours_one[0]}))" 2>/dev/null || echo '?')"
    r20="$(python3 -c "print('%.1f' % (${b20[0]} / ${ours20[0]}))" 2>/dev/null || echo '?')"
    say "| $label | ${one[0]} s (${one[1]}–${one[2]}) | ${b20[0]} s | ${m1} MB | ${r1}× / ${r20}× |"
  done
  say ""
  say "(cvpress as the launcher runs it by default, for the ratios: ${ours_one[0]} s for one, ${ours20[0]} s for 20 in"
  say "one process. Peak RSS of another tool is the most that all its processes held at once, sampled every 5 ms;"
  say "md-to-pdf renders its 20 in one process with one browser.)"
elif [ "$others" = 0 ]; then
  say "Other tools not run (OTHERS=0)."
else
  say "No pandoc with WeasyPrint, wkhtmltopdf or Chromium, nor md-to-pdf, installed: no comparison (INSTALL_OTHERS=1)."
fi

if [ -n "${STAGES:-}" ]; then
  say ""
  say "## Warm, per stage (JMH, one process, after warm-up)"
  say ""
  (cd "$root" && mvn -B -q -Pbench test-compile exec:exec -Djmh.args="-rf json -rff $work/jmh.json") | tee "$work/jmh.txt" \
    | sed -n '/^Benchmark/,$p' | sed 's/^/    /' | tee -a "$results"
fi
echo
echo "results: $results"
