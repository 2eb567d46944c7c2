// SARIF: valid against the vendored OASIS 2.1.0 schema; rules, results, locations, fingerprints.
import { readFileSync } from 'node:fs';
import Ajv2020Module, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { pathToUri, ruleName, sarif } from '../../src/report/formatters/sarif.js';
import { makeElement, makeOptions, makeReport, makeSet, makeSingleReport } from '../helpers/factories.js';
import { bilingualReport } from './bilingual-report.js';

// ajv and ajv-formats are CommonJS: under NodeNext the class and the plugin sit on `.default`.
const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-2.1.0.json', import.meta.url), 'utf8'));

/**
 * The vendored schema declares draft 2020-12, so Ajv2020 compiles it, with Ajv's default strict
 * mode. `strict: true` would also turn on strictRequired, which rejects the schema's own
 * `anyOf: [{ required: ["index"] }, …]` (the property is declared one level up).
 */
function compile(): ValidateFunction {
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validate = compile();

/** Parse SARIF output, asserting it validates. */
function run(report = makeReport(), options = makeOptions()): any {
  const log = JSON.parse(sarif(report, options));
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  return log;
}

describe('sarif', () => {
  it.each([
    ['the canonical batch', makeReport()],
    ['one set', makeSingleReport()],
    ['no sets', makeReport({ sets: [] })],
    ['a set with no readable file', makeReport({ sets: [makeSet({ files: [{ path: 'x.pdf', format: 'pdf', error: 'encrypted' }], elements: [makeElement({ id: 'coi.gifts', status: 'missing' })] })] })],
  ])('validates against the SARIF 2.1.0 schema: %s', (_name, report) => {
    run(report);
  });

  it('validates in French too', () => {
    const log = run(bilingualReport('fr'), makeOptions({ lang: 'fr' }));
    expect(log.runs[0].results[0].message.text).toMatch(/^acme: faible coi\.gifts : formulation atténuée/);
  });

  it('has one rule per rubric element and one result per weak or missing element', () => {
    const log = run();
    const report = makeReport();
    const driver = log.runs[0].tool.driver;
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(driver.rules.map((rule: any) => rule.id)).toEqual(report.rubric.elements.map((e) => e.id));
    const gaps = report.sets.flatMap((set) => set.elements.filter((e) => e.status === 'weak' || e.status === 'missing'));
    expect(log.runs[0].results).toHaveLength(gaps.length);
    for (const result of log.runs[0].results) expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('skips covered and not-applicable elements', () => {
    const ids = run(makeSingleReport()).runs[0].results.map((r: any) => r.ruleId);
    expect(ids).toEqual(['coi.gifts', 'coi.disclosure', 'conf.consent', 'conf.retention', 'complaints.mechanism']);
  });

  it('points at the first evidence, or line 1 of the first readable file', () => {
    const results = run().runs[0].results;
    expect(results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'policies/conflict-of-interest.md' },
      region: { startLine: 14, startColumn: 3 },
    });
    const northShoreGifts = results.find((r: any) => r.properties.set === 'north-shore-refugee-aid' && r.ruleId === 'coi.gifts');
    // scan.pdf could not be read, so about.txt is the first readable file.
    expect(northShoreGifts.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'about.txt' }, region: { startLine: 1 } });
  });

  it('writes found versus expected in the message', () => {
    const text = run(makeSingleReport()).runs[0].results[0].message.text;
    expect(text).toBe(
      'weak coi.gifts: hedged wording ("unless 100% approved") at policies/conflict-of-interest.md:14:3, expected covers accepting gifts, payments, favours, or free or below-market services from service users.',
    );
  });

  it('uses the configured levels', () => {
    const log = run(makeSingleReport(), makeOptions({ levels: { weak: 'note', missing: 'warning' } }));
    expect(log.runs[0].results.map((r: any) => r.level)).toEqual(['note', 'warning', 'note', 'warning', 'warning']);
  });

  it('gives each finding a stable fingerprint that differs per set and element', () => {
    const first = run().runs[0].results.map((r: any) => r.partialFingerprints['policyGap/setElement/v1']);
    const second = run().runs[0].results.map((r: any) => r.partialFingerprints['policyGap/setElement/v1']);
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(first.length);
  });

  it('keeps only http(s) help URIs', () => {
    const rules = run().runs[0].tool.driver.rules;
    expect(rules.find((r: any) => r.id === 'free.policy').helpUri).toBe('https://example.org/ccr/free-policy');
    expect(rules.find((r: any) => r.id === 'coi.gifts')).not.toHaveProperty('helpUri');
  });

  it.each([
    ['policies/Code of Conduct.md', 'policies/Code%20of%20Conduct.md'],
    ['a#b?c.md', 'a%23b%3Fc.md'],
    ['dir/é.md', 'dir/%C3%A9.md'],
  ])('encodes the path %s as a URI reference', (path, uri) => {
    expect(pathToUri(path)).toBe(uri);
  });

  it.each([
    ['Gifts from clients', 'GiftsFromClients'],
    ['Conflict-of-interest policy', 'ConflictOfInterestPolicy'],
    ['Déclaration des conflits', 'DeclarationDesConflits'],
    ['2024 review', 'coi.x'],
  ])('names the rule %s as %s', (title, name) => {
    expect(ruleName(title, 'coi.x')).toBe(name);
  });
});

describe('the schema check itself', () => {
  it('rejects a log that breaks the schema, so the validation above means something', () => {
    const log = JSON.parse(sarif(makeReport(), makeOptions()));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });
});
