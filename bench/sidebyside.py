#!/usr/bin/env python3
"""cvpress and the Typst engine side by side, in one run, on the same machine: the rows of bench/run.sh's main
table. Called by bench/run.sh, which prepares the inputs (target/bench/in), builds cvpress and installs Typst.

Each engine does the same work on the reference résumé: cvpress on examples/about-me.md through bin/cvpress (as a
user runs it), Typst on bench/about-me.typ through bench/typst.js. Runs of the engines are interleaved (A, B, C,
A, B, C, ...) so that all of them see the same load from other tenants of the machine:

- one résumé, cold: hyperfine -N (no shell), in blocks of a few runs per engine, one engine after the other, the
  blocks' times pooled: median, min–max, σ; CPU time (user + sys) from hyperfine's means;
- 20 and 100 résumés in one process: wall time and CPU time (user + sys, all threads, from wait4), medians;
- peak memory: GNU time's maximum resident set size (/usr/bin/time -v) of one résumé and of 100, medians;
- warm, one process, after warm-up: JMH's Stages.render for cvpress, a loop in Node for Typst (medians);
- --watch: time from the write of the source to the replaced output file, after two warm-up edits.
"""
import argparse
import json
import os
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import time

p = argparse.ArgumentParser()
p.add_argument("--root", required=True)
p.add_argument("--work", required=True)
p.add_argument("--results", required=True)
p.add_argument("--jdk25")
p.add_argument("--jdk17")
p.add_argument("--no-archive", action="store_true", help="also cvpress on JDK 17 without a startup archive")
p.add_argument("--runs", type=int, default=20, help="cold runs per engine")
p.add_argument("--batch-runs", type=int, default=5)
p.add_argument("--mem-runs", type=int, default=3)
p.add_argument("--edits", type=int, default=15, help="measured --watch edits per engine")
p.add_argument("--quick", action="store_true", help="shorter JMH and Node warm loops")
p.add_argument("--jmh", default="1", help="0: no JMH (the warm row of cvpress stays empty)")
p.add_argument("--parts", default="cold,batch,memory,watch,warm", help="which rows to measure")
a = p.parse_args()
parts = set(a.parts.split(","))

root, work = a.root, a.work
inp, out = os.path.join(work, "in"), os.path.join(work, "out")
cvpress = os.path.join(root, "bin", "cvpress")
typst_js = os.path.join(root, "bench", "typst.js")
results = open(a.results, "a", encoding="utf-8")


def say(line=""):
    print(line, flush=True)
    results.write(line + "\n")
    results.flush()


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


class Engine:
    def __init__(self, key, label, env, kind):
        self.key, self.label, self.kind = key, label, kind
        self.env = dict(os.environ, **env)

    def one(self):
        if self.kind == "typst":
            return ["node", typst_js, "one", f"{inp}/about-me.typ", f"{out}/{self.key}-one.pdf"]
        return [cvpress, "-q", f"{inp}/about-me.md", "-o", f"{out}/{self.key}-one.pdf"]

    def batch(self, n):
        if self.kind == "typst":
            return ["node", typst_js, "batch", f"{inp}/t{n}", f"{out}/{self.key}-b{n}"]
        # cvpress expands the quoted pattern itself, as it does on any shell
        return [cvpress, "-q", f"{inp}/b{n}/*.md", "-d", f"{out}/{self.key}-b{n}"]


engines = []
if a.jdk25:
    engines.append(Engine("jdk25", "cvpress, JDK 25 + AOT cache", {"CVPRESS_JAVA": a.jdk25}, "cvpress"))
if a.jdk17:
    engines.append(Engine("jdk17", "cvpress, JDK 17 + AppCDS", {"CVPRESS_JAVA": a.jdk17}, "cvpress"))
    if a.no_archive:
        engines.append(Engine("jdk17na", "cvpress, JDK 17, no archive",
                              {"CVPRESS_JAVA": a.jdk17, "CVPRESS_ARCHIVE": "off"}, "cvpress"))
if not engines:
    engines.append(Engine("java", "cvpress, java on PATH", {"CVPRESS_JAVA": "java"}, "cvpress"))
typst = Engine("typst", "Typst 0.14", {"TYPST_NODE_MODULES": os.path.join(work, "typst", "node_modules")},
               "typst")
