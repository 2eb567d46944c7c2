/** The built binary, as a user runs it: it must print its report and exit (a worker once kept it alive). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('bin/policy-gap.js', () => {
  it.each([
    ['check', ['check', 'fixtures/sample/policies', '--format', 'json']],
    ['batch', ['batch', 'fixtures', '--format', 'csv', '--jobs', '2']],
  ])('%s exits on its own with a report', (_name, args) => {
    const result = spawnSync(process.execPath, ['bin/policy-gap.js', ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
    expect(result.error).toBeUndefined();
    expect(result.signal).toBeNull();
    expect([0, 1]).toContain(result.status);
    expect(result.stdout.length).toBeGreaterThan(100);
  });
});
