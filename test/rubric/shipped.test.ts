import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runExamples } from '../../src/eval/examples.js';
import { loadRubric } from '../../src/rubric/load.js';
import { shippedRubricIds } from '../../src/rubric/shipped.js';

// The public contract of element ids (shared/rubric-elements.yaml); the same file CI sees.
const contract = parse(readFileSync(new URL('../../../shared/rubric-elements.yaml', import.meta.url), 'utf8')) as {
  areas: { id: string; elements: { id: string; expects: string }[] }[];
};
const FRAMEWORK_ONLY = ['scope', 'knowledge', 'monitoring'];
const contractIds = (areas: typeof contract.areas) => areas.flatMap((a) => a.elements.map((e) => e.id));

describe('shipped rubrics', () => {
  it('are the two CCR rubrics', () => {
    expect(shippedRubricIds()).toEqual(['ccr-ethical-principles', 'ccr-framework']);
  });

  it('ccr-framework has every contract element, in contract order', () => {
    expect(loadRubric('ccr-framework').elements.map((e) => e.id)).toEqual(contractIds(contract.areas));
  });

  it('ccr-ethical-principles has every ethical-principles element and nothing else', () => {
    const ethical = contract.areas.filter((a) => !FRAMEWORK_ONLY.includes(a.id));
    expect(loadRubric('ccr-ethical-principles').elements.map((e) => e.id)).toEqual(contractIds(ethical));
  });

  it('ccr-framework extends the default instead of copying it', () => {
    const text = readFileSync('rubric/ccr-framework.yaml', 'utf8');
    expect(text).toMatch(/^extends: ccr-ethical-principles$/m);
    expect(text).not.toMatch(/id: coi\.gifts/);
  });

  it.each(shippedRubricIds())('%s: every element has the fields a reviewer needs', (id) => {
    const rubric = loadRubric(id);
    expect(rubric).toMatchObject({ version: expect.any(String), title: expect.any(String), language: 'en', licence: expect.stringMatching(/\S/) });
    for (const element of rubric.elements) {
      expect(element.question, element.id).toMatch(/\?$/);
      expect(element.examples.length, element.id).toBeGreaterThanOrEqual(2);
      expect(element.source, element.id).toMatch(/section|§|\d/i);
      expect(element.signals.length, element.id).toBeGreaterThan(0);
      expect(element.weak.length, element.id).toBeGreaterThan(0);
      expect(element.tests.covered.length + element.tests.weak.length + element.tests.missing.length, element.id).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(shippedRubricIds())('%s: every element\'s example passages get their status', async (id) => {
    const { total, failures } = await runExamples(loadRubric(id));
    expect(total).toBeGreaterThan(100);
    expect(failures.map((f) => `${f.element}: expected ${f.expected}, got ${f.got}: ${f.text}`)).toEqual([]);
  });

  it.each(shippedRubricIds())('%s: example wordings of a strong policy are judged covered', async (id) => {
    const rubric = loadRubric(id);
    const { markdownDocument } = await import('../../src/documents/readers/markdown.js');
    const { match } = await import('../../src/match/match.js');
    const wrong: string[] = [];
    for (const element of rubric.elements) {
      for (const example of element.examples) {
        const result = match([await markdownDocument('example.md', example)], rubric).results.find((r) => r.id === element.id)!;
        if (result.status !== 'covered') wrong.push(`${element.id}: ${result.status}: ${example}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
