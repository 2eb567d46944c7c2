// Build step: resolve every shipped rubric once and cache it as JSON (see src/rubric/cache.ts).
import { writeCachedRubric } from '../dist/rubric/cache.js';
import { loadRubric } from '../dist/rubric/load.js';
import { shippedRubricIds } from '../dist/rubric/shipped.js';

for (const id of shippedRubricIds()) writeCachedRubric(id, loadRubric(id));
