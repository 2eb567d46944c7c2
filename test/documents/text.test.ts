import { describe, expect, it } from 'vitest';
import { positionAt } from '../../src/documents/blocks.js';
import { textDocument } from '../../src/documents/readers/text.js';
import { decode } from '../../src/documents/decode.js';

const source = [
  'CODE OF CONDUCT', //                                           1
  '', //                                                          2
  '1. Scope', //                                                  3
  '', //                                                          4
  'This code applies to all staff and', //                        5
  'volunteers of the centre.', //                                 6
  '', //                                                          7
  'Gifts:', //                                                    8
  'Staff must not accept gifts from clients.', //                 9
  '', //                                                          10
  'Volunteers must:', //                                          11
  '- keep client files private', //                               12
  '- never give legal advice', //                                 13
].join('\n');

describe('plain-text reader', () => {
  const doc = textDocument('code.txt', source);
  const block = (text: string) => doc.blocks.find((b) => b.text.startsWith(text))!;

  it.each([
    ['ALL CAPS', 'CODE OF CONDUCT', 1],
    ['numbered', '1. Scope', 3],
    ['ending in a colon', 'Gifts', 8],
  ])('recognises a heading %s', (_kind, text, line) => {
    const heading = block(text);
    expect(heading.kind).toBe('heading');
    expect(positionAt(heading, 0).line).toBe(line);
  });

  it('builds the heading path from heading levels', () => {
    expect(block('This code applies').headingPath).toEqual(['CODE OF CONDUCT', '1. Scope']);
    expect(block('Staff must not').headingPath).toEqual(['CODE OF CONDUCT', '1. Scope', 'Gifts']);
  });

  it('joins the lines of a paragraph and keeps each line\'s position', () => {
    const paragraph = block('This code applies');
    expect(paragraph.text).toBe('This code applies to all staff and volunteers of the centre.');
    expect(positionAt(paragraph, paragraph.text.indexOf('volunteers'))).toMatchObject({ line: 6, column: 1 });
  });

  it('reads bullets as list items with their lead-in', () => {
    const item = block('never give legal advice');
    expect(item.kind).toBe('list-item');
    expect(item.leadIn).toBe('Volunteers must:');
    expect(positionAt(item, 0)).toMatchObject({ line: 13, column: 3 });
  });

  it('keeps positions right with Windows line ends', () => {
    const crlf = textDocument('crlf.txt', 'TITLE\r\n\r\nFirst line\r\nsecond line.\r\n');
    const paragraph = crlf.blocks.find((b) => b.text.startsWith('First'))!;
    expect(positionAt(paragraph, paragraph.text.indexOf('second'))).toMatchObject({ line: 4, column: 1 });
  });
});

describe('decode', () => {
  const utf16 = (text: string, bom: number[]) => new Uint8Array([...bom, ...Array.from(Buffer.from(text, bom[0] === 0xff ? 'utf16le' : 'utf16le')).flatMap((b, i, all) => (bom[0] === 0xfe ? (i % 2 === 0 ? [all[i + 1], b] : []) : [b]))]);
  it.each([
    ['UTF-8', Buffer.from('Café confidentiel'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Café confidentiel')]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', utf16('Café confidentiel', [0xff, 0xfe]), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16('Café confidentiel', [0xfe, 0xff]), 'utf-16be'],
    ['Windows-1252', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, ...Buffer.from('confidentiel')]), 'windows-1252'],
  ])('reads %s and says so', (_name, bytes, encoding) => {
    expect(decode(new Uint8Array(bytes))).toEqual({ text: 'Café confidentiel', encoding });
  });

  it('refuses binary content', () => {
    expect(() => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toThrow(/binary/);
  });
});

describe('plain-text reader, unwrapped text (a line per paragraph, as saved from a web page)', () => {
  const long = (words: string) => `${words} ${'and this sentence goes on to explain the rule in some detail'.repeat(2)}.`;
  const source = [
    'Source: https://example.org/our-policies', //             1
    long('We help newcomers with their applications'), //      2
    'How we work', //                                          3
    long('Every client meets a trained caseworker'), //        4
    '- Intake by appointment;', //                             5
    '- Help with the forms;', //                               6
    long('Our clinic is open on weekdays'), //                 7
    'You can reach us in the following ways:', //              8
    long('By phone during office hours'), //                   9
  ].join('\n');
  const doc = textDocument('web.txt', source);
  const block = (text: string) => doc.blocks.find((b) => b.text.startsWith(text))!;

  it('reads each line as its own paragraph', () => {
    expect(block('We help newcomers').text).not.toContain('How we work');
    expect(positionAt(block('Every client meets'), 0).line).toBe(4);
  });

  it('reads a short title-like line between paragraphs as a heading', () => {
    expect(block('How we work').kind).toBe('heading');
    expect(block('Every client meets').headingPath).toEqual(['How we work']);
  });

  it('ends a list item at the line end: the next paragraph is not part of the item', () => {
    expect(block('Help with the forms').text).toBe('Help with the forms;');
    expect(block('Our clinic is open')).toMatchObject({ kind: 'paragraph' });
    expect(block('Our clinic is open').leadIn).toBeUndefined();
  });

  it('does not take a line that introduces what follows for a heading', () => {
    expect(block('You can reach us').kind).toBe('paragraph');
    expect(block('By phone').headingPath).toEqual(['How we work']);
  });

  it('still joins the lines of wrapped text, even with one long line in it', () => {
    const wrapped = textDocument('wrapped.txt', ['All staff must keep', 'client files private.', '', `See ${'x'.repeat(120)}`, '', 'Short title', 'next line.'].join('\n'));
    expect(wrapped.blocks.map((b) => b.text)).toContain('All staff must keep client files private.');
    expect(wrapped.blocks.map((b) => b.text)).toContain('Short title next line.');
  });
});
