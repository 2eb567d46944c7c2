import { describe, expect, it } from 'vitest';
import { positionAt } from '../../src/documents/blocks.js';
import { maskFrontMatter } from '../../src/documents/front-matter.js';
import { markdownDocument } from '../../src/documents/readers/markdown.js';

describe('YAML front matter in Markdown', () => {
  const page = ['---', 'layout: default', 'title: "Privacy Policy"', 'tags: [policies]', '---', '', 'We keep client files private.', ''].join('\n');

  it('keeps every offset: the masked text has the same length and line breaks', () => {
    const masked = maskFrontMatter(page);
    expect(masked).toHaveLength(page.length);
    expect(masked.split('\n').length).toBe(page.split('\n').length);
  });

  it('reads the title as the page heading and drops the other keys', async () => {
    const doc = await markdownDocument('privacy.md', page);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Privacy Policy', 'We keep client files private.']);
    expect(doc.blocks[1].headingPath).toEqual(['Privacy Policy']);
    expect(positionAt(doc.blocks[0], 0)).toMatchObject({ line: 3, column: 9 });
    expect(positionAt(doc.blocks[1], 0)).toMatchObject({ line: 7, column: 1 });
  });

  it('finds it after a one-line comment, as pages saved with their source are', async () => {
    const doc = await markdownDocument('p.md', `<!-- Source: example.org/privacy -->\n${page}`);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Privacy Policy', 'We keep client files private.']);
  });

  it.each([
    ['a thematic break that never closes', '---\nStaff must keep files private.\n'],
    ['a break in the middle of the page', 'Intro.\n\n---\ntitle: x\n---\n'],
  ])('leaves %s alone', (_name, text) => {
    expect(maskFrontMatter(text)).toBe(text);
  });
});
