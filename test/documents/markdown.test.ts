import { describe, expect, it } from 'vitest';
import { positionAt } from '../../src/documents/blocks.js';
import { markdownDocument } from '../../src/documents/readers/markdown.js';

const source = [
  '# Privacy Policy', //                                          1
  '', //                                                          2
  'We keep **client** files in a locked cabinet.', //             3
  '', //                                                          4
  '## Staff', //                                                  5
  '', //                                                          6
  'Staff must:', //                                               7
  '', //                                                          8
  '- sign a confidentiality agreement;', //                       9
  '- report every breach', //                                     10
  '  to their manager.', //                                       11
  '', //                                                          12
  '| Record | Kept for |', //                                     13
  '| ------ | -------- |', //                                     14
  '| Intake form | seven years |', //                             15
  '', //                                                          16
  'Files are confiden-', //                                       17
  'tial and `encrypted` at rest.', //                             18
  '<!-- policy-gap: not-applicable insurance.liability -- covered by our umbrella body -->', // 19
].join('\n');

describe('markdown reader', async () => {
  const doc = await markdownDocument('privacy.md', source);
  const block = (text: string) => doc.blocks.find((b) => b.text.includes(text))!;

  it('keeps headings as blocks and as the path of what follows', () => {
    expect(block('locked cabinet').headingPath).toEqual(['Privacy Policy']);
    expect(block('sign a confidentiality').headingPath).toEqual(['Privacy Policy', 'Staff']);
  });

  it.each([
    ['a paragraph', 'We keep client files', 3, 1],
    ['a list item', 'sign a confidentiality', 9, 3],
    ['a table cell', 'seven years', 15, 17],
    ['a heading', 'Staff', 5, 4],
  ])('points %s at its line and column', (_kind, text, line, column) => {
    const found = doc.blocks.find((b) => b.text.startsWith(text))!;
    expect(positionAt(found, 0)).toMatchObject({ line, column });
  });

  it('drops inline markup from the text but keeps positions after it', () => {
    const paragraph = block('locked cabinet');
    expect(paragraph.text).toBe('We keep client files in a locked cabinet.');
    expect(positionAt(paragraph, paragraph.text.indexOf('files'))).toMatchObject({ line: 3, column: 20 });
  });

  it('maps a continuation line of a list item to its own line', () => {
    const item = block('report every breach');
    expect(item.text).toBe('report every breach to their manager.');
    expect(positionAt(item, item.text.indexOf('to their'))).toMatchObject({ line: 11, column: 3 });
  });

  it('gives list items their lead-in line and table cells their column header', () => {
    expect(block('sign a confidentiality').leadIn).toBe('Staff must:');
    expect(block('seven years').leadIn).toBe('Kept for');
  });

  it('joins words hyphenated across lines', () => {
    expect(block('Files are').text).toBe('Files are confidential and encrypted at rest.');
    const b = block('Files are');
    expect(positionAt(b, b.text.indexOf('encrypted'))).toMatchObject({ line: 18, column: 11 });
  });

  it('reads not-applicable markers with their reason and line', () => {
    expect(doc.markers).toEqual([{ kind: 'not-applicable', element: 'insurance.liability', reason: 'covered by our umbrella body', position: expect.objectContaining({ line: 19 }) }]);
  });
});
