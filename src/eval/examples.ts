/** Runs each element's example passages (`tests:` in the rubric) and reports the ones judged wrongly. */
import { markdownDocument } from '../documents/readers/markdown.js';
import { detectLanguage } from '../documents/language.js';
import { match } from '../match/match.js';
import type { Language } from '../match/stem.js';
import type { Rubric } from '../rubric/types.js';

export interface ExampleOutcome {
  element: string;
  expected: 'covered' | 'weak' | 'missing';
  got: string;
  text: string;
  reasons: string[];
  /** 'fr' for the element's French passages (`fr.tests`), matched as French documents. */
  language?: Language;
}

export async function runExamples(rubric: Rubric, only?: (id: string) => boolean): Promise<{ total: number; failures: ExampleOutcome[] }> {
  const failures: ExampleOutcome[] = [];
  let total = 0;
  for (const element of rubric.elements) {
    if (only && !only(element.id)) continue;
    // English passages are detected like any document; French ones (fr.tests) are forced to
    // French, since a short passage is too little text to detect its language reliably.
    const suites: { tests: typeof element.tests; language?: Language }[] = [{ tests: element.tests }];
    if (element.fr) suites.push({ tests: element.fr.tests, language: 'fr' });
    for (const { tests, language } of suites) {
      for (const expected of ['covered', 'weak', 'missing'] as const) {
        for (const text of tests[expected]) {
          total++;
          const suffix = language ? `.${language}` : '';
          const document = await markdownDocument(`${element.id}.${expected}${suffix}.md`, text);
          document.language = language ?? (await detectLanguage(document));
          const result = match([document], rubric, language ? { language } : {}).results.find((r) => r.id === element.id);
          if (result && result.status !== expected) {
            failures.push({ element: element.id, expected, got: result.status, text, reasons: result.reasons, ...(language ? { language } : {}) });
          }
        }
      }
    }
  }
  return { total, failures };
}
