import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/match/sentences.js';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['two plain sentences', 'We keep files. We shred them.', ['We keep files.', 'We shred them.']],
    ['"e.g." does not end a sentence', 'We collect data, e.g. names and dates. We keep it safe.', ['We collect data, e.g. names and dates.', 'We keep it safe.']],
    ['"i.e." does not end a sentence', 'Only staff, i.e. employees, see files.', ['Only staff, i.e. employees, see files.']],
    ['a statute section "s. 91"', 'Under s. 91 of the Act, only licensed people may charge. We never charge.', ['Under s. 91 of the Act, only licensed people may charge.', 'We never charge.']],
    ['titles like "Dr."', 'Dr. Smith reviews complaints. She replies in writing.', ['Dr. Smith reviews complaints.', 'She replies in writing.']],
    ['a list number at the start', '1. Staff must not accept gifts.', ['1. Staff must not accept gifts.']],
    ['initials and acronyms', 'The U.S. office and J. Smith agree. Next.', ['The U.S. office and J. Smith agree.', 'Next.']],
    ['decimals', 'The fee is 0.00 dollars. Really.', ['The fee is 0.00 dollars.', 'Really.']],
    ['question and exclamation marks', 'Is it free? Yes! Always.', ['Is it free?', 'Yes!', 'Always.']],
    ['a closing quote after the period', 'We say "no fees." Then we help.', ['We say "no fees."', 'Then we help.']],
    ['no final period', 'Free of charge', ['Free of charge']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps offsets that point into the original text', () => {
    const text = '  First one.   Second one.  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => [s.start, s.end])).toEqual([[2, 12], [15, 26]]);
  });
});
