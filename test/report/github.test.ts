// GitHub Actions: workflow command escaping, one annotation per gap, levels, step summary.
import { describe, expect, it } from 'vitest';
import { escapeGithubData, escapeGithubProperty } from '../../src/report/formatters/escape.js';
import { github, githubStepSummary } from '../../src/report/formatters/github.js';
import { markdown } from '../../src/report/formatters/markdown.js';
import { makeElement, makeEvidence, makeOptions, makeReport, makeSet, makeSingleReport } from '../helpers/factories.js';

describe('workflow command escaping (runner spec: toCommandValue / escapeData / escapeProperty)', () => {
  it.each([
    ['plain', 'plain', 'plain'],
    ['100%', '100%25', '100%25'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['key: value', 'key: value', 'key%3A value'],
    ['a, b', 'a, b', 'a%2C b'],
    ['%0A', '%250A', '%250A'],
    ['::error::x', '::error::x', '%3A%3Aerror%3A%3Ax'],
  ])('%j -> data %j, property %j', (input, data, property) => {
    expect(escapeGithubData(input)).toBe(data);
    expect(escapeGithubProperty(input)).toBe(property);
  });
});

describe('github', () => {
  it('writes one command per weak or missing element, error for missing and warning for weak', () => {
    const lines = github(makeSingleReport(), makeOptions()).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::warning', '::error', '::warning', '::error', '::error']);
  });

  it('points at the evidence with file, line and col', () => {
    const first = github(makeSingleReport(), makeOptions()).split('\n')[0];
    expect(first).toMatch(/^::warning file=policies\/conflict-of-interest\.md,line=14,col=3,title=weak coi\.gifts \(Gifts from clients\)::/);
  });

  it('keeps every message on one line, whatever the policy text holds', () => {
    const report = makeReport({
      sets: [makeSet({ elements: [makeElement({ id: 'coi.gifts', status: 'weak', reasons: ['line one\nline two\r\n::error::forged 100%'] })] })],
    });
    const output = github(report, makeOptions());
    expect(output.trimEnd().split('\n')).toHaveLength(1);
    expect(output).toContain('line one%0Aline two%0D%0A::error::forged 100%25');
  });

  it('escapes commas and colons in file names', () => {
    const report = makeReport({
      sets: [makeSet({ elements: [makeElement({ id: 'coi.gifts', status: 'weak', evidence: [makeEvidence({ file: 'a,b:c.md' })] })] })],
    });
    expect(github(report, makeOptions())).toContain('file=a%2Cb%3Ac.md,line=12,col=1,');
  });

  it('maps levels, note becoming notice', () => {
    const output = github(makeSingleReport(), makeOptions({ levels: { weak: 'note', missing: 'warning' } }));
    expect(output.split('\n')[0]).toMatch(/^::notice /);
    expect(output.split('\n')[1]).toMatch(/^::warning /);
  });

  it('prints nothing when there is no gap', () => {
    const report = makeReport({ sets: [makeSet()] });
    expect(github(report, makeOptions())).toBe('');
  });

  it('prefixes the title with the set in a batch', () => {
    expect(github(makeReport(), makeOptions())).toContain('title=north-shore-refugee-aid%3A missing free.policy');
  });

  it('gives the Markdown report as the step summary', () => {
    const report = makeReport();
    expect(githubStepSummary(report, makeOptions())).toBe(markdown(report, makeOptions()));
  });
});
