import { chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';

const mini = resolve('test/fixtures/rubrics/mini.yaml');
const isRoot = process.getuid?.() === 0;

describe('policy-gap batch', () => {
  const dir = tempDir({
    'zeta/policy.md': 'All services are free of charge. Staff must not accept gifts from clients.',
    'alpha/nested/fees.txt': 'FEES\n\nWe do not charge fees.\n',
    'alpha/readme.yaml': 'not a policy',
    'mid/a.md': 'We run a garden.',
    'loose-file.md': 'Staff should avoid gifts from clients.',
    'notes.yaml': 'ignored: true',
    'broken/bad.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
  });

  it.each([['1'], ['2']])('checks each member in a stable order with --jobs %s', async (jobs) => {
    const result = await runCli(['batch', dir, '--rubric', mini, '--no-config', '--format', 'json', '--jobs', jobs, '--fail-on', 'never']);
    const report = JSON.parse(result.stdout);
    expect(report.sets.map((s: { id: string }) => s.id)).toEqual(['alpha', 'broken', 'loose-file.md', 'mid', 'zeta']);
    const status = (set: string, element: string) =>
      report.sets.find((s: { id: string }) => s.id === set).elements.find((e: { id: string }) => e.id === element)?.status;
    expect(status('alpha', 'free.policy')).toBe('covered');
    expect(status('zeta', 'coi.gifts')).toBe('covered');
    expect(status('loose-file.md', 'coi.gifts')).toBe('weak');
    expect(status('mid', 'free.policy')).toBe('missing');
    const broken = report.sets.find((s: { id: string }) => s.id === 'broken');
    expect(broken.files[0]).toMatchObject({ error: expect.stringMatching(/binary/) });
    expect(broken.elements).toEqual([]);
    expect(result.stderr).toMatch(/broken: no document could be read/);
    // One unreadable member does not stop the batch, but the exit code says so.
    expect(result.code).toBe(1);
  });

  it('honours --ignore', async () => {
    const result = await runCli(['batch', dir, '--rubric', mini, '--no-config', '--format', 'json', '--ignore', 'broken', '--ignore', 'mid/**', '--fail-on', 'never']);
    const ids = JSON.parse(result.stdout).sets.map((s: { id: string }) => s.id);
    expect(ids).not.toContain('broken');
    expect(ids).not.toContain('mid');
    expect(result.code).toBe(0);
  });

  it('exits 2 when nothing at all could be checked', async () => {
    const bad = tempDir({ 'a/x.md': new Uint8Array([0, 1, 2]), 'b/y.md': '' });
    const result = await runCli(['batch', bad, '--rubric', mini, '--no-config', '--format', 'json']);
    expect(result.code).toBe(2);
  });

  it.skipIf(isRoot)('reports an unreadable member folder and goes on', async () => {
    const locked = tempDir({ 'ok/a.md': 'We do not charge fees.', 'locked/b.md': 'x' });
    chmodSync(join(locked, 'locked'), 0o000);
    const result = await runCli(['batch', locked, '--rubric', mini, '--no-config', '--format', 'json', '--fail-on', 'never']);
    chmodSync(join(locked, 'locked'), 0o755);
    expect(JSON.parse(result.stdout).sets.map((s: { id: string }) => s.id)).toEqual(['locked', 'ok']);
  });
});
