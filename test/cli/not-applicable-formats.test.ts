/** A not-applicable element is never reported as missing, in any format. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNames } from '../../src/report/index.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir({
  '.policygap.yaml': `rubric: ${resolve('test/fixtures/rubrics/mini.yaml')}\nnotApplicable:\n  - element: coi.gifts\n    reason: We never meet clients in person.\n`,
  'free.md': 'All services are free of charge.\n',
});

const run = async (format: string) => (await runCli(['check', 'free.md', '--format', format, '--fail-on', 'missing'], { cwd: dir })).stdout;

describe('not-applicable in every format', () => {
  it('does not fail the run', async () => {
    expect((await runCli(['check', 'free.md'], { cwd: dir })).code).toBe(0);
  });

  // CSV and HTML put headers and legends on shared lines; they get their own checks below.
  it.each(formatNames.filter((f) => f !== 'csv' && f !== 'html'))('%s never calls coi.gifts missing', async (format) => {
    const output = await run(format);
    const lines = output.split(/\r?\n/).filter((line) => line.includes('coi.gifts'));
    for (const line of lines) expect(line.toLowerCase()).not.toMatch(/\bmissing\b|::error|::warning|"level": "error"/);
  });

  it.each([
    ['json', (out: string) => JSON.parse(out).sets[0].elements.find((e: { id: string }) => e.id === 'coi.gifts').status === 'not-applicable'],
    ['sarif', (out: string) => !JSON.parse(out).runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'coi.gifts')],
    ['gitlab', (out: string) => !JSON.parse(out).some((r: { check_name: string }) => r.check_name === 'coi.gifts')],
    ['github', (out: string) => !out.includes('coi.gifts')],
    ['junit', (out: string) => /<testcase[^>]*coi\.gifts[^>]*>\s*<skipped/.test(out) && !/coi\.gifts[^<]*"[^>]*>\s*<failure/.test(out)],
    ['csv', (out: string) => {
      const [header, row] = out.replace(/^\uFEFF/, '').split('\r\n').map((line) => line.split(','));
      return row[header.indexOf('coi.gifts')] === 'not-applicable';
    }],
    ['html', (out: string) => {
      const data = /<script type="application\/json" id="[^"]*">([\s\S]*?)<\/script>/.exec(out)?.[1] ?? '';
      return data.includes('not-applicable') && !/coi\.gifts[^{}]*"missing"/.test(data);
    }],
    ['stylish', (out: string) => /○\s+coi\.gifts/.test(out) && out.includes('We never meet clients in person.')],
  ])('%s shows it as not applicable, not as a gap', async (format, check) => {
    expect(check(await run(format))).toBe(true);
  });
});
