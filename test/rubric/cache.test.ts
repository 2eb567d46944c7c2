/** The build-time cache of shipped rubrics must equal what the YAML resolves to. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRubric } from '../../src/match/compile.js';
import { compileLexicon } from '../../src/match/lexicon.js';
import { clearTerms, compileTerm, exportTerms } from '../../src/match/terms.js';
import { loadRubric } from '../../src/rubric/load.js';
import { shippedRubricIds } from '../../src/rubric/shipped.js';

describe('rubric cache (dist/rubric-cache, written by npm run build)', () => {
  it.each(shippedRubricIds())('%s: the cached rubric equals the YAML one', async (id) => {
    // @ts-expect-error dist is JavaScript built by `npm test`'s pretest step
    const built = (await import('../../dist/rubric/cache.js')) as typeof import('../../src/rubric/cache.js');
    const cached = built.readCachedRubric(id);
    expect(cached, 'run npm run build').toBeDefined();
    expect(JSON.parse(JSON.stringify(cached))).toEqual(JSON.parse(JSON.stringify(loadRubric(id))));
  });
});

describe('compiled terms in the rubric cache', () => {
  it.each(shippedRubricIds())('%s: every cached term compiles to the same words today, and every rubric term is cached', (id) => {
    const entry = JSON.parse(readFileSync(new URL(`../../dist/rubric-cache/${id}.json`, import.meta.url), 'utf8')) as {
      terms: Record<'en' | 'fr', Record<string, [string, 0 | 1][]>>;
    };
    const rubric = loadRubric(id);
    for (const language of ['en', 'fr'] as const) {
      clearTerms();
      const cached = entry.terms[language];
      // A stale cache (a tokenizer or stemmer change without a rebuild) would match the wrong words.
      for (const [text, words] of Object.entries(cached)) {
        expect(compileTerm(text, language).words.map((w) => [w.stem, w.prefix ? 1 : 0]), `${language}: ${text}`).toEqual(words);
      }
      clearTerms();
      compileRubric(rubric, language);
      compileLexicon(rubric.lexicon, language);
      expect(Object.keys(exportTerms(language)).sort()).toEqual(Object.keys(cached).sort());
    }
  });
});
