#!/usr/bin/env node
// Accuracy figures for BENCHMARKS.md: runs `policy-gap rubric test` on the labeled cases and
// rewrites the "## Accuracy" section (everything up to the next "## " heading) with its output.
// Usage: node bench/accuracy.js [cases-dir]   (default ../shared/eval/dev; run `npm run build` first)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const cases = process.argv[2] ?? '../shared/eval/dev';
const command = ['bin/policy-gap.js', 'rubric', 'test', cases, '--rubric', 'ccr-framework'];
const output = execFileSync(process.execPath, command, { encoding: 'utf8' }).trimEnd();
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() ? ' + uncommitted changes' : '';
const line = (name) => output.split('\n').find((l) => l.startsWith(name)) ?? '';
const figure = (text, key) => Number((text.match(new RegExp(`${key} ([0-9.]+)`)) ?? [])[1]);
const verdict = (text) =>
  figure(text, 'macro-F1') >= 0.85 && figure(text, 'covered precision') >= 0.95 && figure(text, 'missing recall') >= 0.95 ? 'met' : '**not met**';

const section = `## Accuracy

Written by \`node bench/accuracy.js\` (\`npm run bench:accuracy\`) on ${new Date().toISOString().slice(0, 10)} at ${commit}${dirty}.
Command: \`node ${command.join(' ')}\`. Targets (issues #5 and #9): macro-F1 >= 0.85, \`covered\`
precision >= 0.95, \`missing\` recall >= 0.95, on the English cases and on the French ones (ids
ending in \`-fr\`). English: ${verdict(line('english'))}. French: ${verdict(line('french'))}. Reference points
on the English cases (issue #5): bag-of-words macro-F1 0.44, covered precision 0.23; all-missing 0.29.

\`\`\`text
${output}
\`\`\`

`;

const path = 'BENCHMARKS.md';
const text = readFileSync(path, 'utf8');
const start = text.indexOf('## Accuracy');
const next = start < 0 ? -1 : text.indexOf('\n## ', start + 1);
const updated = start < 0 ? `${text.trimEnd()}\n\n${section}` : `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next + 1)}`;
writeFileSync(path, updated);
console.log(`${line('english')}\n${line('french')}`);
