// Shared finding logic: message wording, location fallback, levels, fingerprints.
import { describe, expect, it } from 'vitest';
import { collectGaps, fingerprint, gapMessage, levelOf, locate } from '../../src/report/formatters/gaps.js';
import { RUBRIC, makeElement, makeEvidence, makeOptions, makeReport, makeSet } from '../helpers/factories.js';

const gifts = RUBRIC.elements.find((e) => e.id === 'coi.gifts');

describe('gapMessage', () => {
  it.each([
    [
      'weak with evidence',
      makeElement({ id: 'coi.gifts', status: 'weak', evidence: [makeEvidence({ file: 'gifts.md', line: 14, column: 3 })], reasons: ['hedged wording ("where possible")'] }),
      'weak coi.gifts: hedged wording ("where possible") at gifts.md:14:3, expected covers accepting gifts, payments, favours, or free or below-market services from service users.',
    ],
    [
      'missing without evidence or reason',
      makeElement({ id: 'coi.gifts', status: 'missing', reasons: [] }),
      'missing coi.gifts: nothing found, expected covers accepting gifts, payments, favours, or free or below-market services from service users.',
    ],
    [
      'a reason that already says what was expected',
      makeElement({ id: 'coi.gifts', status: 'weak', evidence: [makeEvidence({ file: 'a.pdf', line: 2, column: 1, page: 3 })], reasons: ['hedged wording ("may"), expected a firm commitment'] }),
      'weak coi.gifts: hedged wording ("may"), expected a firm commitment at a.pdf:2:1 (page 3)',
    ],
  ])('%s', (_name, element, message) => {
    expect(gapMessage(element.status as 'weak' | 'missing', element, gifts)).toBe(message);
  });
});

describe('locate', () => {
  it('uses the first evidence', () => {
    const element = makeElement({ status: 'weak', evidence: [makeEvidence({ file: 'a.md', line: 4, column: 2 }), makeEvidence({ file: 'b.md' })] });
    expect(locate(makeSet(), element)).toEqual({ file: 'a.md', line: 4, column: 2 });
  });

  it('falls back to line 1 of the first readable file, then to nothing', () => {
    const element = makeElement({ status: 'missing' });
    const files = [{ path: 'bad.pdf', format: 'pdf', error: 'encrypted' }, { path: 'ok.md', format: 'markdown', error: null }];
    expect(locate(makeSet({ files }), element)).toEqual({ file: 'ok.md', line: 1 });
    expect(locate(makeSet({ files: files.slice(0, 1) }), element)).toBeUndefined();
  });
});

describe('levels and fingerprints', () => {
  it('defaults to warning for weak and error for missing', () => {
    expect(levelOf('weak', makeOptions())).toBe('warning');
    expect(levelOf('missing', makeOptions())).toBe('error');
    expect(levelOf('weak', makeOptions({ levels: { weak: 'error', missing: 'error' } }))).toBe('error');
  });

  it('separates set and element, so "ab"+"c" differs from "a"+"bc"', () => {
    expect(fingerprint('ab', 'c')).not.toBe(fingerprint('a', 'bc'));
    expect(fingerprint('a', 'b.c')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('collects gaps in report order', () => {
    const gaps = collectGaps(makeReport(), makeOptions());
    expect(gaps.map((g) => `${g.set.id}/${g.element.id}`).slice(0, 3)).toEqual([
      'acme-settlement/coi.gifts',
      'acme-settlement/coi.disclosure',
      'acme-settlement/conf.consent',
    ]);
  });
});
