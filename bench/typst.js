// The Typst engine's side of bench/run.sh: Typst 0.14 through @myriaddreamin/typst-ts-node-compiler, in one Node
// process per call, with Liberation Sans as its only font folder (the engine's own embedded fonts stay available).
//
//   node typst.js one IN.typ OUT.pdf          one document: what a cold `typst compile` does
//   node typst.js batch IN_DIR OUT_DIR        every IN_DIR/*.typ to OUT_DIR/*.pdf, one compiler for all
//   node typst.js warm IN.typ WARMUP RUNS     prints the median, least and most ms per document after WARMUP
//                                             compiles, and the mean CPU ms (all threads) per document
//   node typst.js watch IN.typ OUT.pdf        compiles again whenever IN.typ changes, as `typst watch` does
//
// Typst memoizes its work by content: compiling the same text again is mostly cache hits. A batch of a hundred
// different résumés would not share their layout, so `batch` and `warm` clear the memo cache before each document
// (TYPST_MEMO=keep keeps it, to see what it saves); `watch` keeps it, as `typst watch` does, since that is where it
// helps a user. Fonts are loaded once per process either way: they are not in the memo cache.
// The package is found in TYPST_NODE_MODULES (bench/run.sh installs it in target/bench/typst/node_modules).
'use strict';
const fs = require('fs');
const path = require('path');

const modules = process.env.TYPST_NODE_MODULES || path.join(__dirname, '..', 'target', 'bench', 'typst', 'node_modules');
const { NodeCompiler } = require(path.join(modules, '@myriaddreamin', 'typst-ts-node-compiler'));
const fontDir = process.env.TYPST_FONT_DIR || '/usr/share/fonts/truetype/liberation';
const keepMemo = process.env.TYPST_MEMO === 'keep';

function compiler(workspace) {
  return NodeCompiler.create({ workspace, fontArgs: [{ fontPaths: [fontDir] }] });
}

// Compiles one file to PDF bytes; a Typst error is printed and ends the process with exit status 1.
function pdf(c, file) {
  const compiled = c.compile({ mainFilePath: file, resetRead: true });
  const doc = compiled.result;
  if (!doc || compiled.hasError()) {
    compiled.printDiagnostics();
    process.exit(1);
  }
  return c.pdf(doc);
}

// Writes beside the target and renames, so that a reader (the watch measurement) never sees half a file.
function write(out, bytes) {
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, out);
}

const [mode, a, b, c] = process.argv.slice(2);
if (mode === 'one') {
  write(b, pdf(compiler(path.dirname(path.resolve(a))), path.resolve(a)));
} else if (mode === 'batch') {
  const dir = path.resolve(a);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.typ')).sort();
  const comp = compiler(dir);
  fs.mkdirSync(b, { recursive: true });
  for (const f of files) {
    if (!keepMemo) comp.evictCache(0);
    write(path.join(b, f.replace(/\.typ$/, '.pdf')), pdf(comp, path.join(dir, f)));
  }
} else if (mode === 'warm') {
  const file = path.resolve(a);
  const comp = compiler(path.dirname(file));
  const warmup = Number(b);
  const runs = Number(c);
  const times = [];
  let cpu = null;
  for (let i = 0; i < warmup + runs; i++) {
    if (i === warmup) cpu = process.cpuUsage();
    if (!keepMemo) comp.evictCache(0);
    const start = process.hrtime.bigint();
    pdf(comp, file);
    if (i >= warmup) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  cpu = process.cpuUsage(cpu);
  times.sort((x, y) => x - y);
  const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
  console.log(`${median.toFixed(2)} ${times[0].toFixed(2)} ${times[times.length - 1].toFixed(2)} ${cpuMs.toFixed(2)}`);
} else if (mode === 'watch') {
  const file = path.resolve(a);
  const comp = compiler(path.dirname(file));
  write(b, pdf(comp, file));
  console.log('ready');
  // Editors save by writing in place or by renaming a new file over the old: watch the folder, not the file.
  let pending = null;
  fs.watch(path.dirname(file), (event, name) => {
    if (name !== path.basename(file) || pending) return;
    pending = setImmediate(() => {
      pending = null;
      if (fs.existsSync(file)) write(b, pdf(comp, file));
    });
  });
} else {
  console.error('usage: node typst.js one|batch|warm|watch ...');
  process.exit(2);
}
