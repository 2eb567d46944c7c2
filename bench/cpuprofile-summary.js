#!/usr/bin/env node
/**
 * Summarizes a V8 .cpuprofile (from `node --cpu-prof`): top functions by self time, and self
 * time grouped by module (a file under src/ or dist/, or an npm package).
 *
 *   node bench/cpuprofile-summary.js FILE.cpuprofile [--top 10] [--json] [--inclusive PREFIX]
 *
 * --inclusive PREFIX also lists total (self + callees) time of the functions whose module starts
 * with PREFIX (e.g. "dist/"), each sample counted once per function on its stack: where the
 * project's own stages spend their time, parser calls included.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where a frame's code lives: "dist/match/phrases.js", "micromark", "(gc)", "node:internal". */
export function moduleOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  let path = url;
  try {
    if (url.startsWith('file:')) path = fileURLToPath(url);
  } catch {
    /* keep the url */
  }
  if (path.startsWith('node:')) return 'node:internal';
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const m = /\/(dist|src|bench|bin)\/(.*)$/.exec(path);
  return m ? `${m[1]}/${m[2]}` : path;
}

export function summarize(profile, top = 10) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  // Sample i lasted timeDeltas[i + 1] (V8 records the gap before each next sample); the last one
  // gets the mean. Using timeDeltas[i] instead shifts every sample by one; both are common.
  const { samples = [], timeDeltas = [] } = profile;
  const mean = samples.length > 0 ? (profile.endTime - profile.startTime) / samples.length : 0;
  for (let i = 0; i < samples.length; i++) {
    const dt = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : mean;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + Math.max(0, dt));
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0) || 1;
  const functions = new Map();
  const modules = new Map();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const mod = moduleOf(url, name);
    const key = `${name}\u0000${mod}\u0000${lineNumber}`;
    const f = functions.get(key) ?? { name, module: mod, line: lineNumber + 1, selfMs: 0 };
    f.selfMs += us / 1000;
    functions.set(key, f);
    modules.set(mod, (modules.get(mod) ?? 0) + us / 1000);
  }
  const pct = (ms) => Math.round((ms / (total / 1000)) * 1000) / 10;
  const round = (ms) => Math.round(ms);
  return {
    totalMs: round(total / 1000),
    functions: [...functions.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((f) => ({ ...f, selfMs: round(f.selfMs), percent: pct(f.selfMs) })),
    modules: [...modules.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([module, ms]) => ({ module, selfMs: round(ms), percent: pct(ms) })),
  };
}

/** Total time per function (self + callees) for functions whose module starts with `prefix`. */
export function inclusive(profile, prefix, top = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const mod = moduleOf(url, name);
    keyOf.set(node.id, mod.startsWith(prefix) ? `${name} ${mod}:${lineNumber + 1}` : null);
  }
  const { samples = [], timeDeltas = [] } = profile;
  const totals = new Map();
  let all = 0;
  for (let i = 0; i < samples.length; i++) {
    const dt = Math.max(0, i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0);
    all += dt;
    const seen = new Set();
    for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
      const key = keyOf.get(id);
      if (key && !seen.has(key)) {
        seen.add(key);
        totals.set(key, (totals.get(key) ?? 0) + dt);
      }
    }
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, us]) => ({ function: fn, totalMs: Math.round(us / 1000), percent: Math.round((us / (all || 1)) * 1000) / 10 }));
}

/** Markdown tables of a summary. */
export function toMarkdown(summary) {
  const lines = ['| # | function | where | self ms | self % |', '| ---: | --- | --- | ---: | ---: |'];
  summary.functions.forEach((f, i) => lines.push(`| ${i + 1} | \`${f.name}\` | ${f.module}:${f.line} | ${f.selfMs} | ${f.percent} |`));
  lines.push('', '| module | self ms | self % |', '| --- | ---: | ---: |');
  for (const m of summary.modules) lines.push(`| ${m.module} | ${m.selfMs} | ${m.percent} |`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith('--') && !['--top', '--inclusive'].includes(args[i - 1]));
  if (!file) {
    process.stderr.write('usage: node bench/cpuprofile-summary.js FILE.cpuprofile [--top N] [--json]\n');
    process.exit(2);
  }
  const topAt = args.indexOf('--top');
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 10;
  const summary = summarize(profile, top);
  const incAt = args.indexOf('--inclusive');
  if (incAt >= 0) summary.inclusive = inclusive(profile, args[incAt + 1] ?? 'dist/', Math.max(top, 25));
  let text = `total ${summary.totalMs} ms\n${toMarkdown(summary)}\n`;
  if (summary.inclusive) text += `\n| function (total incl. callees) | ms | % |\n| --- | ---: | ---: |\n${summary.inclusive.map((f) => `| \`${f.function}\` | ${f.totalMs} | ${f.percent} |`).join('\n')}\n`;
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(summary, null, 2)}\n` : text);
}
