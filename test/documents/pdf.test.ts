/** Spec for the PDF reader: text layer -> headings, paragraphs and list items with page/line positions. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { positionAt } from '../../src/documents/blocks.js';
import { DEFAULT_MAX_PAGES, readPdf } from '../../src/documents/readers/pdf.js';
import type { Block } from '../../src/documents/types.js';
import { makePdf, type PdfPart } from '../helpers/make-pdf.js';

const read = async (parts: PdfPart[], options?: { maxPages?: number }) => readPdf({ path: 'policy.pdf', bytes: await makePdf(parts) }, options);
const find = (blocks: Block[], start: string) => blocks.find((block) => block.text.startsWith(start));

const TWO_PAGES: PdfPart[] = [
  { heading: 'Code of Conduct' },
  { paragraph: 'All staff and volunteers must act with integrity in every dealing with the people we serve.' },
  { heading: 'Gifts and Hospitality', size: 14 },
  { paragraph: 'Staff must not:' },
  { bullets: ['accept cash from partners', 'accept gifts worth more than 50 GBP'] },
  { pageBreak: true },
  { heading: 'Reporting Concerns', size: 14 },
  { paragraph: 'Anyone may report a concern to the safeguarding lead in confidence.' },
];

describe('readPdf: a two-page policy with larger-font headings', () => {
  it('counts the pages and reads every block in order', async () => {
    const doc = await read(TWO_PAGES);
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(2);
    expect(doc.warnings).toEqual([]);
    expect(doc.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Code of Conduct'],
      ['paragraph', 'All staff and volunteers must act with integrity in every dealing with the people we serve.'],
      ['heading', 'Gifts and Hospitality'],
      ['paragraph', 'Staff must not:'],
      ['list-item', 'accept cash from partners'],
      ['list-item', 'accept gifts worth more than 50 GBP'],
      ['heading', 'Reporting Concerns'],
      ['paragraph', 'Anyone may report a concern to the safeguarding lead in confidence.'],
    ]);
  });

  it('ranks heading sizes into levels: the 14 pt headings sit under the 18 pt one', async () => {
    const doc = await read(TWO_PAGES);
    expect(find(doc.blocks, 'accept cash')?.headingPath).toEqual(['Code of Conduct', 'Gifts and Hospitality']);
    expect(find(doc.blocks, 'Anyone may')?.headingPath).toEqual(['Code of Conduct', 'Reporting Concerns']);
    expect(find(doc.blocks, 'accept cash')?.leadIn).toBe('Staff must not:');
  });

  it.each([
    // text, page, line within that page, column
    ['Code of Conduct', 1, 1, 1],
    ['All staff', 1, 2, 1],
    ['Gifts and', 1, 3, 1],
    ['accept cash', 1, 5, 3], // after the "• " bullet
    ['Reporting', 2, 1, 1],
    ['Anyone may', 2, 2, 1],
  ])('places "%s" on page %i, line %i, column %i', async (start, page, line, column) => {
    const block = find((await read(TWO_PAGES)).blocks, start);
    expect(block?.pieces[0].start).toMatchObject({ page, line, column });
  });
});

describe('readPdf: joining lines into paragraphs', () => {
  it('joins wrapped lines into one paragraph and knows each line', async () => {
    const doc = await read([{ paragraph: 'Volunteers must complete safeguarding training before their first shift and refresh it every year.', width: 200 }]);
    expect(doc.blocks).toHaveLength(1);
    const [block] = doc.blocks;
    expect(block.text).toBe('Volunteers must complete safeguarding training before their first shift and refresh it every year.');
    expect(block.pieces.length).toBeGreaterThan(1);
    const year = positionAt(block, block.text.indexOf('year'));
    expect(year.line).toBe(block.pieces.length);
    expect(year.page).toBe(1);
  });

  it('rejoins a word hyphenated across lines', async () => {
    const doc = await read([{ lines: ['Records are kept in strict confiden-', 'tiality by the office.'] }]);
    expect(doc.blocks.map((block) => block.text)).toEqual(['Records are kept in strict confidentiality by the office.']);
    expect(positionAt(doc.blocks[0], doc.blocks[0].text.indexOf('tiality'))).toMatchObject({ line: 2, column: 1 });
  });

  it('breaks paragraphs on a vertical gap and on a bullet', async () => {
    const doc = await read([{ lines: ['First paragraph.'] }, { lines: ['Second paragraph.'] }, { bullets: ['an item'] }]);
    expect(doc.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'First paragraph.'],
      ['paragraph', 'Second paragraph.'],
      ['list-item', 'an item'],
    ]);
  });

  it('treats a numbered short line in the body font as a heading', async () => {
    const doc = await read([{ lines: ['2.1 Conflicts of Interest'] }, { lines: ['Declare any interest to the board.'] }]);
    expect(doc.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', '2.1 Conflicts of Interest'],
      ['paragraph', 'Declare any interest to the board.'],
    ]);
  });
});

describe('readPdf: files it cannot read', () => {
  it.each<[string, () => Promise<Uint8Array>, RegExp]>([
    ['a page with only a drawing', () => makePdf([{ rectangle: true }]), /^no text layer: OCR it first$/],
    ['a password-protected file', () => makePdf([{ paragraph: 'Secret.' }], { userPassword: 'letmein' }), /^password-protected: /],
    ['a file that is not a PDF', async () => new TextEncoder().encode('hello, world'), /^not a valid PDF: /],
    ['a PDF header and garbage', async () => new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(500)), /^not a valid PDF: /],
  ])('rejects %s', async (_name, make, message) => {
    await expect(readPdf({ path: 'bad.pdf', bytes: await make() })).rejects.toThrow(message);
  });

  it(`refuses more pages than the limit (default ${DEFAULT_MAX_PAGES})`, async () => {
    await expect(read(TWO_PAGES, { maxPages: 1 })).rejects.toThrow('PDF has 2 pages, more than the limit of 1');
  });

  it('warns about pages without text but reads the rest', async () => {
    const doc = await read([{ paragraph: 'Text on page one.' }, { pageBreak: true }, { rectangle: true }]);
    expect(doc.blocks.map((block) => block.text)).toEqual(['Text on page one.']);
    expect(doc.warnings).toEqual([expect.stringContaining('no text on page 2')]);
  });
});

describe('readPdf: side effects', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints nothing, even for a broken file', async () => {
    const spies = [vi.spyOn(console, 'log'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'error'), vi.spyOn(process.stderr, 'write'), vi.spyOn(process.stdout, 'write')];
    await read(TWO_PAGES);
    await readPdf({ path: 'bad.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF') }).catch(() => undefined);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('leaves the caller\'s bytes intact (pdf.js detaches what it is given)', async () => {
    const bytes = await makePdf(TWO_PAGES);
    const length = bytes.length;
    await readPdf({ path: 'policy.pdf', bytes });
    expect(bytes.length).toBe(length);
  });
});
