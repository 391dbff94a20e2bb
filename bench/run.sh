#!/usr/bin/env bash
# Whole-process benchmark of cvpress as people run it: one résumé in a fresh process (cold), batches of 20 and 100
# in one process, peak memory, PDF size; and, when they are installed, the same work done by pandoc with
# WeasyPrint, wkhtmltopdf or headless Chromium, as ratios. Inputs are made from examples/about-me.md.
#
#   bench/run.sh                 # everything, results in target/bench/results.md
#   RUNS=30 bench/run.sh         # more cold runs per configuration (default 15)
#   QUICK=1 bench/run.sh         # fewer runs, for a smoke test
#   JMH=1 bench/run.sh           # also the warm per-stage JMH benchmarks (mvn -Pbench, a few minutes)
#   OTHERS=0 bench/run.sh        # cvpress only, without the other tools
#   INSTALL_OTHERS=1 bench/run.sh  # first install the other tools: pandoc, WeasyPrint, wkhtmltopdf and Chromium
#                                # from Debian (as root), md-to-pdf from npm into target/bench/node (on Chromium)
#
# Needs Java 17+ and Maven (the jar is built through bin/cvpress on first use), hyperfine for timings (falls back
# to a plain loop without it) and GNU time (/usr/bin/time) for memory. Runs on a fresh clone.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cvpress="$root/bin/cvpress"
work="$root/target/bench"
runs="${RUNS:-15}"
batch_runs="${BATCH_RUNS:-5}"
if [ -n "${QUICK:-}" ]; then runs=5; batch_runs=2; fi
rm -rf "$work/in" "$work/out"
mkdir -p "$work/in/b20" "$work/in/b100" "$work/out"
results="$work/results.md"
: >"$results"

say() { printf '%s\n' "$*" | tee -a "$results"; }

# ---- inputs: the reference résumé, and copies of it for the batches
cp "$root/examples/about-me.md" "$work/in/about-me.md"
for i in $(seq -w 1 100); do cp "$root/examples/about-me.md" "$work/in/b100/cv$i.md"; done
for i in $(seq -w 1 20); do cp "$root/examples/about-me.md" "$work/in/b20/cv$i.md"; done

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

