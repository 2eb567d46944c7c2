// Markdown: policy text cannot break tables, inject HTML, mention people or start math.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/formatters/escape.js';
import { markdown } from '../../src/report/formatters/markdown.js';
import { makeOptions, makeReport, makeSingleReport, RUBRIC } from '../helpers/factories.js';

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a | b', 'a \\| b'],
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['[link](javascript:x)', '\\[link\\](javascript:x)'],
    ['one\ntwo\r\nthree', 'one two three'],
    ['@everyone', '&#64;everyone'],
    ['$5 and $6', '\\$5 and \\$6'],
    ['#12 ~~gone~~', '\\#12 \\~\\~gone\\~\\~'],
    ['&amp;', '&amp;amp;'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('markdown', () => {
  const output = markdown(makeReport(), makeOptions());

  it('never lets the policy text through as HTML', () => {
    expect(output).not.toContain('<script>');
    expect(output).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps every table row at its column count, even with a | in an area title', () => {
    const rubric = { ...RUBRIC, areas: RUBRIC.areas.map((a) => (a.id === 'coi' ? { ...a, title: 'Conflict | interest' } : a)) };
    const text = markdown(makeReport({ rubric }), makeOptions());
    const tableRows = text.split('\n').filter((line) => line.startsWith('| '));
    for (const row of tableRows) {
      const cells = row.replace(/\\\|/g, '').split('|').length - 2;
      expect(cells === 5 || cells === 6).toBe(true);
    }
    expect(text).toContain('| Conflict \\| interest |');
  });

  it('lists each gap with status, title, id, question, good wording and evidence', () => {
    const text = markdown(makeSingleReport(), makeOptions());
    expect(text).toContain('- ◐ **Weak** — Gifts from clients (`coi.gifts`)');
    expect(text).toContain('  - Ask: Does the policy say whether workers may accept gifts, payments or favours from clients?');
    expect(text).toContain('  - Good wording: Workers must not accept gifts, payments or favours from clients.');
    expect(text).toMatch(/ {2}- Evidence: policies\/conflict-of-interest\.md:14:3 “Staff must not accept gifts/);
    expect(text).not.toContain('Covered by the umbrella');
  });

  it('links guidance only through http(s) URLs', () => {
    expect(output).toContain('<https://example.org/ccr/free-policy>');
    expect(output).not.toContain('javascript:');
  });

  it('shows an overview table in a batch and the comparison', () => {
    expect(output).toContain('| Member | Score | Covered | Weak | Missing | N/A |');
    expect(output).toContain('- acme-settlement: `coi.gifts` Covered → Weak');
    expect(markdown(makeSingleReport(), makeOptions())).not.toContain('| Member |');
  });
});
