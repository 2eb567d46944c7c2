/** Spec for the DOCX reader: Word structure -> blocks with paragraph positions, and refusal of bad zips. */
import { describe, expect, it } from 'vitest';
import { positionAt } from '../../src/documents/blocks.js';
import { DEFAULT_MAX_INFLATED_BYTES, readDocx } from '../../src/documents/readers/docx.js';
import type { Block } from '../../src/documents/types.js';
import { makeDocx, makeZip, type DocxPart } from '../helpers/make-docx.js';

const read = async (parts: DocxPart[]) => readDocx({ path: 'policy.docx', bytes: await makeDocx(parts) });
const summary = (blocks: Block[]) => blocks.map((block) => [block.kind, block.text, block.headingPath.join(' > ')]);

const POLICY: DocxPart[] = [
  { heading: 1, text: 'Code of Conduct' },
  { paragraph: 'All staff must act with integrity.' },
  { heading: 2, text: 'Gifts' },
  { paragraph: 'Staff must not:' },
  { bullets: ['accept cash', 'accept gifts worth more than 50 GBP'] },
  { heading: 2, text: 'Roles' },
  { table: [['Role', 'Duty'], ['Manager', 'Approves gifts']] },
];

describe('readDocx: a policy with headings, paragraphs, a bulleted list and a table', () => {
  it('reads text, kinds and heading paths in body order', async () => {
    const doc = await read(POLICY);
    expect(doc.format).toBe('docx');
    expect(doc.warnings).toEqual([]);
    expect(summary(doc.blocks)).toEqual([
      ['heading', 'Code of Conduct', 'Code of Conduct'],
      ['paragraph', 'All staff must act with integrity.', 'Code of Conduct'],
      ['heading', 'Gifts', 'Code of Conduct > Gifts'],
      ['paragraph', 'Staff must not:', 'Code of Conduct > Gifts'],
      ['list-item', 'accept cash', 'Code of Conduct > Gifts'],
      ['list-item', 'accept gifts worth more than 50 GBP', 'Code of Conduct > Gifts'],
      ['heading', 'Roles', 'Code of Conduct > Roles'],
      ['table-cell', 'Role', 'Code of Conduct > Roles'],
      ['table-cell', 'Duty', 'Code of Conduct > Roles'],
      ['table-cell', 'Manager', 'Code of Conduct > Roles'],
      ['table-cell', 'Approves gifts', 'Code of Conduct > Roles'],
    ]);
  });

  it('gives list items their lead-in and table cells their column header', async () => {
    const doc = await read(POLICY);
    const leadIns = Object.fromEntries(doc.blocks.filter((block) => block.leadIn).map((block) => [block.text, block.leadIn]));
    expect(leadIns).toEqual({ 'accept cash': 'Staff must not:', 'accept gifts worth more than 50 GBP': 'Staff must not:', Manager: 'Role', 'Approves gifts': 'Duty' });
  });

  it('numbers paragraphs 1, 2, ... and uses that number as the line', async () => {
    const doc = await read(POLICY);
    expect(doc.blocks.map((block) => block.pieces[0].start.paragraph)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const block of doc.blocks) {
      for (const piece of block.pieces) expect(piece.start.line).toBe(piece.start.paragraph);
    }
  });

  it('gives the column as the character offset within the paragraph, and the offset into the extracted text', async () => {
    const doc = await read(POLICY);
    const extracted = doc.blocks.map((block) => block.text).join('\n');
    const block = doc.blocks[1];
    const index = block.text.indexOf('integrity');
    const position = positionAt(block, index);
    expect(position).toMatchObject({ paragraph: 2, line: 2, column: index + 1 });
    expect(extracted.slice(position.offset, position.offset + 'integrity'.length)).toBe('integrity');
  });
});

