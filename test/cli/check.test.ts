import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';

const mini = ['--rubric', 'test/fixtures/rubrics/mini.yaml', '--no-config'];

describe('policy-gap check: exit codes', () => {
  const dir = tempDir({
    'covered.md': 'All services are free of charge. Staff must not accept gifts from clients.',
    'weak.md': 'All services are free of charge. Staff should avoid gifts from clients.',
    'missing.md': 'All services are free of charge.',
  });

  it.each([
    ['covered.md', 'missing', 0],
    ['weak.md', 'missing', 0],
    ['weak.md', 'weak', 1],
    ['missing.md', 'missing', 1],
    ['missing.md', 'weak', 1],
    ['missing.md', 'never', 0],
  ])('%s with --fail-on %s exits %i', async (file, failOn, code) => {
    const result = await runCli(['check', `${dir}/${file}`, ...mini, '--fail-on', failOn]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(code);
  });

  it('fails on --max-weak and --min-score thresholds', async () => {
    expect((await runCli(['check', `${dir}/weak.md`, ...mini, '--max-weak', '0'])).code).toBe(1);
    expect((await runCli(['check', `${dir}/weak.md`, ...mini, '--max-weak', '1'])).code).toBe(0);
    expect((await runCli(['check', `${dir}/weak.md`, ...mini, '--min-score', '80'])).code).toBe(1);
    expect((await runCli(['check', `${dir}/weak.md`, ...mini, '--min-score', '75'])).code).toBe(0);
  });

  it.each([
    ['a path that does not exist', ['check', 'no/such/policy.md', ...mini], /^policy-gap: cannot read no\/such\/policy\.md: no such file or folder\n$/],
    ['an unknown rubric', ['check', 'fixtures/gaps/input', '--rubric', 'nope', '--no-config'], /^policy-gap: unknown rubric "nope"\n  hint: shipped rubrics: /],
    ['an unknown format', ['check', 'fixtures/gaps/input', ...mini, '--format', 'pdf'], /^policy-gap: unknown format "pdf"\n  hint: choose one of: /],
    ['a bad --fail-on', ['check', 'fixtures/gaps/input', ...mini, '--fail-on', 'sometimes'], /error: option '--fail-on <level>' argument 'sometimes' is invalid/],
    ['an unknown option', ['check', '--frobnicate'], /unknown option '--frobnicate'/],
  ])('exits 2 with one clear message for %s', async (_name, args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('policy-gap check: JSON report', () => {
  it('has the contract shape', async () => {
    const result = await runCli(['check', 'fixtures/hedged/input', ...mini, '--format', 'json', '--fail-on', 'never']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['schemaVersion', 'tool', 'rubric', 'sets']);
    expect(report.schemaVersion).toBe(1);
    expect(report.tool).toEqual({ name: 'policy-gap', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(report.rubric).toEqual({ id: 'mini', version: '0.0.1' });
    const [set] = report.sets;
    expect(set.id).toBe('policies');
    expect(set.files).toEqual([expect.objectContaining({ path: 'fixtures/hedged/input/policies.md', format: 'markdown', error: null })]);
    expect(set.summary).toEqual({ covered: expect.any(Number), weak: expect.any(Number), missing: expect.any(Number), notApplicable: 0, score: expect.any(Number) });
    const gifts = set.elements.find((e: { id: string }) => e.id === 'coi.gifts');
    expect(gifts).toMatchObject({ id: 'coi.gifts', area: 'coi', title: 'Gifts', status: 'weak', confidence: expect.any(Number), reasons: [expect.stringContaining('hedged')] });
    expect(gifts.evidence[0]).toMatchObject({ file: 'fixtures/hedged/input/policies.md', line: 12, column: 1, page: null, quote: expect.stringContaining('gifts from clients') });
  });

  it('reads standard input with --stdin-filename and names the set with --name', async () => {
    const result = await runCli(['check', '-', '--stdin-filename', 'draft.md', '--name', 'draft', ...mini, '--format', 'json', '--fail-on', 'never'], { stdin: 'We do not charge fees.' });
    const report = JSON.parse(result.stdout);
    expect(report.sets[0].id).toBe('draft');
    expect(report.sets[0].elements[0]).toMatchObject({ id: 'free.policy', status: 'covered', evidence: [expect.objectContaining({ file: 'draft.md', line: 1 })] });
  });
});

describe('policy-gap --help and --version', () => {
  it('lists every check option with an example', async () => {
    const result = await runCli(['check', '--help']);
    expect(result.code).toBe(0);
    for (const option of ['--rubric', '--format', '--output', '--fail-on', '--quiet', '--name', '--stdin-filename', '--config', '--baseline']) {
      expect(result.stdout).toContain(option);
    }
    expect(result.stdout).toMatch(/Examples:\n\s+\$ policy-gap check/);
  });

  it('prints the version', async () => {
    const result = await runCli(['--version']);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
