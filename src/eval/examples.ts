/** Runs each element's example passages (`tests:` in the rubric) and reports the ones judged wrongly. */
import { markdownDocument } from '../documents/readers/markdown.js';
import { detectLanguage } from '../documents/language.js';
import { match } from '../match/match.js';
import type { Rubric } from '../rubric/types.js';

export interface ExampleOutcome {
  element: string;
  expected: 'covered' | 'weak' | 'missing';
  got: string;
  text: string;
  reasons: string[];
}

export async function runExamples(rubric: Rubric, only?: (id: string) => boolean): Promise<{ total: number; failures: ExampleOutcome[] }> {
  const failures: ExampleOutcome[] = [];
  let total = 0;
  for (const element of rubric.elements) {
    if (only && !only(element.id)) continue;
    for (const expected of ['covered', 'weak', 'missing'] as const) {
      for (const text of element.tests[expected]) {
        total++;
        const document = await markdownDocument(`${element.id}.${expected}.md`, text);
        document.language = detectLanguage(document);
        const result = match([document], rubric).results.find((r) => r.id === element.id);
        if (result && result.status !== expected) {
          failures.push({ element: element.id, expected, got: result.status, text, reasons: result.reasons });
        }
      }
    }
  }
  return { total, failures };
}
