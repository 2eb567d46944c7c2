/** The phrase index: contiguous stemmed words, prefix words, and no phrase across clause punctuation. */
import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../src/match/phrases.js';
import { compileTerm } from '../../src/match/terms.js';
import { tokenize } from '../../src/match/tokens.js';

function found(term: string, text: string): boolean {
  const index = new PhraseIndex<string>();
  index.add(compileTerm(term, 'en'), term);
  return index.scan(tokenize(text, 'en')).length > 0;
}

describe('PhraseIndex', () => {
  it.each([
    ['a phrase in running text', 'errors and omissions', 'We hold errors and omissions insurance.', true],
    ['stems meet other forms', 'errors and omissions', 'Any error and omission is covered.', true],
    ['a comma breaks a phrase', 'errors omissions', 'any failure, error, omission or delay', false],
    ['a semicolon breaks a phrase', 'liability insurance', 'We accept no liability; insurance is the member’s own.', false],
    ['a bracket breaks a phrase', 'personal information', 'personal (and confidential) information', false],
    ['a hyphen does not', 'follow up', 'We follow-up on every complaint.', true],
    ['a prefix word matches the start of a word', 'confidential*', 'Confidentiality is kept.', true],
    ['words out of order do not match', 'conflict of interest', 'interest of conflict', false],
  ])('%s', (_name, term, text, expected) => {
    expect(found(term, text)).toBe(expected);
  });
});

describe('tokenize: clause pauses', () => {
  it('marks a token that follows clause punctuation', () => {
    const tokens = tokenize('Fees, if any: none (ever) apply', 'en');
    expect(tokens.filter((t) => t.pause).map((t) => t.word)).toEqual(['if', 'none', 'ever', 'apply']);
  });
});

describe('PhraseIndex.fromPlan: built lazily, found the same', () => {
  const terms = ['gift', 'gifts from clients', 'confidential*', 'conf*', 'personal information', 'not disclos*', 'third party', 'staff'];
  const eager = new PhraseIndex<number>();
  terms.forEach((term, i) => eager.add(compileTerm(term, 'en'), i));
  eager.add(compileTerm('gift', 'en'), 99);
  const text = 'Staff do not disclose confidential records. Gifts from clients and conference gifts go to a third party; personal information stays here.';

  it('finds every hit, in the same order, as the index it was planned from', () => {
    const lazy = PhraseIndex.fromPlan(eager.toPlan());
    const hits = (index: PhraseIndex<number>) => index.scan(tokenize(text, 'en')).map((h) => [h.payload, h.first, h.last]);
    expect(hits(lazy)).toEqual(hits(eager));
    expect(hits(lazy).length).toBeGreaterThan(8);
  });

  // Rows come out in the order they were built (a phrase's bucket keeps plan order either way).
  it('still plans every row, whether or not a text reached it', () => {
    const lazy = PhraseIndex.fromPlan(eager.toPlan());
    lazy.scan(tokenize('Staff only.', 'en'));
    const sorted = (plan: ReturnType<typeof eager.toPlan>) => [...plan].sort((a, b) => a[0].localeCompare(b[0]));
    expect(sorted(lazy.toPlan())).toEqual(sorted(eager.toPlan()));
  });
});
