// Stylish: plain without colour, quiet and verbose, aligned batch matrix, safe terminal text.
import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/report/formatters/stylish.js';
import { displayWidth } from '../../src/report/formatters/text.js';
import { makeElement, makeEvidence, makeOptions, makeReport, makeSet, makeSingleReport } from '../helpers/factories.js';

const ANSI = /\u001B\[/;

describe('stylish, one set', () => {
  const output = stylish(makeSingleReport(), makeOptions());

  it('has no ANSI codes when color is false, and has them when true', () => {
    expect(output).not.toMatch(ANSI);
    expect(stylish(makeSingleReport(), makeOptions({ color: true }))).toMatch(ANSI);
  });

  it('prints the same text with colour once the codes are removed', () => {
    const colored = stylish(makeSingleReport(), makeOptions({ color: true }));
    expect(colored.replace(/\u001B\[[0-9;]*m/g, '')).toBe(output);
  });

  it('shows each element with symbol, id, title and best evidence, grouped by area', () => {
    expect(output).toMatch(/^ {2}Conflict of interest$/m);
    expect(output).toMatch(/^ {4}◐ coi\.gifts +Gifts from clients +policies\/conflict-of-interest\.md:14$/m);
    expect(output).toMatch(/^ {4}✖ coi\.disclosure +Declaring conflicts$/m);
    expect(output).toMatch(/^ {8}Ask: Who do workers tell about a potential conflict, and who decides\?$/m);
    expect(output).toMatch(/^ {8}not applicable: Covered by the umbrella organization's policy \(policy-gap\.yaml:4, until 2026-12-31\)$/m);
    expect(output).toContain('policies/Annual Report 2024.pdf:3 (page 2)');
  });

  it('ends with the summary line', () => {
    expect(output.trimEnd().split('\n').at(-1)).toBe('  3 covered, 2 weak, 3 missing, 1 not applicable — score 50/100');
  });

  it('hides covered and not-applicable elements when quiet', () => {
    const quiet = stylish(makeSingleReport(), makeOptions({ quiet: true }));
    expect(quiet).not.toContain('✔');
    expect(quiet).not.toContain('○');
    expect(quiet).not.toContain('Mission and rationale');
    expect(quiet).toContain('◐ coi.gifts');
  });

  it('shows every quote and reason when verbose, on one line each', () => {
    const verbose = stylish(makeSingleReport(), makeOptions({ verbose: true }));
    expect(verbose).toContain('no rule on favours or below-market services');
    expect(verbose).toContain('“Staff must not accept gifts <script>alert(1)</script> "over $50", or favours, unless 100% approved: see HR | policy.”');
    expect(verbose).toContain('policies/Code of Conduct.md:22:1  “Where possible, staff should decline gifts.”');
  });

  it('strips terminal control sequences and bidi overrides from policy text', () => {
    const quote = 'evil \u001b[2J\u001b]0;title\u0007 text \u202ereversed';
    const report = makeReport({ sets: [makeSet({ elements: [makeElement({ evidence: [makeEvidence({ quote })] })] })] });
    const verbose = stylish(report, makeOptions({ verbose: true }));
    expect(verbose).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u202E]/);
    expect(verbose).toContain('evil [2J]0;title text reversed');
  });
});

describe('stylish, batch', () => {
  const output = stylish(makeReport(), makeOptions());
  const lines = output.split('\n');

  it('prints a matrix instead of per-set lists', () => {
    expect(output).toContain('2 members × 6 areas');
    expect(output).not.toContain('Ask:');
    expect(lines.find((l) => l.startsWith('acme-settlement'))).toMatch(/^acme-settlement +✔ +✔ +✖ +✖ +✖ +○ +50\/100$/);
    expect(lines.find((l) => l.startsWith('north-shore'))).toMatch(/^north-shore-refugee-aid +◐ +✖ +✖ +✖ +✖ +✖ +28\/100$/);
  });

  it('aligns every matrix column by display width, with or without colour', () => {
    for (const text of [output, stylish(makeReport(), makeOptions({ color: true }))]) {
      const plain = text.replace(/\u001B\[[0-9;]*m/g, '').split('\n');
      const rows = plain.filter((l) => /^(member|acme|north)/.test(l));
      expect(new Set(rows.map(displayWidth)).size).toBe(1);
      const header = rows[0];
      for (const label of ['free', 'coi', 'insurance']) {
        const column = header.indexOf(label);
        for (const row of rows.slice(1)) expect(row[column]).toMatch(/[✔◐✖○-]/);
      }
    }
  });

  it('marks an area: all covered ✔, any missing ✖, otherwise ◐', () => {
    const report = makeReport({
      sets: ['a', 'b'].map((id) =>
        makeSet({ id, elements: [makeElement({ id: 'coi.policy', status: 'covered' }), makeElement({ id: 'coi.gifts', status: id === 'a' ? 'weak' : 'covered' })] }),
      ),
      comparison: undefined,
    });
    const rows = stylish(report, makeOptions()).split('\n');
    expect(rows.find((l) => l.startsWith('a '))).toMatch(/^a +- +- +◐ /);
    expect(rows.find((l) => l.startsWith('b '))).toMatch(/^b +- +- +✔ /);
  });

  it('writes a sentence per element that members lack', () => {
    expect(output).toContain('2 of 2 members lack complaints.mechanism (Complaints mechanism)');
    expect(output).toContain('1 of 2 members lacks coi.gifts (Gifts from clients); 1 more is weak');
    expect(output).toContain('1 of 2 members is weak on conf.consent (Consent before disclosure)');
  });

  it('numbers the element columns and prints a key with by: element', () => {
    const byElement = stylish(makeReport(), makeOptions({ by: 'element' }));
    expect(byElement).toContain('2 members × 9 elements');
    expect(byElement).toMatch(/^member +1 {2}2 {2}3 {2}4 {2}5 {2}6 {2}7 {2}8 {2}9 {3}score$/m);
    expect(byElement).toMatch(/^8 {2}complaints\.mechanism {2}Complaints mechanism$/m);
  });

  it('lists regressions and improvements', () => {
    expect(output).toContain('Compared with baseline/report.json: 1 regression, 1 improvement');
    expect(output).toContain('  ▼ acme-settlement  coi.gifts  covered → weak');
    expect(output).toContain('  ▲ north-shore-refugee-aid  conf.consent  missing → covered');
  });

  it('adds the per-set lists when verbose', () => {
    expect(stylish(makeReport(), makeOptions({ verbose: true }))).toContain('north-shore-refugee-aid (2 files)');
  });
});

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['✔ ◐ ✖ ○', 7],
    ['日本', 4],
    ['e\u0301', 1],
    ['\u001b[31mred\u001b[39m', 3],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
