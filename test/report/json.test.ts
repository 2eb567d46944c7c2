// JSON: the contract shape, key for key.
import { describe, expect, it } from 'vitest';
import { json } from '../../src/report/formatters/json.js';
import { makeOptions, makeReport, makeSingleReport } from '../helpers/factories.js';

describe('json', () => {
  const text = json(makeReport(), makeOptions());
  const output = JSON.parse(text);

  it('is pretty-printed with a final newline', () => {
    expect(text.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('has exactly the top-level keys, rubric as {id, version}', () => {
    expect(Object.keys(output)).toEqual(['schemaVersion', 'tool', 'rubric', 'sets', 'comparison']);
    expect(output.tool).toEqual({ name: 'policy-gap', version: '0.1.0' });
    expect(output.rubric).toEqual({ id: 'ccr-ethical-principles', version: '1.0.0' });
  });

  it('has the set, file, summary, element and evidence keys in contract order', () => {
    const set = output.sets[0];
    expect(Object.keys(set)).toEqual(['id', 'files', 'summary', 'elements', 'problems']);
    expect(Object.keys(set.files[1])).toEqual(['path', 'format', 'error', 'encoding', 'language']);
    expect(Object.keys(set.summary)).toEqual(['covered', 'weak', 'missing', 'notApplicable', 'score']);
    const gifts = set.elements[3];
    expect(Object.keys(gifts)).toEqual(['id', 'area', 'title', 'status', 'confidence', 'evidence', 'reasons', 'why', 'question', 'goodWording']);
    expect(Object.keys(gifts.evidence[0])).toEqual(['file', 'line', 'column', 'page', 'quote', 'section', 'signal', 'strength']);
    expect(Object.keys(set.elements[8])).toEqual(['id', 'area', 'title', 'status', 'confidence', 'evidence', 'reasons', 'why', 'notApplicable']);
  });

  it('writes page as null when absent and as the number when present', () => {
    const elements = output.sets[0].elements;
    expect(elements[3].evidence[0].page).toBeNull();
    expect(elements[0].evidence[0].page).toBe(2);
  });

  it('keeps the comparison, and leaves it out when there is none', () => {
    expect(output.comparison.regressions).toHaveLength(1);
    expect(JSON.parse(json(makeSingleReport(), makeOptions()))).not.toHaveProperty('comparison');
  });

  it('round-trips every set and element of the report', () => {
    const report = makeReport();
    expect(output.sets.map((s: any) => s.elements.map((e: any) => `${e.id}:${e.status}`))).toEqual(
      report.sets.map((s) => s.elements.map((e) => `${e.id}:${e.status}`)),
    );
  });
});
