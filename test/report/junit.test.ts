// JUnit: valid against the vendored Jenkins XSD, parses, counts add up, text survives escaping.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { junit } from '../../src/report/formatters/junit.js';
import type { Report } from '../../src/report/types.js';
import { NASTY_QUOTE, makeElement, makeEvidence, makeOptions, makeReport, makeSet, makeSingleReport } from '../helpers/factories.js';
import { bilingualReport } from './bilingual-report.js';

const xsd = readFileSync(new URL('../fixtures/junit/jenkins-junit.xsd', import.meta.url), 'utf8');

/** Validate with libxml2 (compiled to WebAssembly) against the Jenkins schema. */
async function expectValid(xml: string): Promise<void> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit.xsd', contents: xsd }] });
  expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}

/** Parse with attributes kept and one-element lists kept as arrays. */
function parse(xml: string): any {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name),
  });
  return parser.parse(xml);
}

/** A report whose text holds characters XML 1.0 cannot carry. */
function illegalReport(): Report {
  const quote = 'bell\u0007 null\u0000 escape\u001b lone\uD800 surrogate \uFFFE end & done';
  return makeReport({
    sets: [makeSet({ id: 'odd\u0001set', elements: [makeElement({ id: 'coi.gifts', status: 'weak', evidence: [makeEvidence({ quote })], reasons: ['why\u000b'] })] })],
  });
}

describe('junit', () => {
  it.each([
    ['the canonical batch', makeReport()],
    ['one set', makeSingleReport()],
    ['no sets', makeReport({ sets: [] })],
    ['illegal XML characters', illegalReport()],
  ])('validates against the Jenkins JUnit XSD: %s', async (_name, report) => {
    await expectValid(junit(report, makeOptions()));
  });

  it('validates in French too', async () => {
    await expectValid(junit(bilingualReport('fr'), makeOptions({ lang: 'fr' })));
  });

  it('rejects XML that breaks the schema, so the validation above means something', async () => {
    const result = await validateXML({ xml: [{ fileName: 'bad.xml', contents: '<testsuites><testsuite/></testsuites>' }], schema: [{ fileName: 'junit.xsd', contents: xsd }] });
    expect(result.valid).toBe(false);
  });

  it('has a testsuite per set and a testcase per element, with counts that add up', () => {
    const report = makeReport();
    const doc = parse(junit(report, makeOptions()));
    expect(doc.testsuites.tests).toBe('18');
    expect(doc.testsuites.failures).toBe('12');
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s: any) => s.name)).toEqual(['acme-settlement', 'north-shore-refugee-aid']);
    expect(suites.map((s: any) => [s.tests, s.failures, s.skipped])).toEqual([['9', '5', '1'], ['9', '7', '0']]);
    const cases = suites[0].testcase;
    expect(cases[3]).toMatchObject({ classname: 'coi', name: 'coi.gifts: Gifts from clients' });
    expect(cases[3].failure[0].type).toBe('weak');
    expect(cases[4].failure[0].type).toBe('missing');
    expect(cases[8].skipped).toBe('Covered by the umbrella organization\'s policy');
    expect(cases[0].failure).toBeUndefined();
  });

  it('keeps the nasty quote intact in the failure body, and line breaks in attributes', () => {
    const doc = parse(junit(makeSingleReport(), makeOptions()));
    const failure = doc.testsuites.testsuite[0].testcase[3].failure[0];
    expect(failure['#text']).toContain(`"${NASTY_QUOTE}"`);
    expect(failure['#text']).toContain('Question: Does the policy say whether workers may accept gifts');
    expect(failure.message).toMatch(/^weak coi\.gifts: hedged wording \("unless 100% approved"\) at /);
  });

  it('escapes markup and drops characters XML 1.0 forbids', () => {
    const xml = junit(illegalReport(), makeOptions());
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
    const doc = parse(xml);
    expect(doc.testsuites.testsuite[0].name).toBe('oddset');
    expect(doc.testsuites.testsuite[0].testcase[0].failure[0]['#text']).toContain('bell null escape lone surrogate  end & done');
  });

  it('reports unreadable files and set problems in system-err', () => {
    const doc = parse(junit(makeReport(), makeOptions()));
    expect(doc.testsuites.testsuite[1]['system-err']).toBe('cannot read scan.pdf: no text layer (scanned image?)');
  });
});
