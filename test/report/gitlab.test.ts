// GitLab Code Quality: the fields GitLab reads, severities, unique stable fingerprints.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gitlab } from '../../src/report/formatters/gitlab.js';
import { makeElement, makeOptions, makeReport, makeSet } from '../helpers/factories.js';

describe('gitlab', () => {
  const issues = JSON.parse(gitlab(makeReport(), makeOptions()));

  it('writes one issue per weak or missing element with exactly the Code Quality fields', () => {
    expect(issues).toHaveLength(12);
    for (const issue of issues) {
      expect(Object.keys(issue)).toEqual(['description', 'check_name', 'fingerprint', 'severity', 'location']);
      expect(Object.keys(issue.location)).toEqual(['path', 'lines']);
      expect(Number.isInteger(issue.location.lines.begin)).toBe(true);
    }
  });

  it('rates missing as major and weak as minor by default, and follows levels', () => {
    expect(issues.slice(0, 2).map((i: any) => [i.check_name, i.severity])).toEqual([['coi.gifts', 'minor'], ['coi.disclosure', 'major']]);
    const custom = JSON.parse(gitlab(makeReport(), makeOptions({ levels: { weak: 'note', missing: 'warning' } })));
    expect(custom.slice(0, 2).map((i: any) => i.severity)).toEqual(['info', 'minor']);
  });

  it('fingerprints are sha256 of set and element: unique and stable', () => {
    expect(new Set(issues.map((i: any) => i.fingerprint)).size).toBe(issues.length);
    const expected = createHash('sha256').update('acme-settlement\u0000coi.gifts').digest('hex');
    expect(issues[0].fingerprint).toBe(expected);
  });

  it('always has a path, even when no file of the set could be read', () => {
    const report = makeReport({
      sets: [makeSet({ id: 'empty', files: [], elements: [makeElement({ id: 'coi.gifts', status: 'missing' })] })],
    });
    expect(JSON.parse(gitlab(report, makeOptions()))[0].location).toEqual({ path: 'empty', lines: { begin: 1 } });
  });

  it('writes an empty array when there is no gap', () => {
    expect(gitlab(makeReport({ sets: [makeSet()] }), makeOptions())).toBe('[]\n');
  });
});
