/** What "a well-formed result" means, for the property-based tests: readers, parseBytes, match(). */
import fc from 'fast-check';
import { expect } from 'vitest';
import { DEFAULT_LIMITS, parseBytes } from '../../src/documents/read.js';
import type { Document, DocumentFormat, Position } from '../../src/documents/types.js';
import type { ElementResult } from '../../src/report/types.js';
import type { Rubric } from '../../src/rubric/types.js';

const KINDS = new Set(['heading', 'paragraph', 'list-item', 'table-cell', 'quote']);
const STATUSES = new Set(['covered', 'weak', 'missing', 'not-applicable']);
const STRENGTHS = new Set(['firm', 'hedged', 'partial', 'contradicted', 'heading']);

const isCount = (n: unknown, min: number) => typeof n === 'number' && Number.isInteger(n) && n >= min;

export function expectPosition(position: Position, where: string): void {
  expect(isCount(position.line, 1), `${where}: line ${position.line}`).toBe(true);
  expect(isCount(position.column, 1), `${where}: column ${position.column}`).toBe(true);
  expect(isCount(position.offset, 0), `${where}: offset ${position.offset}`).toBe(true);
  if (position.page !== undefined) expect(isCount(position.page, 1), `${where}: page`).toBe(true);
  if (position.paragraph !== undefined) expect(isCount(position.paragraph, 1), `${where}: paragraph`).toBe(true);
}

/** A Document any later stage can rely on: kinds, trimmed non-empty text, ordered pieces, positions from 1. */
export function expectDocument(document: Document, format: DocumentFormat): void {
  expect(document.format).toBe(format);
  expect(Array.isArray(document.blocks)).toBe(true);
  document.blocks.forEach((block, i) => {
    const where = `block ${i}`;
    expect(KINDS.has(block.kind), `${where}: kind ${block.kind}`).toBe(true);
    expect(typeof block.text).toBe('string');
    expect(block.text.length, `${where}: empty text`).toBeGreaterThan(0);
    expect(block.text, `${where}: untrimmed`).toBe(block.text.trim());
    expect(block.pieces.length, `${where}: no pieces`).toBeGreaterThan(0);
    block.pieces.forEach((piece, p) => {
      expect(isCount(piece.at, 0) && piece.at < block.text.length, `${where} piece ${p}: at ${piece.at} of ${block.text.length}`).toBe(true);
      if (p > 0) expect(piece.at, `${where} piece ${p}: out of order`).toBeGreaterThanOrEqual(block.pieces[p - 1].at);
      expectPosition(piece.start, `${where} piece ${p}`);
    });
    expect(block.headingPath.every((h) => typeof h === 'string')).toBe(true);
    if (block.leadIn !== undefined) expect(typeof block.leadIn).toBe('string');
  });
  for (const marker of document.markers) {
    expect(['not-applicable', 'invalid']).toContain(marker.kind);
    if (marker.kind === 'not-applicable') expect(typeof marker.element).toBe('string');
    else expect(typeof marker.problem).toBe('string');
    expectPosition(marker.position, 'marker');
  }
  expect(document.warnings.every((w) => typeof w === 'string')).toBe(true);
}

/** parseBytes never rejects: it gives a document, or one error line, with no stack trace in it. */
export async function expectParsed(bytes: Uint8Array, format: DocumentFormat): Promise<void> {
  const path = `fuzz.${format}`;
  const outcome = await parseBytes(bytes, { path, format, error: null }, path, DEFAULT_LIMITS);
  expect(outcome.entry.path).toBe(path);
  if (outcome.document) {
    expect(outcome.entry.error).toBeNull();
    expectDocument(outcome.document, format);
    expect(outcome.document.blocks.length).toBeGreaterThan(0);
  } else {
    expect(typeof outcome.entry.error).toBe('string');
    expect(outcome.entry.error!.length).toBeGreaterThan(0);
    expect(outcome.entry.error).not.toMatch(/\n\s+at /);
    // Every message reads "<kind>: <detail>".
    expect(outcome.entry.error).toMatch(/^[a-z][a-z0-9 .()/-]*: \S/i);
  }
}

/** A reader either gives a well-formed document or rejects with an Error that has a message. */
export async function expectReader(read: () => Promise<Document> | Document, format: DocumentFormat): Promise<void> {
  let document: Document;
  try {
    document = await read();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.length).toBeGreaterThan(0);
    return;
  }
  expectDocument(document, format);
}

