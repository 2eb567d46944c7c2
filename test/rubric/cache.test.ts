/** The build-time cache of shipped rubrics must equal what the YAML resolves to. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRubric, planOf, usePlans, type RubricPlan } from '../../src/match/compile.js';
import { compileLexicon } from '../../src/match/lexicon.js';
import { clearTerms, compileTerm, exportTerms } from '../../src/match/terms.js';
import { tokenize } from '../../src/match/tokens.js';
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

describe('compiled terms and phrase index in the rubric cache', () => {
  it.each(shippedRubricIds())('%s: the cached lexicon terms and phrase index are what the code compiles today', (id) => {
    const entry = JSON.parse(readFileSync(new URL(`../../dist/rubric-cache/${id}.json`, import.meta.url), 'utf8')) as {
      terms: Record<'en' | 'fr', Record<string, [string, 0 | 1][]>>;
      plans: Record<'en' | 'fr', RubricPlan>;
    };
    // From the sources, the rubric comes from its YAML and has no plan: this compiles every term.
    const rubric = loadRubric(id);
    for (const language of ['en', 'fr'] as const) {
      clearTerms();
      const cached = entry.terms[language];
      // A stale cache (a tokenizer or stemmer change without a rebuild) would match the wrong words.
      for (const [text, words] of Object.entries(cached)) {
        expect(compileTerm(text, language).words.map((w) => [w.stem, w.prefix ? 1 : 0]), `${language}: ${text}`).toEqual(words);
      }
      clearTerms();
      compileLexicon(rubric.lexicon, language);
      expect(Object.keys(exportTerms(language)).sort()).toEqual(Object.keys(cached).sort());
      expect(entry.plans[language]).toEqual(planOf(rubric, language));
    }
  });

  it('a plan rebuilds the same index as compiling the terms', () => {
    const id = shippedRubricIds()[0];
    const fromTerms = compileRubric(loadRubric(id), 'en');
    const planned = loadRubric(id);
    usePlans(planned, { en: planOf(loadRubric(id), 'en') });
    const fromPlan = compileRubric(planned, 'en');
    expect(fromPlan.groups.length).toBe(fromTerms.groups.length);
    const tokens = tokenize('Staff must not accept gifts from clients or share their personal information with third parties.');
    const hits = (c: typeof fromTerms) => c.index.scan(tokens).map((h) => [h.payload, h.first, h.last]).sort();
    expect(hits(fromPlan)).toEqual(hits(fromTerms));
    expect(hits(fromPlan).length).toBeGreaterThan(10);
  });

  it('a plan made for other groups is not used', () => {
    const id = shippedRubricIds()[0];
    const rubric = loadRubric(id);
    usePlans(rubric, { en: { groups: 1, index: [['gift', [0]]] } });
    expect(compileRubric(rubric, 'en').index.scan(tokenize('a gift from a client')).length).toBeGreaterThan(1);
  });
});

describe('shared groups', () => {
  it.each(shippedRubricIds())('%s: one group object per distinct group, from the YAML and from the cache alike', async (id) => {
    // @ts-expect-error dist is JavaScript built by `npm test`'s pretest step
    const built = (await import('../../dist/rubric/cache.js')) as typeof import('../../src/rubric/cache.js');
    for (const rubric of [loadRubric(id), built.readCachedRubric(id)!]) {
      const objects = new Set(
        rubric.elements.flatMap((e) =>
          [e, ...(e.fr ? [e.fr] : [])].flatMap((side) =>
            [...side.signals, ...side.weak, ...side.contradictions].flatMap((s) => [...s.groups, ...(s.otherParty ? [s.otherParty] : []), ...(s.unless ? [s.unless] : [])]),
          ),
        ),
      );
      const contents = new Set([...objects].map((g) => JSON.stringify(g)));
      expect(objects.size).toBe(contents.size);
      expect(objects.size).toBeGreaterThan(100);
    }
  });
});
