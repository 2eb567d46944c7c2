#!/usr/bin/env node
/**
 * The benchmark (`npm run bench`, which builds first): generates a seeded corpus, takes every
 * figure in one run so ratios hold on a noisy machine, profiles, and writes BENCHMARKS.md.
 *
 *   node bench/run.js             full run (~5-8 minutes on 2 cores), writes BENCHMARKS.md
 *   node bench/run.js --quick     smoke run on small sizes, writes bench/.out/BENCHMARKS.quick.md
 *
 * Options: --out FILE (where to write), --runs N (slow figures; default 3), --cold-runs N
 * (default 10), --no-mdl (skip markdownlint-cli2), --no-profile, --rss-hook (measure peak RSS
 * with bench/rss-hook.js even when /usr/bin/time exists).
 *
 * Only BENCHMARKS.md's block between the bench:begin and bench:end markers is rewritten; the
 * hand-written sections around it (Accuracy, notes) are kept.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inclusive, summarize, toMarkdown as profileMarkdown } from './cpuprofile-summary.js';
import { generateCorpus, generateSingle } from './generate.js';
import { concurrently as concurrentlyIn, fixed, mb, measure as measureIn, median, TIME } from './measure.js';
import { breakdown, toMarkdown as breakdownMarkdown } from './startup-breakdown.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const CORPUS = join(BENCH, '.corpus');
const OUT = join(BENCH, '.out');
const TOOLS = join(BENCH, '.tools');
const SEED = 20240601;
const MDL_VERSION = '0.22.1';
const BEGIN = '<!-- bench:begin: written by `npm run bench`; edit outside these markers -->';
const END = '<!-- bench:end -->';

// ---------------------------------------------------------------- options

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
};
const QUICK = flag('quick');
const RUNS = Number(option('runs', QUICK ? 1 : 3));
const COLD_RUNS = Number(option('cold-runs', QUICK ? 3 : 10));
const MAIN_DOCS = QUICK ? 200 : 1000;
// Figure 4b: the old-generation cap under which the smallest and the biggest batch must both finish.
const HEAP_CAP_MB = 64;
const SCALE_DOCS = QUICK ? [200, 500, 1000] : [1000, 5000, 10000];
const SINGLE_BYTES = 30 * 1024;
const OUTPUT = option('out', QUICK ? join(OUT, 'BENCHMARKS.quick.md') : join(ROOT, 'BENCHMARKS.md'));
const started = Date.now();

const log = (text) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${text}\n`);
const rel = (p) => relative(ROOT, p) || '.';

// ---------------------------------------------------------------- measuring one process

const measure = (args, options = {}) => measureIn(args, { cwd: ROOT, ...options });
const concurrently = (args) => concurrentlyIn(args, 2, ROOT);

// ---------------------------------------------------------------- corpus and tools

function corpus(docs) {
  const dir = join(CORPUS, `docs-${docs}`);
  const stamp = `${createHash('sha1').update(readFileSync(join(BENCH, 'generate.js'))).digest('hex')} ${docs} ${SEED}`;
  const stampFile = join(dir, '.stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').startsWith(stamp)) {
    return { ...JSON.parse(readFileSync(stampFile, 'utf8').slice(stamp.length + 1)), dir };
  }
  log(`generating ${docs} documents into ${rel(dir)}`);
  const summary = generateCorpus(dir, docs, SEED);
  writeFileSync(stampFile, `${stamp}\n${JSON.stringify({ ...summary, dir: undefined })}`);
  return summary;
}

function singleFile() {
  const file = join(CORPUS, 'single', 'handbook-30k.md');
  mkdirSync(join(CORPUS, 'single'), { recursive: true });
  const text = generateSingle(SINGLE_BYTES);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  return { file, bytes: Buffer.byteLength(text) };
}

/** markdownlint-cli2 (and markdown-it, its dependency) in bench/.tools, never a project dependency. */
function markdownlint() {
  const pkg = join(TOOLS, 'node_modules', 'markdownlint-cli2', 'package.json');
  const installed = () => existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).version === MDL_VERSION;
  if (!installed()) {
    log(`installing markdownlint-cli2@${MDL_VERSION} into ${rel(TOOLS)}`);
    mkdirSync(TOOLS, { recursive: true });
    writeFileSync(join(TOOLS, 'package.json'), `${JSON.stringify({ private: true, description: 'benchmark comparison tools (npm run bench installs these; not project dependencies)', dependencies: { 'markdownlint-cli2': MDL_VERSION } }, null, 2)}\n`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const out = spawnSync(npm, ['install', '--prefix', TOOLS, '--no-audit', '--no-fund', '--loglevel=error'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (out.status !== 0 || !installed()) return { error: `npm install markdownlint-cli2@${MDL_VERSION} failed: ${(out.stderr || out.error?.message || '').trim().split('\n').slice(-3).join(' ')}` };
  }
  const meta = JSON.parse(readFileSync(pkg, 'utf8'));
  const bin = typeof meta.bin === 'string' ? meta.bin : meta.bin['markdownlint-cli2'];
  const mdit = join(TOOLS, 'node_modules', 'markdown-it', 'package.json');
  return {
    bin: join(TOOLS, 'node_modules', 'markdownlint-cli2', bin),
    version: meta.version,
    markdownIt: existsSync(mdit) ? JSON.parse(readFileSync(mdit, 'utf8')).version : undefined,
  };
}

const versionOf = (name) => {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};

function machine() {
  const git = (args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const dirty = git(['status', '--porcelain', '--untracked-files=no']).length > 0;
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: `${git(['rev-parse', '--short', 'HEAD']) || 'unknown'}${dirty ? ' + uncommitted changes' : ''}`,
    loadStart: os.loadavg().map((x) => x.toFixed(2)).join(' '),
    rssBy: TIME ? 'GNU time (`/usr/bin/time -f %M`, whole process incl. worker threads)' : '`process.resourceUsage().maxRSS` via bench/rss-hook.js (whole process incl. worker threads)',
  };
}

// ---------------------------------------------------------------- the run

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'process.js'))) throw new Error('dist/ is missing: run `npm run bench`, which builds first');
  const info = machine();
  log(`${QUICK ? 'quick' : 'full'} run: ${info.cores} cores, node ${info.node}, RSS by ${TIME ? 'GNU time' : 'rss-hook'}`);
  const main = corpus(MAIN_DOCS);
  const scale = SCALE_DOCS.map((n) => (n === MAIN_DOCS ? main : corpus(n)));
  const single = singleFile();
  const mdl = flag('no-mdl') ? { error: 'skipped (--no-mdl)' } : markdownlint();
  if (mdl.error) log(`markdownlint-cli2: ${mdl.error}`);
  rmSync(join(OUT, 'reports'), { recursive: true, force: true });
  mkdirSync(join(OUT, 'reports'), { recursive: true });
  const report = (name) => join(OUT, 'reports', `${name}.json`);

  const cmd = {
    floor: ['bench/parse-floor.js', rel(main.dir)],
    mdit: ['bench/parse-floor.js', rel(main.dir), '--parser', 'markdown-it'],
    batch: ['bin/policy-gap.js', 'batch', rel(main.dir), '--format', 'json', '--output', rel(report('batch'))],
    batch1: ['bin/policy-gap.js', 'batch', rel(main.dir), '--jobs', '1', '--format', 'json', '--output', rel(report('batch-jobs1'))],
    mdl: mdl.bin ? [mdl.bin, '**/*.md'] : undefined,
    mdlShow: mdl.bin ? show([relative(main.dir, mdl.bin), '**/*.md'], main.dir) : undefined,
    node0: ['-e', '0'],
    check: ['bin/policy-gap.js', 'check', rel(single.file)],
  };
  const BATCH_CODES = [0, 1]; // 1 = findings (missing elements), which a benchmark corpus has

  // A figure that fails (a crash, a hang past its timeout) is recorded and left out; the others go on.
  const errors = [];
  const broken = new Set();
  const attempt = async (key, label, fn) => {
    if (broken.has(key)) return undefined;
    try {
      return await fn();
    } catch (error) {
      broken.add(key);
      errors.push(`${label}: ${String(error?.message ?? error).split('\n').slice(0, 6).join(' / ')}`);
      log(`FAILED ${label}: ${String(error?.message ?? error).split('\n')[0]}`);
      return undefined;
    }
  };
  const push = (list, value) => value !== undefined && list.push(value);
  const inProcess = (m) => (m ? { ...m, inProcess: JSON.parse(m.stdout), stdout: undefined } : undefined);

  // 1-2. Parse floor, batch, markdownlint-cli2, markdown-it, in rounds so drift hits all alike.
  const rounds = { floor: [], batch: [], batch1: [], mdl: [], mdit: [], pair: [] };
  for (let r = 0; r < RUNS; r++) {
    const tag = `round ${r + 1}/${RUNS}`;
    push(rounds.floor, inProcess(await attempt('floor', 'parse floor', () => measure(cmd.floor, { keepStdout: true, timeoutS: 300 }))));
    log(`${tag} parse floor ${fixed(rounds.floor.at(-1)?.wallS)} s`);
    push(rounds.batch, await attempt('batch', 'policy-gap batch', () => measure(cmd.batch, { okCodes: BATCH_CODES, timeoutS: 300 })));
    log(`${tag} batch ${fixed(rounds.batch.at(-1)?.wallS)} s`);
    push(rounds.batch1, await attempt('batch1', 'policy-gap batch --jobs 1', () => measure(cmd.batch1, { okCodes: BATCH_CODES, timeoutS: 300 })));
    log(`${tag} batch --jobs 1 ${fixed(rounds.batch1.at(-1)?.wallS)} s`);
    if (cmd.mdl) {
      // markdownlint-cli2 exits 1 when it finds lint issues, which generated Markdown has.
      push(rounds.mdl, await attempt('mdl', 'markdownlint-cli2', () => measure(cmd.mdl, { cwd: main.dir, okCodes: [0, 1], timeoutS: 300 })));
      log(`${tag} markdownlint-cli2 ${fixed(rounds.mdl.at(-1)?.wallS)} s`);
      push(rounds.mdit, inProcess(await attempt('mdit', 'markdown-it floor', () => measure(cmd.mdit, { keepStdout: true, timeoutS: 300 }))));
    }
    push(rounds.pair, await attempt('pair', 'two parse floors at once', () => concurrently(cmd.floor)));
    log(`${tag} two parse floors at once ${fixed(rounds.pair.at(-1))} s`);
  }

  // 3. Cold start: `node -e 0` and one check of a 30 KB policy, interleaved, after a warm-up.
  const cold = { node0: [], check: [] };
  await attempt('node0', 'node -e 0 (warm-up)', () => measure(cmd.node0, { timeoutS: 60 }));
  await attempt('check', 'policy-gap check (warm-up)', () => measure(cmd.check, { okCodes: BATCH_CODES, timeoutS: 60 }));
  for (let r = 0; r < COLD_RUNS; r++) {
    push(cold.node0, await attempt('node0', 'node -e 0', () => measure(cmd.node0, { timeoutS: 60 })));
    push(cold.check, await attempt('check', 'policy-gap check', () => measure(cmd.check, { okCodes: BATCH_CODES, timeoutS: 60 })));
  }
  // What two threads buy for the matching itself on this machine (bounds what --jobs 2 can gain).
  const threads = await attempt('threads', 'two matching threads at once', async () => {
    const m = await measure(['bench/thread-pair.js', rel(main.dir)], { keepStdout: true, timeoutS: 300 });
    return JSON.parse(m.stdout);
  });
  if (threads) log(`two matching threads at once: ${threads.throughput}x one (solo ${threads.soloMs} ms, pair ${threads.pairMs.join(' / ')} ms)`);
  log(`cold start: node -e 0 ${fixed(median(cold.node0.map((m) => m.wallS)) * 1000, 0)} ms, check ${fixed(median(cold.check.map((m) => m.wallS)) * 1000, 0)} ms`);
  const startup = (await attempt('startup', 'start-up breakdown', async () => breakdown(QUICK ? 1 : 5))) ?? [];

  // 4. Peak RSS against corpus size (the main size reuses the rounds above).
  const scaling = [];
  for (const c of scale) {
    const base = { docs: c.documents, bytes: c.bytes, members: c.members };
    if (c === main) {
      if (rounds.batch.length) scaling.push({ ...base, wallS: median(rounds.batch.map((m) => m.wallS)), rssKb: median(rounds.batch.map((m) => m.rssKb)), reportBytes: statSync(report('batch')).size, command: cmd.batch });
      continue;
    }
    const out = report(`batch-${c.documents}`);
    const args = ['bin/policy-gap.js', 'batch', rel(c.dir), '--format', 'json', '--output', rel(out)];
    const m = await attempt(`scale-${c.documents}`, `policy-gap batch, ${c.documents} documents`, () => measure(args, { okCodes: BATCH_CODES, timeoutS: 900 }));
    if (!m) continue;
    const reportBytes = statSync(out).size;
    rmSync(out, { force: true });
    log(`batch ${c.documents} docs: ${fixed(m.wallS)} s, peak RSS ${fixed(mb(m.rssKb), 0)} MB`);
    scaling.push({ ...base, wallS: m.wallS, rssKb: m.rssKb, reportBytes, command: args });
  }

  // 4b. Memory retained, not just reached: V8 lets the heap grow when it may, so peak RSS rises
  // with the batch even when nothing is kept. One thread with the old generation capped: a batch
  // that kept its members' results (the 10,000-document JSON report alone is ~180 MB) could not
  // finish under the cap; a streaming one finishes at every size.
  const capped = [];
  for (const c of [scale[0], scale[scale.length - 1]]) {
    const out = report(`batch-capped-${c.documents}`);
    const args = [`--max-old-space-size=${HEAP_CAP_MB}`, 'bin/policy-gap.js', 'batch', rel(c.dir), '--jobs', '1', '--format', 'json', '--output', rel(out)];
    const m = await attempt(`capped-${c.documents}`, `policy-gap batch under a ${HEAP_CAP_MB} MB heap cap, ${c.documents} documents`, () => measure(args, { okCodes: BATCH_CODES, timeoutS: 900 }));
    const members = m ? JSON.parse(readFileSync(out, 'utf8')).sets.length : 0;
    rmSync(out, { force: true });
    capped.push({ docs: c.documents, members: c.members, complete: Boolean(m) && members === c.members, wallS: m?.wallS, rssKb: m?.rssKb, command: args });
    if (m) log(`batch under a ${HEAP_CAP_MB} MB heap, ${c.documents} docs: ${fixed(m.wallS)} s, peak RSS ${fixed(mb(m.rssKb), 0)} MB, ${members} of ${c.members} members`);
  }

  // Profiles: the batch in one thread (--jobs 1, so the profile holds the matching) and the check.
  const profiles = {};
  if (!flag('no-profile')) {
    for (const [name, args] of [
      ['batch', ['--cpu-prof', '--cpu-prof-dir', rel(join(OUT, 'profiles', 'batch')), ...cmd.batch1]],
      ['check', ['--cpu-prof', '--cpu-prof-dir', rel(join(OUT, 'profiles', 'check')), ...cmd.check]],
    ]) {
      const dir = join(OUT, 'profiles', name);
      rmSync(dir, { recursive: true, force: true });
      const ok = await attempt(`profile-${name}`, `profile of ${name}`, () => measure(args, { okCodes: BATCH_CODES, timeoutS: 300 }));
      if (!ok) continue;
      // The main thread's profile is the first one written (suffix .0.001); reader threads write more.
      const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
      const file = files.find((f) => /\.0\.\d+\.cpuprofile$/.test(f)) ?? files[0];
      const threads = files.filter((f) => f !== file).map((f) => ({ file: rel(join(dir, f)), summary: summarize(JSON.parse(readFileSync(join(dir, f), 'utf8')), 5) }));
      profiles[name] = { command: args, file: rel(join(dir, file)), summary: summarize(JSON.parse(readFileSync(join(dir, file), 'utf8')), 10), inclusive: inclusive(JSON.parse(readFileSync(join(dir, file), 'utf8')), 'dist/', 15), threads };
      log(`profiled ${name}: ${rel(join(dir, file))}`);
    }
  }

  const results = {
    quick: QUICK,
    machine: { ...info, loadEnd: os.loadavg().map((x) => x.toFixed(2)).join(' ') },
    versions: { 'remark-parse': versionOf('remark-parse'), micromark: versionOf('micromark'), 'markdownlint-cli2': mdl.version, 'markdown-it': mdl.markdownIt },
    corpus: { main, single, scale: scale.map((c) => ({ docs: c.documents, members: c.members, bytes: c.bytes })) },
    commands: cmd,
    rounds,
    cold,
    startup,
    scaling,
    capped,
    threads,
    profiles,
    errors,
    mdlError: mdl.error,
    elapsedS: (Date.now() - started) / 1000,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, QUICK ? 'results.quick.json' : 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const block = render(results);
  writeBenchmarks(OUTPUT, block);
  log(`wrote ${rel(OUTPUT)} (${fixed(results.elapsedS, 0)} s in all)`);
  process.stdout.write(`${block}\n`);
}

