/** The build-time cache of shipped rubrics must equal what the YAML resolves to. */
import { describe, expect, it } from 'vitest';
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
