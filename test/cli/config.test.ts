import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';

const mini = resolve('test/fixtures/rubrics/mini.yaml');
const policy = 'All services are free of charge.\n';

async function jsonReport(args: string[], cwd: string) {
  const result = await runCli([...args, '--format', 'json'], { cwd });
  return { ...result, report: result.stdout ? JSON.parse(result.stdout) : undefined };
}

describe('.policygap.yaml', () => {
  it('is found upwards from the checked files and sets rubric and not-applicable', async () => {
    const dir = tempDir({
      '.policygap.yaml': `rubric: ${mini}\nnotApplicable:\n  - element: coi.gifts\n    reason: We never meet clients in person.\n`,
      'policies/deep/free.md': policy,
    });
    const { code, report } = await jsonReport(['check', 'policies/deep'], dir);
    expect(code).toBe(0);
    expect(report.rubric.id).toBe('mini');
    expect(report.sets[0].elements[1]).toMatchObject({ id: 'coi.gifts', status: 'not-applicable', reasons: ['not applicable: We never meet clients in person.'] });
    expect(report.sets[0].summary).toMatchObject({ notApplicable: 1, missing: 0 });
  });

  it('rejects a not-applicable entry without a reason, naming the line', async () => {
    const dir = tempDir({ '.policygap.yaml': `rubric: ${mini}\nnotApplicable:\n  - element: coi.gifts\n`, 'free.md': policy });
    const result = await runCli(['check', 'free.md'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.policygap\.yaml:3:5: missing required field "reason"/);
  });

  it('checks an element again once its exemption has expired, and says so', async () => {
    const dir = tempDir({
      '.policygap.yaml': `rubric: ${mini}\nnotApplicable:\n  - element: coi.gifts\n    reason: Pilot year only.\n    expires: 2026-01-31\n`,
      'free.md': policy,
    });
    const { report, stderr } = await jsonReport(['check', 'free.md', '--fail-on', 'never'], dir);
    expect(report.sets[0].elements[1]).toMatchObject({ id: 'coi.gifts', status: 'missing' });
    expect(report.sets[0].problems).toEqual([expect.stringMatching(/exemption for coi\.gifts lapsed on 2026-01-31/)]);
    expect(stderr).toMatch(/lapsed on 2026-01-31/);
  });

  it('is replaced by --config and ignored with --no-config', async () => {
    const dir = tempDir({ '.policygap.yaml': 'rubric: no-such-rubric\n', 'other.yaml': `rubric: ${mini}\n`, 'free.md': policy });
    expect((await runCli(['check', 'free.md'], { cwd: dir })).code).toBe(2);
    expect((await jsonReport(['check', 'free.md', '--config', 'other.yaml', '--fail-on', 'never'], dir)).report.rubric.id).toBe('mini');
    expect((await jsonReport(['check', 'free.md', '--no-config', '--fail-on', 'never'], dir)).report.rubric.id).toBe('ccr-ethical-principles');
  });

  it('--print-config shows each value and where it came from', async () => {
    const dir = tempDir({ '.policygap.yaml': `rubric: ${mini}\nfailOn: weak\n`, 'free.md': policy });
    const result = await runCli(['check', 'free.md', '--print-config', '--fail-on', 'never'], { cwd: dir });
    expect(result.stdout).toContain(`rubric:\n    value: ${mini}\n    from: ${join(dir, '.policygap.yaml')}`);
    expect(result.stdout).toContain('failOn:\n    value: never\n    from: --fail-on');
  });
});

describe('inline not-applicable markers', () => {
  it('exempts the element with the reason, and reports bad markers', async () => {
    const dir = tempDir({
      'free.md': `${policy}\n<!-- policy-gap: not-applicable coi.gifts -- we only work online -->\n<!-- policy-gap: not-applicable coi.nothing -- typo -->\n<!-- policy-gap: not-applicable free.policy -->\n`,
    });
    const { report } = await jsonReport(['check', 'free.md', '--rubric', mini, '--fail-on', 'never'], dir);
    const [free, gifts] = report.sets[0].elements;
    expect(gifts).toMatchObject({ status: 'not-applicable', notApplicable: { reason: 'we only work online', source: 'free.md:3' } });
    expect(free.status).toBe('covered');
    expect(report.sets[0].problems).toEqual([
      expect.stringMatching(/^free\.md:4: .*unknown element "coi\.nothing"/),
      expect.stringMatching(/^free\.md:5: not-applicable free\.policy needs a reason/),
    ]);
  });
});

describe('policy-gap init', () => {
  it('writes a starter config that validates, and never overwrites it', async () => {
    const dir = tempDir({ 'free.md': policy });
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, '.policygap.yaml'), 'utf8')).toContain('notApplicable');
    expect((await runCli(['check', 'free.md', '--fail-on', 'never'], { cwd: dir })).code).toBe(0);
    const again = await runCli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(existsSync(join(dir, '.policygap.yaml'))).toBe(true);
  });
});
