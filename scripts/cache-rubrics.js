// Build step: resolve every shipped rubric once and cache it as JSON with its compiled terms
// (see src/rubric/cache.ts).
import { compileLexicon } from '../dist/match/lexicon.js';
import { compileRubric } from '../dist/match/compile.js';
import { clearTerms, exportTerms } from '../dist/match/terms.js';
import { writeCachedRubric } from '../dist/rubric/cache.js';
import { loadRubric } from '../dist/rubric/load.js';
import { shippedRubricIds, shippedRubricPath } from '../dist/rubric/shipped.js';

for (const id of shippedRubricIds()) {
  // From the YAML, never from an earlier cache: terms must be compiled by the code just built.
  const rubric = loadRubric(shippedRubricPath(id));
  clearTerms();
  const terms = {};
  for (const language of ['en', 'fr']) {
    compileRubric(rubric, language);
    compileLexicon(rubric.lexicon, language);
    terms[language] = exportTerms(language);
  }
  writeCachedRubric(id, rubric, terms);
}
