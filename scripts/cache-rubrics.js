// Build step: resolve every shipped rubric once and cache it as JSON with its compiled lexicon
// terms and phrase index (see src/rubric/cache.ts).
import { compileLexicon } from '../dist/match/lexicon.js';
import { planOf } from '../dist/match/compile.js';
import { clearTerms, exportTerms } from '../dist/match/terms.js';
import { writeCachedRubric } from '../dist/rubric/cache.js';
import { loadRubric } from '../dist/rubric/load.js';
import { shippedRubricIds, shippedRubricPath } from '../dist/rubric/shipped.js';

for (const id of shippedRubricIds()) {
  // From the YAML, never from an earlier cache: terms must be compiled by the code just built.
  const rubric = loadRubric(shippedRubricPath(id));
  clearTerms();
  // The lexicon's terms are stored compiled; the rubric's groups as their compiled phrase index.
  const terms = {};
  const plans = {};
  for (const language of ['en', 'fr']) {
    compileLexicon(rubric.lexicon, language);
    terms[language] = exportTerms(language);
  }
  for (const language of ['en', 'fr']) plans[language] = planOf(rubric, language);
  writeCachedRubric(id, rubric, terms, plans);
}
