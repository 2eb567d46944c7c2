import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementDocs } from '../src/rubric/docs.js';
import { loadRubric } from '../src/rubric/load.js';

describe('docs/elements.md', () => {
  const text = readFileSync('docs/elements.md', 'utf8');

  it('is in sync with the rubric (regenerate with node scripts/element-docs.js)', () => {
    expect(text).toBe(elementDocs(loadRubric('ccr-framework')));
  });

  it('has a heading, and so an anchor, for every element reports link to', () => {
    for (const element of loadRubric('ccr-framework').elements) expect(text).toContain(`\n### ${element.id}\n`);
  });
});
