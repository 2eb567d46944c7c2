/**
 * Property-based test of the PDF reader on mutated bytes of small valid files (one by pdfkit, one by
 * hand): never anything but an Error with a message, a well-formed document otherwise, and
 * parseBytes never throws.
 */
// A fixed seed: pdf.js leaves some internal promises rejected on a few mutated files (an
// upstream bug the CLI survives; see process.ts), which vitest would report at random.
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { readPdf } from '../../src/documents/readers/pdf.js';
import { makePdf } from '../helpers/make-pdf.js';
import { pagesPdf } from './helpers.js';
import { expectParsed, expectReader, mutated } from './well-formed.js';

describe('pdf reader under mutated input', () => {
  let kit: Uint8Array;
  const hand = pagesPdf(2, 'All services are free of charge. Staff must not accept gifts from clients.');
  beforeAll(async () => {
    kit = await makePdf([{ heading: 'Code of Conduct' }, { paragraph: 'All services are free of charge.' }, { bullets: ['accept gifts', 'accept payments'] }]);
  });
  const both = async (bytes: Uint8Array) => {
    await expectReader(() => readPdf({ path: 'fuzz.pdf', bytes }), 'pdf');
    await expectParsed(bytes, 'pdf');
  };

  it('mutated pdfkit PDF (500 runs)', async () => {
    await fc.assert(fc.asyncProperty(fc.constant(null).chain(() => mutated(kit)), both), { numRuns: 500, seed: 20261202 });
  }, 60_000);

  it('mutated hand-made PDF (500 runs)', async () => {
    await fc.assert(fc.asyncProperty(mutated(hand), both), { numRuns: 500, seed: 20261202 });
  }, 60_000);
});
