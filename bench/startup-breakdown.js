#!/usr/bin/env node
/**
 * Where a cold `policy-gap check` spends its start-up: each piece is loaded alone in a fresh
 * Node process and timed in-process (performance.now(), so Node's own boot is in the baseline
 * row and each other row's cost is its figure minus the baseline). Pieces share dependencies,
 * so the rows do not add up to the whole; each says what that piece costs by itself.
 *
 *   node bench/startup-breakdown.js [--runs 5] [--json]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => pathToFileURL(`${root}dist/${p}`).href;

/** [label, ESM code]; the code may set globalThis.split = {name: ms} for sub-timings. */
export const PROBES = [
  ['node boot (baseline)', ''],
  ['commander', `await import('commander');`],
  ['CLI module graph (dist/cli/main.js, static imports)', `await import('${dist('cli/main.js')}');`],
  ['report formatters (dist/report/index.js, all 9)', `await import('${dist('report/index.js')}');`],
  ['yaml', `await import('yaml');`],
  ['ajv 2020', `await import('ajv/dist/2020.js');`],
  [
    'loadRubric(ccr-ethical-principles): import + YAML + ajv + resolve',
    `const t0 = performance.now();
     const { loadRubric } = await import('${dist('rubric/load.js')}');
     const t1 = performance.now();
     const r = loadRubric('ccr-ethical-principles', ${JSON.stringify(root)});
     const t2 = performance.now();
     const json = JSON.stringify(r);
     const t3 = performance.now();
     JSON.parse(json);
     const t4 = performance.now();
     globalThis.split = { import: t1 - t0, load: t2 - t1, 'JSON.parse of the resolved rubric': t4 - t3, 'resolved rubric JSON KB': json.length / 1024 };`,
  ],
  ['Markdown reader (unified + remark-parse)', `await import('${dist('documents/readers/markdown.js')}');`],
  ['franc-min (language detection)', `await import('franc-min');`],
  ['stemmers (wink-porter2 + snowball)', `await import('wink-porter2-stemmer'); await import('snowball-stemmers');`],
];

function probe(code) {
  const script = `${code}\nprocess.stdout.write(JSON.stringify({ total: performance.now(), split: globalThis.split ?? null }));`;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`probe failed: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs every probe `runs` times, interleaved; returns medians in ms. */
export function breakdown(runs = 5) {
  const samples = PROBES.map(() => []);
  for (let r = 0; r < runs; r++) PROBES.forEach(([, code], i) => samples[i].push(probe(code)));
  const base = median(samples[0].map((s) => s.total));
  return PROBES.map(([label], i) => {
    const total = median(samples[i].map((s) => s.total));
    const row = { label, totalMs: round(total), costMs: round(i === 0 ? total : total - base) };
    const split = samples[i][0].split;
    if (split) row.split = Object.fromEntries(Object.keys(split).map((k) => [k, round(median(samples[i].map((s) => s.split[k])))]));
    return row;
  });
}

const round = (n) => Math.round(n * 10) / 10;

export function toMarkdown(rows) {
  const lines = ['| piece, loaded alone | ms since process start | cost over boot, ms |', '| --- | ---: | ---: |'];
  for (const row of rows) {
    lines.push(`| ${row.label} | ${row.totalMs} | ${row.costMs} |`);
    if (row.split) for (const [k, v] of Object.entries(row.split)) lines.push(`| &nbsp;&nbsp;of which: ${k} | | ${v} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const rows = breakdown(at >= 0 ? Number(args[at + 1]) : 5);
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(rows, null, 2)}\n` : `${toMarkdown(rows)}\n`);
}