describe('readDocx: headings without Heading styles', () => {
  it.each<[string, DocxPart, string]>([
    ['a numbered outline paragraph', { paragraph: '2.1 Hospitality' }, '2.1 Hospitality'],
    ['a short wholly bold paragraph', { paragraph: 'Hospitality', bold: true }, 'Hospitality'],
  ])('promotes %s to a heading', async (_name, part, heading) => {
    const doc = await read([{ heading: 1, text: 'Gifts' }, part, { paragraph: 'Meals under 30 GBP are fine.' }]);
    expect(summary(doc.blocks)).toEqual([
      ['heading', 'Gifts', 'Gifts'],
      ['heading', heading, `Gifts > ${heading}`],
      ['paragraph', 'Meals under 30 GBP are fine.', `Gifts > ${heading}`],
    ]);
  });

  it.each<[string, DocxPart]>([
    ['a bold sentence', { paragraph: 'This policy applies to everyone.', bold: true }],
    ['a bold lead-in ending in a colon', { paragraph: 'Staff must:', bold: true }],
    ['a plain short paragraph', { paragraph: 'Hospitality' }],
  ])('keeps %s as a paragraph', async (_name, part) => {
    const doc = await read([part]);
    expect(doc.blocks.map((block) => block.kind)).toEqual(['paragraph']);
  });
});

describe('readDocx: footnotes', () => {
  it('drops the [1] reference from the text, so a lead-in keeps its colon, and reads the note as a paragraph', async () => {
    const doc = await read([{ paragraph: 'Staff must:', footnote: 'As defined by the board.' }, { bullets: ['report concerns'] }]);
    expect(doc.blocks.map((block) => [block.kind, block.text, block.leadIn])).toEqual([
      ['paragraph', 'Staff must:', undefined],
      ['list-item', 'report concerns', 'Staff must:'],
      ['paragraph', 'As defined by the board.', undefined],
    ]);
  });
});

describe('readDocx: warnings', () => {
  it('says once that a paragraph style is unrecognised, however often it is used', async () => {
    const doc = await read([{ paragraph: 'One.', style: 'Fancy Body' }, { paragraph: 'Two.', style: 'Fancy Body' }, { paragraph: 'Three.', style: 'Fancy Body' }]);
    expect(doc.blocks).toHaveLength(3);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]).toMatch(/^Unrecognised paragraph style: .*Fancy Body/);
  });
});

describe('readDocx: files it refuses', () => {
  const documentXml = new TextEncoder().encode('<?xml version="1.0"?><w:document/>');

  it.each<[string, () => Promise<Uint8Array>, RegExp]>([
    ['random bytes', async () => new TextEncoder().encode('this is not a zip file at all'), /^not a valid DOCX \(zip\) file/],
    ['a truncated DOCX', async () => (await makeDocx(POLICY)).slice(0, 2000), /^not a valid DOCX \(zip\) file/],
    ['a zip without a Word document in it', async () => makeZip([{ name: 'hello.txt', data: documentXml }]), /^not a valid DOCX file/],
    ['an OLE file (encrypted DOCX or old .doc)', async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /^password-protected or old \.doc file: /],
    [
      'a zip bomb: the central directory claims 4 GB',
      async () => makeZip([{ name: 'word/document.xml', data: documentXml, declaredSize: 0xfffffff0 }]),
      new RegExp(`^too large when unzipped: DOCX inflates to more than ${DEFAULT_MAX_INFLATED_BYTES / 1024 / 1024} MB \\(zip bomb\\?\\); `),
    ],
  ])('rejects %s', async (_name, make, message) => {
    await expect(readDocx({ path: 'bad.docx', bytes: await make() })).rejects.toThrow(message);
  });

  it('rejects a zip that lies about its size: it counts what really inflates', async () => {
    // 3 MB of zeros deflates to a few KB; the directory claims 100 bytes.
    const bomb = makeZip([{ name: 'word/document.xml', data: new Uint8Array(3 * 1024 * 1024), deflate: true, declaredSize: 100 }]);
    expect(bomb.length).toBeLessThan(20_000);
    await expect(readDocx({ path: 'bomb.docx', bytes: bomb }, { maxInflatedBytes: 1024 * 1024 })).rejects.toThrow('DOCX inflates to more than 1 MB (zip bomb?)');
  });

  it('accepts a real DOCX under a tight limit', async () => {
    const bytes = await makeDocx(POLICY);
    await expect(readDocx({ path: 'policy.docx', bytes }, { maxInflatedBytes: 1024 * 1024 })).resolves.toMatchObject({ format: 'docx' });
  });
});
