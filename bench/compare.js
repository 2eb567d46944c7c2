#!/usr/bin/env node
/**
 * Before/after: the same batch and check figures for two built checkouts, interleaved (A, B, A,
 * B, ...) so that load from elsewhere on the machine hits both alike. For recording what an
 * optimisation changed: build a copy of the old commit somewhere, then
 *
 *   git archive OLD | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/ && (cd /tmp/old && npx tsc -p tsconfig.json)
 *   node bench/compare.js /tmp/old . [--runs 3] [--cold-runs 10] [--docs 1000] [--no-batch1]
 *
 * The corpus is bench/.corpus/docs-N of this checkout (generated when missing, same seed as run.js).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, generateSingle } from './generate.js';
import { fixed, mb, measure, median } from './measure.js';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
};
const optionValues = new Set(['--runs', '--cold-runs', '--docs'].flatMap((o) => [argv.indexOf(o) + 1]).filter((i) => i > 0));
const roots = argv.filter((a, i) => !a.startsWith('--') && !optionValues.has(i)).map((r) => resolve(r));
if (roots.length !== 2) {
  process.stderr.write('usage: node bench/compare.js ROOT_A ROOT_B [--runs 3] [--cold-runs 10] [--docs 1000] [--no-batch1]\n');
  process.exit(2);
}
for (const root of roots) {
  if (!existsSync(join(root, 'dist', 'cli', 'process.js'))) {
    process.stderr.write(`${root}: not built (no dist/cli/process.js)\n`);
    process.exit(2);
  }
}
const RUNS = Number(option('runs', 3));
const COLD = Number(option('cold-runs', 10));
const DOCS = Number(option('docs', 1000));
const corpus = join(BENCH, '.corpus', `docs-${DOCS}`);
if (!existsSync(corpus)) generateCorpus(corpus, DOCS, 20240601);
const single = join(BENCH, '.corpus', 'single', 'handbook-30k.md');
if (!existsSync(single)) {
  mkdirSync(join(BENCH, '.corpus', 'single'), { recursive: true });
  writeFileSync(single, generateSingle(30 * 1024));
}
const out = join(BENCH, '.out', 'compare');
mkdirSync(out, { recursive: true });
const codes = [0, 1];

const figures = [
  ['batch (default jobs)', (root) => [join(root, 'bin/policy-gap.js'), 'batch', corpus, '--format', 'json', '--output', join(out, 'batch.json')], RUNS],
  ...(argv.includes('--no-batch1') ? [] : [['batch --jobs 1', (root) => [join(root, 'bin/policy-gap.js'), 'batch', corpus, '--jobs', '1', '--format', 'json', '--output', join(out, 'batch1.json')], RUNS]]),
  ['check 30 KB (cold)', (root) => [join(root, 'bin/policy-gap.js'), 'check', single], COLD],
];

const rows = [];
for (const [label, args, runs] of figures) {
  const samples = roots.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (const [i, root] of roots.entries()) {
      samples[i].push(await measure(args(root), { cwd: root, okCodes: codes, timeoutS: 600 }));
      process.stderr.write(`[compare] ${label} ${i === 0 ? 'A' : 'B'} ${r + 1}/${runs}: ${fixed(samples[i].at(-1).wallS)} s\n`);
    }
  }
  const med = (i, key) => median(samples[i].map((m) => m[key]));
  rows.push({ label, a: { wall: med(0, 'wallS'), cpu: med(0, 'cpuS'), rss: med(0, 'rssKb') }, b: { wall: med(1, 'wallS'), cpu: med(1, 'cpuS'), rss: med(1, 'rssKb') }, runs });
}
rmSync(out, { recursive: true, force: true });

const lines = [
  `A = ${roots[0]}, B = ${roots[1]}; corpus ${DOCS} documents; medians (runs per figure in brackets).`,
  '',
  '| figure | A wall | B wall | B / A | A CPU | B CPU | A peak RSS | B peak RSS |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.label} (${r.runs}) | ${fixed(r.a.wall)} s | ${fixed(r.b.wall)} s | ${fixed(r.b.wall / r.a.wall)} | ${fixed(r.a.cpu)} s | ${fixed(r.b.cpu)} s | ${fixed(mb(r.a.rss), 0)} MB | ${fixed(mb(r.b.rss), 0)} MB |`),
];
process.stdout.write(`${lines.join('\n')}\n`);
