// Writes docs/elements.md from the shipped framework rubric (every element's help page).
// `node scripts/element-docs.js` rewrites it; test/docs.test.ts fails when it drifts.
import { writeFileSync } from 'node:fs';
import { elementDocs } from '../dist/rubric/docs.js';
import { loadRubric } from '../dist/rubric/load.js';

writeFileSync(new URL('../docs/elements.md', import.meta.url), elementDocs(loadRubric('ccr-framework')));
