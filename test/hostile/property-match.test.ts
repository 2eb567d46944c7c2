/**
 * Property-based test of match() with the mini test rubric on random documents: whatever the
 * documents, markers, exemptions and languages, it returns every element exactly once with a
 * status from the enum, a confidence in [0, 1] and evidence positions from 1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/documents/readers/text.js';
import { markdownDocument } from '../../src/documents/readers/markdown.js';
import type { Block, Document } from '../../src/documents/types.js';
import { match } from '../../src/match/match.js';
import { loadRubric } from '../../src/rubric/load.js';
import { MINI } from './helpers.js';
import { expectResults, policyish } from './well-formed.js';

const rubric = loadRubric(MINI);
const ELEMENTS = ['free.policy', 'coi.gifts', 'no.such', '', 'free.policy ', 'FREE.POLICY'];
const text = policyish.map((s) => s.trim()).filter((s) => s.length > 0);
const count = (min: number) => fc.integer({ min, max: 5000 });
const position = fc.record({ line: count(1), column: count(1), offset: count(0) }, { requiredKeys: ['line', 'column', 'offset'] });

const block: fc.Arbitrary<Block> = fc
  .record({
    kind: fc.constantFrom('heading', 'paragraph', 'list-item', 'table-cell', 'quote'),
    text,
    starts: fc.array(position, { minLength: 1, maxLength: 3 }),
    page: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
    headingPath: fc.array(text, { maxLength: 3 }),
    leadIn: fc.option(text, { nil: undefined }),
  })
  .map(({ kind, text: value, starts, page, headingPath, leadIn }) => ({
    kind,
    text: value,
    pieces: starts.map((start, i) => ({ at: Math.floor((i * value.length) / starts.length), start: page === undefined ? start : { ...start, page } })),
    headingPath,
    ...(leadIn ? { leadIn } : {}),
  }));

const made: fc.Arbitrary<Document> = fc.record({
  path: fc.constantFrom('a.md', 'b.pdf', 'dir/c.docx', '<stdin>', 'x y.txt'),
  format: fc.constantFrom('markdown', 'text', 'html', 'docx', 'pdf'),
  blocks: fc.array(block, { maxLength: 12 }),
  markers: fc.array(fc.record({ kind: fc.constant('not-applicable' as const), element: fc.constantFrom(...ELEMENTS), reason: fc.oneof(fc.constant(''), text), position }), { maxLength: 3 }),
  warnings: fc.array(fc.oneof(fc.constant('line 3: bad marker'), text), { maxLength: 2 }),
  language: fc.constantFrom(undefined, 'en', 'fr', 'de'),
}).map((d) => (d.language === undefined ? (({ language: _none, ...rest }) => rest)(d) : d) as Document);

// Documents as the readers make them, from random policy-like text.
const read: fc.Arbitrary<Promise<Document>> = fc
  .tuple(policyish, fc.constantFrom('text', 'markdown'), fc.constantFrom('en', 'fr'))
  .map(async ([source, format, language]) => ({ ...(format === 'text' ? textDocument('t.txt', source) : await markdownDocument('m.md', source)), language }));

const exemption = fc.record({
  element: fc.constantFrom(...ELEMENTS),
  reason: fc.oneof(fc.constant(''), text),
  source: fc.constant('.policygap.yaml'),
  expires: fc.option(fc.constantFrom('2020-01-01', '2026-12-02', '2099-12-31', 'not a date'), { nil: undefined }),
}).map((e) => (e.expires === undefined ? { element: e.element, reason: e.reason, source: e.source } : e));

describe('match() with the mini rubric on random documents', () => {
  it('always returns a well-formed result (1000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(made.map(async (d) => d), read), { maxLength: 4 }),
        fc.array(exemption, { maxLength: 3 }),
        fc.constantFrom(undefined, 'en', 'fr'),
        fc.constantFrom(undefined, '2026-12-02', '1970-01-01'),
        async (pending, exemptions, language, today) => {
          const documents = await Promise.all(pending);
          const { results, problems } = match(documents, rubric, { exemptions, ...(language ? { language } : {}), ...(today ? { today } : {}) });
          expectResults(results, rubric);
          expect(problems.every((p) => typeof p === 'string')).toBe(true);
        },
      ),
      { numRuns: 1000, seed: 20261202 },
    );
  }, 60_000);
});