/** Every element exactly once, in rubric order, with a status, a confidence in [0, 1] and evidence positions from 1. */
export function expectResults(results: ElementResult[], rubric: Rubric): void {
  expect(results.map((r) => r.id)).toEqual(rubric.elements.map((e) => e.id));
  for (const result of results) {
    expect(STATUSES.has(result.status), `${result.id}: status ${result.status}`).toBe(true);
    expect(Number.isFinite(result.confidence) && result.confidence >= 0 && result.confidence <= 1, `${result.id}: confidence ${result.confidence}`).toBe(true);
    expect(result.reasons.every((r) => typeof r === 'string')).toBe(true);
    for (const evidence of result.evidence) {
      expect(isCount(evidence.line, 1), `${result.id}: evidence line ${evidence.line}`).toBe(true);
      expect(isCount(evidence.column, 1), `${result.id}: evidence column ${evidence.column}`).toBe(true);
      if (evidence.page !== undefined) expect(isCount(evidence.page, 1)).toBe(true);
      if (evidence.endLine !== undefined) expect(isCount(evidence.endLine, 1), `${result.id}: evidence endLine ${evidence.endLine}`).toBe(true);
      if (evidence.endColumn !== undefined) expect(isCount(evidence.endColumn, 1), `${result.id}: evidence endColumn ${evidence.endColumn}`).toBe(true);
      expect(typeof evidence.quote).toBe('string');
      expect(STRENGTHS.has(evidence.strength), `${result.id}: strength ${evidence.strength}`).toBe(true);
    }
    if (result.status === 'weak' || result.status === 'missing') expect(typeof result.question).toBe('string');
  }
}

// ---------------------------------------------------------------- arbitraries

/** Up to `max` edits of a valid file: flip, overwrite, insert, delete, duplicate a slice, truncate. */
export function mutated(valid: Uint8Array, max = 8): fc.Arbitrary<Uint8Array> {
  const edit = fc.oneof(
    fc.record({ op: fc.constant('set' as const), at: fc.nat(), byte: fc.nat(255) }),
    fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
    fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 256 }), times: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  );
  return fc.array(edit, { minLength: 1, maxLength: max }).map((edits) => {
    let bytes = Buffer.from(valid);
    for (const e of edits) {
      const at = bytes.length === 0 ? 0 : e.at % bytes.length;
      switch (e.op) {
        case 'set':
          if (bytes.length > 0) bytes[at] = e.byte;
          break;
        case 'flip':
          if (bytes.length > 0) bytes[at] ^= 1 << e.bit;
          break;
        case 'insert':
          bytes = Buffer.concat([bytes.subarray(0, at), e.bytes, bytes.subarray(at)]);
          break;
        case 'delete':
          bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + e.length)]);
          break;
        case 'repeat': {
          const slice = bytes.subarray(at, at + e.length);
          bytes = Buffer.concat([bytes.subarray(0, at), ...Array.from({ length: e.times + 1 }, () => slice), bytes.subarray(at + e.length)]);
          break;
        }
        case 'truncate':
          bytes = bytes.subarray(0, at);
          break;
      }
    }
    return new Uint8Array(bytes);
  });
}

/** Text that looks like policies sometimes: rubric words, markup, punctuation, odd white space and random strings. */
export const policyish: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('free', 'of', 'charge', 'fee', 'fees', 'gift', 'gifts', 'clients', 'client', 'staff', 'must', 'not', 'never', 'should', 'may', 'where possible',
        'accept', 'payment', 'no', 'cost', 'volunteer', 'we', 'our', 'services', 'are', 'contents', 'draft', 'see our', "don't", 'gratuits', 'cadeaux', 'ne', 'pas'),
      fc.constantFrom('.', ',', ':', ';', '!', '?', '...', '\u2026', '(', ')', '"', "'", '\u2019', '-', '\u2014', '*', '#', '|', '>', '<', '&', '`', '_', '[', ']'),
      fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u2028', '\u200b', '\ufeff'),
      fc.constantFrom('# ', '## ', '- ', '1. ', '> ', '| a | b |\n|---|---|\n', '<!-- policy-gap: not-applicable free.policy -- reason -->', '<!-- policy-gap: bogus -->', '```\n', '<p>', '</p>', '<h1>', '<li>', '<table><tr><td>'),
      fc.string({ maxLength: 12, unit: 'binary' }),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(' '));