engines.append(typst)
memo_env = dict(typst.env, TYPST_MEMO="keep")
cv = [e for e in engines if e.kind == "cvpress"]
data = {e.key: {} for e in engines}  # engine -> row -> value(s)


def run_rusage(cmd, env):
    """Runs cmd, returns (wall s, cpu s of the process and the children it waited for)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {shlex.join(cmd)}")
    return wall, ru.ru_utime + ru.ru_stime


def peak_rss_mb(cmd, env):
    with tempfile.NamedTemporaryFile("r", suffix=".time") as f:
        subprocess.run(["/usr/bin/time", "-v", "-o", f.name] + cmd, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for line in f.read().splitlines():
            if "Maximum resident set size" in line:
                return int(line.rsplit(":", 1)[1]) / 1024
    raise RuntimeError("no peak RSS from /usr/bin/time")


def spread(xs):
    xs = sorted(xs)
    return {"median": statistics.median(xs), "min": xs[0], "max": xs[-1],
            "sd": statistics.pstdev(xs) if len(xs) > 1 else 0.0, "n": len(xs)}


load_start = loadavg()
say(f"- load average at the start: {load_start}")
say(f"- engines: " + "; ".join(e.label for e in engines))

# ---- one résumé, cold: hyperfine in interleaved blocks
if "cold" in parts:
    block = 5 if a.runs >= 5 else a.runs
    blocks = max(1, round(a.runs / block))
    cold = {e.key: {"times": [], "cpu": []} for e in engines}
    for b in range(blocks):
        for e in engines:
            js = os.path.join(out, "hf.json")
            subprocess.run(["hyperfine", "-N", "-w", "2" if b == 0 else "1", "-r", str(block), "--export-json", js,
                            shlex.join(e.one())], env=e.env, check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            r = json.load(open(js))["results"][0]
            cold[e.key]["times"] += r["times"]
            cold[e.key]["cpu"].append(r["user"] + r["system"])
    for e in engines:
        data[e.key]["cold"] = spread(cold[e.key]["times"])
        data[e.key]["cold_cpu"] = statistics.mean(cold[e.key]["cpu"])
    print(f"  cold done, load {loadavg()}", file=sys.stderr)

# ---- batches in one process: one untimed run each (page cache, startup archive), then interleaved
if "batch" in parts:
    for n in (20, 100):
        for e in engines:
            run_rusage(e.batch(n), e.env)
        walls = {e.key: [] for e in engines}
        cpus = {e.key: [] for e in engines}
        for _ in range(a.batch_runs):
            for e in engines:
                w, c = run_rusage(e.batch(n), e.env)
                walls[e.key].append(w)
                cpus[e.key].append(c)
        for e in engines:
            data[e.key][f"b{n}"] = spread(walls[e.key])
            data[e.key][f"b{n}_cpu"] = spread(cpus[e.key])
        print(f"  batch {n} done, load {loadavg()}", file=sys.stderr)
    # What Typst's memo cache would save on 100 identical copies (not a row: different résumés do not share layout)
    typst_memo = statistics.median(run_rusage(typst.batch(100), memo_env)[0] for _ in range(max(1, a.batch_runs // 2)))

# ---- peak memory
if "memory" in parts:
    mem = {e.key: {"one": [], "b100": []} for e in engines}
    for _ in range(a.mem_runs):
        for e in engines:
            mem[e.key]["one"].append(peak_rss_mb(e.one(), e.env))
            mem[e.key]["b100"].append(peak_rss_mb(e.batch(100), e.env))
    for e in engines:
        data[e.key]["rss_one"] = statistics.median(mem[e.key]["one"])
        data[e.key]["rss_b100"] = statistics.median(mem[e.key]["b100"])
    print(f"  memory done, load {loadavg()}", file=sys.stderr)

# ---- PDF sizes (information)
if "cold" in parts:
    for e in engines:
        data[e.key]["pdf"] = os.path.getsize(f"{out}/{e.key}-one.pdf")


# ---- --watch: both kinds of watcher running at once, one edit each in turn
if "watch" in parts:
    def stamp(path):
        try:
            s = os.stat(path)
            return (s.st_ino, s.st_mtime_ns, s.st_size)
        except FileNotFoundError:
            return None


    def wait_change(path, before, timeout, least=1):
        """Waits until path is another file than before (inode, time or size) of at least `least` bytes: a render of
        a half-written source (an empty document) would be much smaller than the résumé's PDF, and is not the one."""
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            now = stamp(path)
            if now is not None and now != before and now[2] >= least:
                return time.perf_counter()
            time.sleep(0.0005)
        return None


    watchers = []
    for e in engines:
        d = os.path.join(work, "watch", e.key)
        os.makedirs(d, exist_ok=True)
        src = os.path.join(d, "about-me.typ" if e.kind == "typst" else "about-me.md")
        with open(os.path.join(inp, os.path.basename(src)), encoding="utf-8") as f:
            text = f.read()
        with open(src, "w", encoding="utf-8") as f:
            f.write(text)
        pdf = os.path.join(d, "out.pdf")
        if os.path.exists(pdf):
            os.remove(pdf)
        cmd = (["node", typst_js, "watch", src, pdf] if e.kind == "typst"
               else [cvpress, "--watch", src, "-o", pdf])
        proc = subprocess.Popen(cmd, env=e.env, cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        watchers.append((e, proc, src, pdf))
    watch = {e.key: [] for e in engines}
    try:
        first_size = {}
        for e, proc, src, pdf in watchers:
            if wait_change(pdf, None, 180) is None:
                raise RuntimeError(f"{e.label}: --watch wrote no first output")
            time.sleep(0.2)
            first_size[e.key] = os.path.getsize(pdf)
        time.sleep(1.0)  # the watchers' own start settles (directory registration)
        warm_edits = 2
        token = {e.key: "99.99%" for e in engines}
        for i in range(warm_edits + a.edits):
            for e, proc, src, pdf in watchers:
                with open(src, encoding="utf-8") as f:
                    text = f.read()
                # a real change of the text, new at every edit: Typst memoizes by content, and a text it has seen
                # before (an edit and its undo) would come back from its cache
                text = text.replace(token[e.key], f"99.{i:03d}%", 1)
                token[e.key] = f"99.{i:03d}%"
                with open(src + ".new", "w", encoding="utf-8") as f:
                    f.write(text)
                before = stamp(pdf)
                # saved whole, as most editors save: written beside and renamed over the source
                start = time.perf_counter()
                os.replace(src + ".new", src)
                done = wait_change(pdf, before, 30, first_size[e.key] // 2)
                if done is None:
                    raise RuntimeError(f"{e.label}: --watch did not render again within 30 s")
                if i >= warm_edits:
                    watch[e.key].append(done - start)
                time.sleep(0.4)  # let the watcher finish printing and settle before the next engine's edit
        for e in engines:
            data[e.key]["watch"] = spread(watch[e.key])
    except RuntimeError as err:
        say(f"- --watch not measured: {err}")
    finally:
        for e, proc, src, pdf in watchers:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    print(f"  watch done, load {loadavg()}", file=sys.stderr)

# ---- warm, one process, after warm-up
if "warm" in parts:
    warmup, runs = (20, 40) if a.quick else (50, 200)
    r = subprocess.run(["node", typst_js, "warm", f"{inp}/about-me.typ", str(warmup), str(runs)], env=typst.env,
                       check=True, capture_output=True, text=True).stdout.split()
    data["typst"]["warm"] = (float(r[0]), f"{float(r[1]):.1f}–{float(r[2]):.1f}")
    typst_warm_cpu = float(r[3])
    memo_r = subprocess.run(["node", typst_js, "warm", f"{inp}/about-me.typ", str(warmup), str(runs)],
                            env=memo_env, check=True, capture_output=True, text=True).stdout.split()
    jmh_note = ""
    if a.jmh != "0":
        jmh_json = os.path.join(work, "jmh-render.json")
        jmh_args = "Stages.render -f 1 " + ("-wi 4 -w 2 -i 5 -r 1 " if a.quick else "") + f"-rf json -rff {jmh_json}"
        jmh_env = dict(os.environ)
        if a.jdk25:  # JMH runs on `java` from PATH: the JDK the launcher prefers
            jmh_env["PATH"] = os.path.dirname(a.jdk25) + os.pathsep + jmh_env["PATH"]
        # JMH's annotation processor writes the benchmark list. javac 23 and later run processors found on the class
        # path only when asked (-proc:full); test classes compiled without it (by a plain build) are compiled again.
        if not os.path.exists(os.path.join(root, "target", "test-classes", "META-INF", "BenchmarkList")):
            subprocess.run(["rm", "-rf", os.path.join(root, "target", "test-classes")], check=True)
        log = os.path.join(work, "jmh-render.txt")
        if os.path.exists(jmh_json):
            os.remove(jmh_json)
        with open(log, "w") as f:
            rc = subprocess.run(["mvn", "-B", "-q", "-o", "-Pbench", "-Dmaven.compiler.proc=full", "test-compile",
                                 "exec:exec", f"-Djmh.args={jmh_args}"], cwd=root, env=jmh_env, stdout=f,
                                stderr=subprocess.STDOUT)
        if rc.returncode == 0 and os.path.getsize(jmh_json) > 0:
            m = json.load(open(jmh_json))[0]
            score, err = m["primaryMetric"]["score"], m["primaryMetric"]["scoreError"]
            for e in cv:
                if e.key == "jdk25" or len(cv) == 1:
                    data[e.key]["warm"] = (score, f"± {err:.1f}")
            jmh_note = f"JMH {m['jmhVersion']} on JDK {m['jdkVersion']}, {' '.join(m['jvmArgs'])}, C2 allowed"
        else:
            say(f"- JMH failed (exit {rc.returncode}), see {log}")
    print(f"  warm done, load {loadavg()}", file=sys.stderr)
load_end = loadavg()

# ---- the table
# Other tenants' load: before the run starts, or more at the end than this run's own one or two busy cores make.
loaded = float(load_start.split()[0]) >= 0.5 or float(load_end.split()[0]) >= 2.5
T = {e.key: data[e.key] for e in engines}
ty = T["typst"]


def fmt_s(s, extra=True):
    r = f"{s['median']:.3f} s"
    if extra:
        r += f" ({s['min']:.3f}–{s['max']:.3f}"
        r += f", σ {s['sd']:.3f})" if "sd" in s and s["n"] > 2 else ")"
    return r


def verdict(ok):
    if ok is None:
        return ""
    v = "met" if ok else "not met"
    return f"{v}, under load" if loaded else v


rows = []  # (work, {engine: text}, engine -> ratio to Typst, {engine: (target, check of the ratio)})


def have(*keys):
    return all(k in v for v in T.values() for k in keys)


if have("cold"):
    rows.append(("one résumé, cold (hyperfine -N)", {k: fmt_s(v["cold"]) for k, v in T.items()},
                 lambda k: T[k]["cold"]["median"] / ty["cold"]["median"],
                 {"jdk25": ("≤ 1.5× (JDK 25)", lambda r: r <= 1.5), "jdk17": ("≤ 2.5× (JDK 17)", lambda r: r <= 2.5)}))
    rows.append(("one résumé, cold: CPU (user + sys, mean)", {k: f"{v['cold_cpu']:.3f} s" for k, v in T.items()},
                 lambda k: T[k]["cold_cpu"] / ty["cold_cpu"], {}))
if have("b20", "b100"):
    rows.append(("20 résumés, one process: wall", {k: fmt_s(v["b20"]) for k, v in T.items()},
                 lambda k: T[k]["b20"]["median"] / ty["b20"]["median"], {"jdk25": ("≤ 1.2×", lambda r: r <= 1.2)}))
    rows.append(("20 résumés, one process: CPU", {k: fmt_s(v["b20_cpu"]) for k, v in T.items()},
                 lambda k: T[k]["b20_cpu"]["median"] / ty["b20_cpu"]["median"], {}))
    rows.append(("100 résumés, one process: wall", {k: fmt_s(v["b100"]) for k, v in T.items()},
                 lambda k: T[k]["b100"]["median"] / ty["b100"]["median"], {"jdk25": ("≤ 1.0×", lambda r: r <= 1.0)}))
    rows.append(("100 résumés, one process: CPU", {k: fmt_s(v["b100_cpu"]) for k, v in T.items()},
                 lambda k: T[k]["b100_cpu"]["median"] / ty["b100_cpu"]["median"],
                 {"jdk25": ("≤ 1.0×", lambda r: r <= 1.0)}))
    rows.append(("batch, CPU per extra résumé ((100 − 20) / 80)",
                 {k: f"{(v['b100_cpu']['median'] - v['b20_cpu']['median']) / 80 * 1000:.0f} ms"
                  for k, v in T.items()},
                 lambda k: ((T[k]["b100_cpu"]["median"] - T[k]["b20_cpu"]["median"])
                            / (ty["b100_cpu"]["median"] - ty["b20_cpu"]["median"])), {}))
if have("rss_one"):
    rows.append(("peak RSS, one résumé", {k: f"{v['rss_one']:.0f} MB" for k, v in T.items()},
                 lambda k: T[k]["rss_one"] / ty["rss_one"], {"jdk25": ("≤ 1.2×", lambda r: r <= 1.2)}))
    rows.append(("peak RSS, 100 résumés", {k: f"{v['rss_b100']:.0f} MB" for k, v in T.items()},
                 lambda k: T[k]["rss_b100"] / ty["rss_b100"], {"jdk25": ("≤ 1.2×", lambda r: r <= 1.2)}))
if "warm" in ty:
    rows.append(("warm, one process, per résumé (cvpress: JMH)",
                 {k: f"{v['warm'][0]:.1f} ms ({v['warm'][1]})" for k, v in T.items() if "warm" in v},
                 lambda k: T[k]["warm"][0] / ty["warm"][0] if "warm" in T[k] else None,
                 {"jdk25": ("≤ 10 ms", lambda r: T["jdk25"]["warm"][0] <= 10)} if "warm" in T.get("jdk25", {})
                 else {}))
if have("watch"):
    rows.append(("--watch: source saved → output replaced",
                 {k: f"{v['watch']['median'] * 1000:.0f} ms ({v['watch']['min'] * 1000:.0f}–"
                     f"{v['watch']['max'] * 1000:.0f})" for k, v in T.items()},
                 lambda k: T[k]["watch"]["median"] / ty["watch"]["median"],
                 {"jdk25": ("≤ 50 ms", lambda r: T["jdk25"]["watch"]["median"] <= 0.050)}))
if have("pdf"):
    rows.append(("PDF of the reference résumé", {k: f"{v['pdf']:,} B" for k, v in T.items()},
                 lambda k: T[k]["pdf"] / ty["pdf"], {}))

say()
head = "| work | " + " | ".join(e.label for e in engines) + " | " + \
       " | ".join(f"{e.label.split(', ', 1)[1]} ÷ Typst" for e in cv) + " | target | verdict |"
say(head)
say("|" + "---|" * (head.count("|") - 1))
for work_label, cells, ratio, targets in rows:
    line = f"| {work_label} | " + " | ".join(cells.get(e.key, "—") for e in engines) + " | "
    rs = []
    for e in cv:
        r = ratio(e.key)
        rs.append("—" if r is None else f"{r:.2f}×")
    line += " | ".join(rs) + " | "
    tgt, ver = [], []
    for e in cv:
        if e.key in targets:
            t, check = targets[e.key]
            r = ratio(e.key)
            tgt.append(t)
            ver.append(verdict(check(r)))
    line += "; ".join(tgt) + " | " + "; ".join(ver) + " |"
    say(line)
say()
say(f"- load average at the end: {load_end}"
    + (" — the machine was loaded during this run: the verdicts are indicative only, not a result" if loaded else ""))
if "batch" in parts:
    say(f"- Typst keeping its memo cache between the 100 identical copies (not a row: different résumés share no "
        f"layout): {typst_memo:.3f} s wall")
if "warm" in parts:
    if jmh_note:
        say(f"- cvpress warm: {jmh_note}")
    say(f"- Typst warm: median of {runs} compiles after {warmup}, memo cache cleared before each; "
        f"{typst_warm_cpu:.1f} ms of CPU per compile (all its threads); the same input again with the cache kept: "
        f"{float(memo_r[0]):.1f} ms")
say(f"- runs: " + ", ".join(x for x in (
    f"cold {len(cold[engines[0].key]['times'])} per engine (blocks of {block})" if "cold" in parts else "",
    f"batches {a.batch_runs}" if "batch" in parts else "", f"memory {a.mem_runs}" if "memory" in parts else "",
    f"--watch {a.edits} edits after 2 warm-up edits" if "watch" in parts else "") if x))
