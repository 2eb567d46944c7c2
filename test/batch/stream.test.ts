/**
 * The streamed batch: the JSON report written set by set is the one the JSON formatter makes of
 * the whole report at once, on worker threads and in this thread; and a file that stops a batch
 * worker (--timeout) fails alone while the worker is replaced.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMembers } from '../../src/batch/members.js';
import { memberInput } from '../../src/batch/member-result.js';
import { DEFAULT_LIMITS } from '../../src/documents/read.js';
import { checkSet } from '../../src/pipeline.js';
import { buildReport } from '../../src/report/build.js';
import { json } from '../../src/report/formatters/json.js';
import { loadRubric } from '../../src/rubric/load.js';
import { TOOL } from '../../src/cli/version.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';

const mini = resolve('test/fixtures/rubrics/mini.yaml');
const ARGS = ['--rubric', mini, '--no-config', '--fail-on', 'never'];

const dir = tempDir({
  'alpha/fees.md': '# Fees\n\nAll services are free of charge.\n',
  'alpha/gifts.txt': 'GIFTS\n\nStaff must not accept gifts from clients.\n',
  'beta/policy.md': 'Staff should avoid gifts from clients where possible.',
  'broken/bad.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
  'delta/a.md': 'We run a garden.',
  'epsilon.md': 'All services are free of charge. Staff must not accept gifts from clients.',
  'zeta/z.md': '# Z\n\n- Staff must not accept gifts.\n- Services are free.\n',
});

async function wholeReport(): Promise<string> {
  const cwd = process.cwd();
  const rubric = loadRubric(mini, cwd);
  const sets = [];
  for (const spec of findMembers(dir, cwd, [])) sets.push(memberInput(await checkSet(spec, { rubric, limits: DEFAULT_LIMITS, exemptions: [], today: '2026-12-02' })));
  return json(buildReport(rubric, sets, { cwd, tool: TOOL, lang: 'en' }), { color: false, cwd, verbose: false, quiet: false, lang: 'en', by: 'area' });
}

describe('streamed JSON report', () => {
  it.each([['1'], ['2']])('is byte for byte the whole report (--jobs %s), to stdout and to a file', async (jobs) => {
    const expected = await wholeReport();
    const out = join(tempDir(), 'report.json');
    const toStdout = await runCli(['batch', dir, ...ARGS, '--format', 'json', '--jobs', jobs]);
    expect(toStdout.stdout).toBe(expected);
    const toFile = await runCli(['batch', dir, ...ARGS, '--format', `json=${out}`, '--format', 'csv', '--jobs', jobs]);
    expect(readFileSync(out, 'utf8')).toBe(expected);
    // The CSV is made from the compact sets: one row per member, statuses as in the JSON.
    const rows = toFile.stdout.trim().split('\r\n');
    expect(rows).toHaveLength(1 + JSON.parse(expected).sets.length);
    expect(rows[1]).toMatch(/^alpha,/);
  });

  it('keeps the baseline comparison after the sets', async () => {
    const baseline = join(tempDir(), 'baseline.json');
    const { stdout } = await runCli(['batch', dir, ...ARGS, '--format', 'json']);
    const before = JSON.parse(stdout);
    before.sets[0].elements[0].status = before.sets[0].elements[0].status === 'missing' ? 'covered' : 'missing';
    writeFileSync(baseline, JSON.stringify(before));
    const compared = await runCli(['batch', dir, ...ARGS, '--format', 'json', '--jobs', '2', '--baseline', baseline]);
    const report = JSON.parse(compared.stdout);
    expect(report.sets.map((s: { id: string }) => s.id)).toEqual(before.sets.map((s: { id: string }) => s.id));
    expect(report.comparison.regressions.length + report.comparison.improvements.length).toBe(1);
  });
});

describe('a file that stops a batch worker', () => {
  it('gets the timeout, the worker is replaced, and the rest of its member and the batch are read', async () => {
    // 3,000 list levels: too deep for markdown-it, and remark-parse needs minutes on it, synchronously.
    const nested = `- a\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 * i + 2)}- a`).join('\n')}\n`;
    const slow = tempDir({
      'a/good.md': 'All services are free of charge.',
      'b/nested.md': nested,
      'b/ok.md': 'Staff must not accept gifts from clients.',
      'c/good.md': 'Staff must not accept gifts from clients.',
      'd/good.md': 'We run a garden.',
    });
    const result = await runCli(['batch', slow, ...ARGS, '--format', 'json', '--jobs', '2', '--timeout', '1']);
    const report = JSON.parse(result.stdout);
    const b = report.sets.find((s: { id: string }) => s.id === 'b');
    expect(Object.fromEntries(b.files.map((f: { path: string; error: string | null }) => [f.path.split('/').pop(), f.error]))).toEqual({
      'nested.md': 'timeout: took longer than 1 s to read (raise it with --timeout)',
      'ok.md': null,
    });
    expect(b.elements.find((e: { id: string }) => e.id === 'coi.gifts').status).toBe('covered');
    expect(report.sets.map((s: { id: string }) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(report.sets.every((s: { elements: unknown[] }) => s.elements.length > 0)).toBe(true);
  }, 60_000);
});