// ---------------------------------------------------------------- BENCHMARKS.md

const show = (args, cwd) => {
  const text = ['node', ...args.map((a) => (/[\s*]/.test(a) ? `"${a}"` : a))].join(' ');
  return cwd ? `(cd ${rel(cwd)} && ${text})` : text;
};
const pass = (ok) => (ok === undefined ? 'n/a' : ok ? '**pass**' : '**FAIL**');

function render(r) {
  const { main, single } = r.corpus;
  const med = (list, key = 'wallS') => median(list.map((m) => m[key]));
  const floorS = med(r.rounds.floor);
  const floorIn = median(r.rounds.floor.map((m) => m.inProcess.totalMs)) / 1000;
  const floorParse = median(r.rounds.floor.map((m) => m.inProcess.parseMs)) / 1000;
  const batchS = med(r.rounds.batch);
  const batch1S = med(r.rounds.batch1);
  const mdlS = r.rounds.mdl.length ? med(r.rounds.mdl) : NaN;
  const miditS = r.rounds.mdit.length ? med(r.rounds.mdit) : NaN;
  const miditParse = r.rounds.mdit.length ? median(r.rounds.mdit.map((m) => m.inProcess.parseMs)) / 1000 : NaN;
  const pairS = median(r.rounds.pair);
  const throughput = (2 * floorS) / pairS;
  const node0 = med(r.cold.node0) * 1000;
  const check = med(r.cold.check) * 1000;
  const mbytes = main.bytes / 1e6;
  const none = { docs: 0, rssKb: NaN, wallS: NaN };
  const biggest = r.scaling.at(-1) ?? none;
  const smallest = r.scaling[0] ?? none;
  const ratio = batchS / floorS;
  const runs = (list, key = 'wallS', d = 2) => list.map((m) => fixed(typeof m === 'number' ? m : m[key], d)).join(', ');
  const L = [];
  L.push(BEGIN, '');
  if (r.quick) L.push('> **Quick smoke run** (`--quick`): reduced sizes and single runs; the targets below are not judged at these sizes.', '');
  L.push('## Machine', '');
  L.push(`| | |`, `| --- | --- |`);
  L.push(`| cores (os.availableParallelism) | ${r.machine.cores} (${r.machine.cpu}) |`);
  L.push(`| measured 2-process throughput | ${fixed(throughput)}x one process (two parse floors at once: ${fixed(pairS)} s vs ${fixed(floorS)} s alone) |`);
  if (r.threads) L.push(`| measured 2-thread throughput, policy-gap's read + match | ${fixed(r.threads.throughput)}x one thread (\`node bench/thread-pair.js ${rel(main.dir)}\`: ${fixed(r.threads.soloMs / 1000)} s alone, ${r.threads.pairMs.map((ms) => fixed(ms / 1000)).join(' s and ')} s for the same work in two threads at once; a pure CPU loop runs at full speed in pairs, so this is the memory system) |`);
  L.push(`| memory | ${r.machine.memoryGiB} GiB |`);
  L.push(`| node | ${r.machine.node} (${r.machine.platform}) |`);
  L.push(`| date | ${r.machine.date} |`);
  L.push(`| commit | ${r.machine.commit} |`);
  L.push(`| load average (1, 5, 15 min) | start ${r.machine.loadStart}; end ${r.machine.loadEnd} |`);
  L.push(`| peak RSS measured by | ${r.machine.rssBy} |`);
  L.push(`| versions | remark-parse ${r.versions['remark-parse']}, micromark ${r.versions.micromark}, markdownlint-cli2 ${r.versions['markdownlint-cli2'] ?? 'n/a'}, markdown-it ${r.versions['markdown-it'] ?? 'n/a'} |`);
  L.push(`| whole benchmark | ${fixed(r.elapsedS / 60, 1)} minutes |`, '');
  L.push('Reproduce: `npm ci && npm run bench` (builds, then `node bench/run.js`). Every figure below is from that one run; wall times are whole-process (hrtime from spawn to exit), medians of the listed runs, MB = 10^6 bytes.', '');

  L.push('## Corpus', '');
  L.push(`\`node bench/generate.js --out ${rel(main.dir)} --docs ${main.documents} --seed ${SEED}\` (mulberry32; member *i* has its own seed, so each smaller corpus is the start of the larger ones):`, '');
  L.push('| corpus | members | documents | size | documents with a GFM table |', '| --- | ---: | ---: | ---: | ---: |');
  L.push(`| ${rel(main.dir)} | ${main.members} | ${main.documents} | ${fixed(mbytes)} MB | ${main.withTables ?? 'n/a'} |`);
  for (const c of r.corpus.scale) if (c.docs !== main.documents) L.push(`| bench/.corpus/docs-${c.docs} | ${c.members} | ${c.docs} | ${fixed(c.bytes / 1e6)} MB | |`);
  L.push(`| ${rel(single.file)} | 1 | 1 | ${fixed(single.bytes / 1024, 1)} KB | |`, '');

  L.push(`## Figures (${main.documents} documents, ${fixed(mbytes)} MB)`, '');
  L.push('| # | figure | command | median | runs | docs/s | MB/s | peak RSS |', '| --- | --- | --- | ---: | --- | ---: | ---: | ---: |');
  const row = (n, name, command, list, extra = '') => {
    const s = med(list);
    L.push(`| ${n} | ${name} | \`${command}\` | ${fixed(s)} s${extra} | ${runs(list)} | ${fixed(main.documents / s, 0)} | ${fixed(mbytes / s)} | ${fixed(mb(med(list, 'rssKb')), 0)} MB |`);
  };
  row('1', 'parse floor: read + remark-parse, 1 thread', show(r.commands.floor), r.rounds.floor);
  L.push(`| | &nbsp;&nbsp;in-process: all / parse only | | ${fixed(floorIn)} s / ${fixed(floorParse)} s | | | | |`);
  L.push(`| | &nbsp;&nbsp;CPU time (user + sys) | | ${fixed(med(r.rounds.floor, 'cpuS'))} s | | | | |`);
  row('2', `policy-gap batch (default --jobs = ${r.machine.cores})`, show(r.commands.batch), r.rounds.batch);
  L.push(`| | &nbsp;&nbsp;CPU time (user + sys) | | ${fixed(med(r.rounds.batch, 'cpuS'))} s | | | | |`);
  row('2b', 'policy-gap batch --jobs 1', show(r.commands.batch1), r.rounds.batch1);
  L.push(`| | &nbsp;&nbsp;CPU time (user + sys) | | ${fixed(med(r.rounds.batch1, 'cpuS'))} s | | | | |`);
  if (r.rounds.mdl.length) {
    row('ref', `markdownlint-cli2 ${r.versions['markdownlint-cli2']} (default rules)`, r.commands.mdlShow, r.rounds.mdl);
    row('ref', `markdown-it ${r.versions['markdown-it']} parse floor (tokens, no tree)`, show(r.commands.mdit), r.rounds.mdit, ` (parse ${fixed(miditParse)} s)`);
  } else L.push(`| ref | markdownlint-cli2 | | skipped: ${r.mdlError} | | | | |`);
  L.push('');
  L.push(`Figure 3, cold start (median of ${r.cold.check.length}, after one warm-up of each):`, '');
  L.push('| command | median | runs (ms) | peak RSS |', '| --- | ---: | --- | ---: |');
  L.push(`| \`${show(r.commands.node0)}\` | ${fixed(node0, 0)} ms | ${runs(r.cold.node0.map((m) => m.wallS * 1000), undefined, 0)} | ${fixed(mb(med(r.cold.node0, 'rssKb')), 0)} MB |`);
  L.push(`| \`${show(r.commands.check)}\` (${fixed(single.bytes / 1024, 1)} KB, stylish to a pipe) | ${fixed(check, 0)} ms | ${runs(r.cold.check.map((m) => m.wallS * 1000), undefined, 0)} | ${fixed(mb(med(r.cold.check, 'rssKb')), 0)} MB |`);
  L.push(`| check minus \`node -e 0\` | **${fixed(check - node0, 0)} ms** | | |`, '');
  L.push('Figure 4, peak RSS against corpus size (`policy-gap batch DIR --format json --output FILE`, one run each; the first row is figure 2):', '');
  L.push('| documents | members | corpus | wall | docs/s | peak RSS | JSON report |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of r.scaling) L.push(`| ${s.docs} | ${s.members} | ${fixed(s.bytes / 1e6, 1)} MB | ${fixed(s.wallS)} s | ${fixed(s.docs / s.wallS, 0)} | ${fixed(mb(s.rssKb), 0)} MB | ${fixed(s.reportBytes / 1e6, 1)} MB |`);
  const growth = (mb(biggest.rssKb) - mb(smallest.rssKb)) / ((biggest.docs - smallest.docs) / 1000);
  L.push('', `Peak RSS grows by ${fixed(growth, 1)} MB per 1,000 documents between ${smallest.docs} and ${biggest.docs} documents (${fixed(biggest.rssKb / smallest.rssKb)}x).`, '');
  if (r.capped?.length) {
    L.push(`Figure 4b, memory retained: the same batch in one thread with V8's old generation capped at ${HEAP_CAP_MB} MB (\`node --max-old-space-size=${HEAP_CAP_MB} bin/policy-gap.js batch DIR --jobs 1 --format json --output FILE\`). Where the heap may grow, V8 lets it, so peak RSS above rises with the run's length; ${biggest.reportBytes > HEAP_CAP_MB * 1e6 ? `a batch that kept its members' results could not finish under this cap at ${biggest.docs} documents (its JSON report alone is ${fixed(biggest.reportBytes / 1e6, 0)} MB), ` : ''}a streaming one finishes at every size:`, '');
    L.push('| documents | members in the report | wall | peak RSS |', '| ---: | ---: | ---: | ---: |');
    for (const c of r.capped) L.push(`| ${c.docs} | ${c.complete ? `all ${c.members}` : '**did not finish**'} | ${fixed(c.wallS)} s | ${fixed(mb(c.rssKb), 0)} MB |`);
    L.push('');
  }

  if (r.errors.length) {
    L.push('## Failed figures', '', 'These runs failed and are left out of the figures above (each is retried no more in this run):', '');
    for (const e of r.errors) L.push(`- ${e.replace(/\|/g, '\\|')}`);
    L.push('');
  }
  L.push('## Targets', '');
  const judged = !r.quick;
  const t = (ok) => (judged ? pass(ok) : 'not judged (quick)');
  L.push('| target | measured | result |', '| --- | --- | --- |');
  L.push(`| batch on ${r.machine.cores} cores no slower than the 1-thread parse floor (ratio <= 1.0) | ${fixed(batchS)} s / ${fixed(floorS)} s = **${fixed(ratio)}** | ${t(ratio <= 1.0)} |`);
  L.push(`| batch faster than markdownlint-cli2 on the same corpus, same run | ${fixed(batchS)} s vs ${Number.isFinite(mdlS) ? `${fixed(mdlS)} s` : 'n/a'} | ${Number.isFinite(mdlS) ? t(batchS < mdlS) : 'n/a (skipped)'} |`);
  L.push(`| single-file check within 250 ms of \`node -e 0\` | ${fixed(check, 0)} - ${fixed(node0, 0)} = **${fixed(check - node0, 0)} ms** | ${t(check - node0 <= 250)} |`);
  L.push(`| peak RSS under 400 MB for ${biggest.docs} documents | **${fixed(mb(biggest.rssKb), 0)} MB** | ${r.quick ? 'not judged (quick)' : pass(biggest.docs >= 10000 && mb(biggest.rssKb) < 400)} |`);
  L.push(`| peak RSS flat in corpus size (here: ${biggest.docs}-doc RSS within 1.25x of ${smallest.docs}-doc) | ${fixed(mb(smallest.rssKb), 0)} -> ${fixed(mb(biggest.rssKb), 0)} MB (${fixed(biggest.rssKb / smallest.rssKb)}x) | ${t(biggest.rssKb / smallest.rssKb <= 1.25)} |`);
  const cappedAll = r.capped?.length === 2 && r.capped.every((c) => c.complete);
  L.push(`| memory retained flat: ${smallest.docs} and ${biggest.docs} documents both finish with a ${HEAP_CAP_MB} MB old generation (figure 4b) | ${r.capped?.length ? r.capped.map((c) => `${c.docs}: ${c.complete ? `${fixed(mb(c.rssKb), 0)} MB RSS` : 'did not finish'}`).join(', ') : 'n/a'} | ${r.capped?.length ? t(cappedAll) : 'n/a'} |`, '');
  L.push(`Context: this machine ran two processes at once at ${fixed(throughput)}x the throughput of one, so with perfect parallelism batch can be at best ~${fixed(1 / throughput)}x its one-thread time${r.threads ? ` (~${fixed(1 / r.threads.throughput)}x by the two-thread figure of its own work, before a worker's start-up)` : ''}; \`--jobs 1\` took ${fixed(batch1S)} s, i.e. ${fixed(batch1S / floorS)}x the parse floor, and the default jobs gave a ${fixed(batch1S / batchS)}x speed-up over it. In CPU time (less sensitive to other load on the machine) batch used ${fixed(med(r.rounds.batch, 'cpuS') / med(r.rounds.floor, 'cpuS'))}x the parse floor's CPU.`, '');

  L.push('## Cold start, piece by piece', '');
  L.push(`\`node bench/startup-breakdown.js\` (each piece imported alone in a fresh process, median of ${r.quick ? 1 : 5}):`, '');
  L.push(breakdownMarkdown(r.startup), '');

  if (r.profiles.batch || r.profiles.check) {
    L.push('## Profiles (top 10 self time)', '');
    for (const [name, p] of Object.entries(r.profiles)) {
      L.push(`### ${name}: \`${show(p.command)}\``, '', `Profile: \`${p.file}\` (${p.summary.totalMs} ms sampled; summarized with \`node bench/cpuprofile-summary.js FILE\`).`, '');
      L.push(profileMarkdown(p.summary), '');
      if (p.inclusive?.length) {
        L.push('Total time (self + callees) of the project\'s own functions; async stages are cut where they await, so nesting is approximate:', '');
        L.push('| function | total ms | % |', '| --- | ---: | ---: |');
        for (const f of p.inclusive) L.push(`| \`${f.function}\` | ${f.totalMs} | ${f.percent} |`);
        L.push('');
      }
      for (const t of p.threads ?? []) {
        L.push(`Other thread \`${t.file}\` (${t.summary.totalMs} ms sampled), top 5: ${t.summary.functions.map((f) => `\`${f.name}\` ${f.module} ${f.percent}%`).join('; ')}.`, '');
      }
    }
  }
  L.push(END);
  return L.join('\n');
}

const TEMPLATE = (block) => `# Benchmarks

How fast policy-gap is at every size, measured by \`npm run bench\` (\`bench/run.js\`). The block
between the markers below is rewritten by each full run; the sections after it are kept.

${block}

## Accuracy

## Notes
`;

function writeBenchmarks(file, block) {
  mkdirSync(join(file, '..'), { recursive: true });
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    const a = text.indexOf(BEGIN);
    const b = text.indexOf(END);
    if (a >= 0 && b > a) {
      writeFileSync(file, `${text.slice(0, a)}${block}${text.slice(b + END.length)}`);
      return;
    }
  }
  writeFileSync(file, TEMPLATE(block));
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error?.stack ?? error}\n`);
  process.exit(1);
});
