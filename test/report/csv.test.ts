// CSV: RFC 4180 round trip through csv-parse, BOM option, formula-injection guard.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csv, csvField } from '../../src/report/formatters/csv.js';
import { NASTY_QUOTE, makeOptions, makeReport, makeSet } from '../helpers/factories.js';

/** Parse strictly: every row must have as many fields as the header. */
function rows(text: string, bom = false): string[][] {
  return parse(text, { bom, relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
}

describe('csv', () => {
  it('has a header, one row per set and one status column per rubric element', () => {
    const report = makeReport();
    const [header, ...records] = rows(csv(report, makeOptions()));
    expect(header).toEqual(['set', 'score', 'covered', 'weak', 'missing', 'not_applicable', ...report.rubric.elements.map((e) => e.id)]);
    expect(records).toEqual([
      ['acme-settlement', '50', '3', '2', '3', '1', 'covered', 'covered', 'covered', 'weak', 'missing', 'weak', 'missing', 'missing', 'not-applicable'],
      ['north-shore-refugee-aid', '28', '2', '1', '6', '0', 'weak', 'missing', 'covered', 'missing', 'missing', 'covered', 'missing', 'missing', 'missing'],
    ]);
  });

  it('ends every line with CRLF', () => {
    const text = csv(makeReport(), makeOptions());
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('round-trips a set id holding the nasty quote (comma, quote, line break, markup)', () => {
    const report = makeReport({ sets: [makeSet({ id: NASTY_QUOTE })] });
    const text = csv(report, makeOptions());
    expect(rows(text)[1][0]).toBe(NASTY_QUOTE);
    expect(text).toContain('""over $50""');
  });

  it('prefixes U+FEFF with the bom option, and only then', () => {
    expect(csv(makeReport(), makeOptions({ bom: true })).startsWith('\uFEFFset,')).toBe(true);
    expect(csv(makeReport(), makeOptions()).startsWith('set,')).toBe(true);
    expect(rows(csv(makeReport(), makeOptions({ bom: true })), true)[0][0]).toBe('set');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [42, '42'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('guards a set id that starts like a formula', () => {
    const text = csv(makeReport({ sets: [makeSet({ id: '=cmd|/C calc!A0' })] }), makeOptions());
    expect(rows(text)[1][0]).toBe("'=cmd|/C calc!A0");
  });
});
