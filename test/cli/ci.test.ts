/** CI behaviour: baselines, several outputs in one run, the GitHub job summary. */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';

const mini = ['--rubric', resolve('test/fixtures/rubrics/mini.yaml'), '--no-config'];

describe('--baseline', () => {
  const dir = tempDir({ 'policy.md': 'All services are free of charge. Staff must not accept gifts from clients.' });
  const baseline = join(dir, 'baseline.json');

  it('passes when nothing got worse, even with gaps', async () => {
    writeFileSync(join(dir, 'policy.md'), 'All services are free of charge.');
    const first = await runCli(['check', 'policy.md', ...mini, '--format', `json=${baseline}`, '--fail-on', 'never'], { cwd: dir });
    expect(first.code).toBe(0);
    const again = await runCli(['check', 'policy.md', ...mini, '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).comparison).toEqual({ baseline: 'baseline.json', regressions: [], improvements: [] });
  });

  it('lists improvements and fails only on a regression', async () => {
    writeFileSync(join(dir, 'policy.md'), 'Staff must not accept gifts from clients.');
    const result = await runCli(['check', 'policy.md', ...mini, '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout).comparison).toMatchObject({
      regressions: [{ set: 'policies', element: 'free.policy', from: 'covered', to: 'missing' }],
      improvements: [{ set: 'policies', element: 'coi.gifts', from: 'missing', to: 'covered' }],
    });
    expect(result.code).toBe(1);
  });

  it('rejects a file that is not a report, with exit 2', async () => {
    writeFileSync(join(dir, 'bad.json'), '{"hello": 1}');
    const result = await runCli(['check', 'policy.md', ...mini, '--baseline', 'bad.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a policy-gap JSON report/);
  });
});

describe('several formats in one run', () => {
  it('writes each =FILE and the one plain format to stdout, leaving no temp files', async () => {
    const dir = tempDir({ 'policy.md': 'All services are free of charge.' });
    const result = await runCli(['check', 'policy.md', ...mini, '--format', 'stylish', '--format', 'sarif=out/report.sarif', '--format', 'csv=out/matrix.csv', '--fail-on', 'never'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('free.policy');
    expect(JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'out/matrix.csv'), 'utf8')).toMatch(/^set,/);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['matrix.csv', 'report.sarif']);
  });
});

describe('GITHUB_STEP_SUMMARY', () => {
  it('gets the full Markdown report appended when the github format runs', async () => {
    const dir = tempDir({ 'policy.md': 'All services are free of charge.', 'summary.md': '# Earlier step\n' });
    const summary = join(dir, 'summary.md');
    const result = await runCli(['check', 'policy.md', ...mini, '--format', 'github'], { cwd: dir, env: { NO_COLOR: '1', GITHUB_STEP_SUMMARY: summary } });
    expect(result.stdout).toMatch(/^::error file=policy\.md/m);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# Earlier step\n')).toBe(true);
    expect(text).toContain('coi.gifts');
  });

  it('is left alone by other formats', async () => {
    const dir = tempDir({ 'policy.md': 'All services are free of charge.' });
    const summary = join(dir, 'summary.md');
    await runCli(['check', 'policy.md', ...mini, '--format', 'json'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(existsSync(summary)).toBe(false);
  });
});
