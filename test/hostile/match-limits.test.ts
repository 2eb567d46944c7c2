/**
 * Inputs that once made the matcher super-linear. Matching runs in the main thread, after reading,
 * so the reader thread's --timeout cannot stop it: these must stay linear. The bounds are loose
 * (each case took 3-18 s before its fix, a few ms after) so a slow machine cannot flake them.
 */
import { describe, expect, it } from 'vitest';
import { markdownDocument } from '../../src/documents/readers/markdown.js';
import { textDocument } from '../../src/documents/readers/text.js';
import type { Document } from '../../src/documents/types.js';
import { match } from '../../src/match/match.js';
import { loadRubric } from '../../src/rubric/load.js';
import { MINI } from './helpers.js';

const rubric = loadRubric(MINI);
const timed = (document: Document) => {
  const started = performance.now();
  match([{ ...document, language: 'en' }], rubric);
  return performance.now() - started;
};

describe('matcher paths that once were not linear', () => {
  it('a 20,000-letter word is stemmed in linear time (Porter2 is quadratic: words over 40 letters are not stemmed)', () => {
    expect(timed(textDocument('w.txt', `Staff must not accept gifts ${'a'.repeat(20_000)}.`))).toBeLessThan(1500);
  });

  it('20,000 full stops before a letter split into sentences in linear time (a punctuation run is skipped at once)', () => {
    expect(timed(textDocument('d.txt', `${'.'.repeat(20_000)}x`))).toBeLessThan(1500);
  });

  it('a sentence with 2,000 spaces is checked for a contents line in linear time (TOC_LINE only sees the last 64 characters)', async () => {
    expect(timed(await markdownDocument('s.md', `Staff gifts a${' '.repeat(2_000)}y`))).toBeLessThan(1500);
  });

  it('a document of 200,000 sentences is matched without a stack overflow (no push(...spread))', () => {
    expect(() => match([{ ...textDocument('l.txt', 'Ab. '.repeat(200_000)), language: 'en' }], rubric)).not.toThrow();
  });
});
