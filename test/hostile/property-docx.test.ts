/**
 * Property-based test of the DOCX reader on mutated bytes of small valid files (one made by the
 * `docx` package as Word would, one written by hand): never anything but an Error with a message,
 * a well-formed document otherwise, and parseBytes never throws.
 */
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { readDocx } from '../../src/documents/readers/docx.js';
import { makeDocx } from '../helpers/make-docx.js';
import { handDocx, handDocxParts } from './helpers.js';
import { expectParsed, expectReader, mutated } from './well-formed.js';

describe('docx reader under mutated input', () => {
  let word: Uint8Array;
  const hand = handDocx(['Code of Conduct', 'All services are free of charge.', 'Staff must not accept gifts from clients.']);
  beforeAll(async () => {
    word = await makeDocx([
      { heading: 1, text: 'Code of Conduct' },
      { paragraph: 'All services are free of charge.', footnote: 'Since 2020.' },
      { bullets: ['accept gifts', 'accept payments'] },
      { table: [['Role', 'Duty'], ['Manager', 'Approves gifts']] },
    ]);
  });
  const both = async (bytes: Uint8Array) => {
    await expectReader(() => readDocx({ path: 'fuzz.docx', bytes }), 'docx');
    await expectParsed(bytes, 'docx');
  };

  it('mutated Word-made DOCX (600 runs)', async () => {
    await fc.assert(fc.asyncProperty(fc.constant(null).chain(() => mutated(word)), both), { numRuns: 600, seed: 20261202 });
  }, 60_000);

  it('a valid zip around a mutated word/document.xml (600 runs)', async () => {
    const paragraphs = ['Code of Conduct', 'All services are free of charge.', 'Staff must not accept gifts from clients.'];
    const xml = new TextEncoder().encode(String(handDocxParts(paragraphs, {
      bodyExtra: '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>2.1 Gifts</w:t></w:r><w:r><w:br/><w:tab/><w:t>and more</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Role</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    })[2][1]));
    await fc.assert(fc.asyncProperty(mutated(xml), (documentXml) => both(handDocx(paragraphs, { documentXml }))), { numRuns: 600, seed: 20261202 });
  }, 60_000);

  it('mutated hand-made DOCX (600 runs)', async () => {
    await fc.assert(fc.asyncProperty(mutated(hand), both), { numRuns: 600, seed: 20261202 });
  }, 60_000);
});