# ---- build the jar and the startup archives before timing anything
"$cvpress" --version >/dev/null
configs=()   # "label|env"
[ -n "$jdk25" ] && configs+=("JDK $(feature "$jdk25") + AOT cache|CVPRESS_JAVA=$jdk25")
[ -n "$jdk17" ] && configs+=("JDK 17 + AppCDS|CVPRESS_JAVA=$jdk17")
[ -n "$jdk17" ] && configs+=("JDK 17, no archive|CVPRESS_JAVA=$jdk17 CVPRESS_ARCHIVE=off")
[ ${#configs[@]} -eq 0 ] && configs+=("java on PATH|CVPRESS_JAVA=java")
for c in "${configs[@]}"; do
  # shellcheck disable=SC2086
  env ${c#*|} "$cvpress" -q "$work/in/about-me.md" -o "$work/out/warm-up.pdf"
done

# ---- the machine
say "# cvpress benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
say ""
say "- machine: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1), $(free -m | awk '/^Mem:/ {print $2}') MB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for j in "$jdk25" "$jdk17"; do [ -n "$j" ] && say "- $("$j" -version 2>&1 | sed -n 2p)"; done
say "- cvpress $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), $(wc -c <"$root/target/cvpress.jar") byte jar"
command -v hyperfine >/dev/null && say "- $(hyperfine --version)"
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
peak_rss() { # command... -> peak resident set size in MB (of the process and its children)
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {printf "%.0f", $2 / 1024}'
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

# ---- cvpress: cold single, batches, memory
say "## cvpress"
say ""
say "| configuration | one résumé, cold (median, min–max, σ) | 20 in one process | 100 in one process | peak RSS one / 100 |"
say "|---|---|---|---|---|"
declare -A single
for c in "${configs[@]}"; do
  label="${c%%|*}"
  # shellcheck disable=SC2206
  envs=(${c#*|})
  one=($(time_cmd "$runs" 3 env "${envs[@]}" "$cvpress" -q "$work/in/about-me.md" -o "$work/out/one.pdf"))
  b20=($(time_cmd "$batch_runs" 1 env "${envs[@]}" "$cvpress" -q "$work/in/b20/*.md" -d "$work/out/b20"))
  b100=($(time_cmd "$batch_runs" 1 env "${envs[@]}" "$cvpress" -q "$work/in/b100/*.md" -d "$work/out/b100"))
  m1="$(peak_rss env "${envs[@]}" "$cvpress" -q "$work/in/about-me.md" -o "$work/out/one.pdf")"
  m100="$(peak_rss env "${envs[@]}" "$cvpress" -q "$work/in/b100/*.md" -d "$work/out/b100")"
  single["$label"]="${one[0]}"
  say "| $label | ${one[0]} s (${one[1]}–${one[2]}, σ ${one[3]}) | ${b20[0]} s (${b20[1]}–${b20[2]}) | ${b100[0]} s (${b100[1]}–${b100[2]}) | ${m1} / ${m100} MB |"
done
say ""
say "PDF of the reference résumé (default theme): $(wc -c <"$work/out/one.pdf") bytes, $(ls "$work/out/b100" | wc -l) PDFs in the batch of 100."
say ""

# ---- the same work with other tools, when they are installed: pandoc makes the HTML and an engine prints it, or
# md-to-pdf (Markdown to PDF in headless Chromium, one browser for all the files of a run)
if [ -n "${INSTALL_OTHERS:-}" ] && [ "${OTHERS:-1}" != 0 ]; then
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
if [ "${OTHERS:-1}" != 0 ]; then
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
  say "| tool | one résumé, cold (median, min–max) | 20, one by one | peak RSS, one | time ÷ cvpress's (${configs[0]%%|*}), one / 20 |"
  say "|---|---|---|---|---|"
  ours_one="${single[${configs[0]%%|*}]}"
  # shellcheck disable=SC2206
  envs=(${configs[0]#*|})
  ours20=($(time_cmd "$batch_runs" 1 env "${envs[@]}" "$cvpress" -q "$work/in/b20/*.md" -d "$work/out/b20"))
  for a in "${alternatives[@]}"; do
    label="${a%%|*}"; engine="${a#*|}"
    "$work/in/pdf-one.sh" "$engine" "$work/in/about-me.md" "$work/out/alt.pdf" || { say "| $label | failed | | | |"; continue; }
    one=($(time_cmd 5 1 "$work/in/pdf-one.sh" "$engine" "$work/in/about-me.md" "$work/out/alt.pdf"))
    b20=($(time_cmd 1 0 "$work/in/pdf-each.sh" "$engine" "$work/in/b20" "$work/out/alt20-${engine##*/}"))
    m1="$(peak_tree_rss "$work/in/pdf-one.sh" "$engine" "$work/in/about-me.md" "$work/out/alt.pdf")"
    r1="$(python3 -c "print('%.1f' % ($one / $ours_one))" 2>/dev/null || echo '?')"
    r20="$(python3 -c "print('%.1f' % (${b20[0]} / ${ours20[0]}))" 2>/dev/null || echo '?')"
    say "| $label | ${one[0]} s (${one[1]}–${one[2]}) | ${b20[0]} s | ${m1} MB | ${r1}× / ${r20}× |"
  done
  say ""
  say "(cvpress 20 in one process for the ratio: ${ours20[0]} s. Peak RSS of another tool is the most that all its"
  say "processes held at once, sampled every 5 ms; md-to-pdf renders its 20 in one process with one browser.)"
elif [ "${OTHERS:-1}" = 0 ]; then
  say "Other tools not run (OTHERS=0)."
else
  say "No pandoc with WeasyPrint, wkhtmltopdf or Chromium, nor md-to-pdf, installed: no comparison (INSTALL_OTHERS=1)."
fi

if [ -n "${JMH:-}" ]; then
  say ""
  say "## Warm, per stage (JMH, one process, after warm-up)"
  say ""
  (cd "$root" && mvn -B -q -Pbench test-compile exec:exec -Djmh.args="-rf json -rff $work/jmh.json") | tee "$work/jmh.txt" \
    | sed -n '/^Benchmark/,$p' | sed 's/^/    /' | tee -a "$results"
fi
echo
echo "results: $results"
