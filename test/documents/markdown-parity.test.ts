/**
 * The markdown-it reader against remark-parse, the parser it replaced: the same blocks (kind,
 * text, heading path, lead-in) and the same line:column for every character, on the fixtures, a
 * generated corpus and hand-picked edge cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { positionAt } from '../../src/documents/blocks.js';
import { NeedsReaderThread } from '../../src/documents/limits.js';
import { mdastToBlocks } from '../../src/documents/mdast-blocks.js';
import { markdownDocument, remarkTree } from '../../src/documents/readers/markdown.js';
import type { Block } from '../../src/documents/types.js';
// @ts-expect-error: the benchmark's corpus generator is plain JavaScript.
import { generateCorpus } from '../../bench/generate.js';
import { tempDir } from '../helpers/temp.js';

const shape = (block: Block) => ({
  kind: block.kind,
  text: block.text,
  headingPath: block.headingPath,
  leadIn: block.leadIn,
  positions: [...block.text].map((_, i) => {
    const { line, column } = positionAt(block, i);
    return `${line}:${column}`;
  }).join(' '),
});

async function both(text: string) {
  const fast = (await markdownDocument('x.md', text)).blocks.map(shape);
  const reference = mdastToBlocks(await remarkTree(text), text).map(shape);
  return { fast, reference };
}

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) markdownFiles(path, out);
    else if (entry.name.endsWith('.md')) out.push(path);
  }
  return out;
}

const EDGE_CASES = [
  'a \\* b and \\*c\\*',
  'AT&amp;T &copy; policy &#65; here',
  '&amp; first',
  '*emph* and **strong** _u_ text',
  'Setext heading\nover two lines\n==========\n\nbody',
  'line one  \nline two\\\nline three',
  '> quote line\n> second line\nlazy line',
  '- a\n  - b\n    - c\n\n  para in a\n- d',
  '1. one\n2. two\n\n   continued',
  'text with `code span` and ``double ` tick`` end',
  '`multi\nline code`',
  '<div>\nhtml block\n</div>\n\npara <span>inline</span> html <!-- policy-gap: x -->',
  '[link](http://x.org "title") after [ref][r] and [r] <http://auto.link> end\n\n[r]: http://r.org',
  'See [`rubric/schema.json`](rubric/schema.json).',
  '![alt text](img.png) after image',
  'Line with trailing spaces   \nnext',
  '\tindented code\n\npara',
  'Word hyphen-\nated across',
  '| a | b |\n|---|---|\n| ~~gone~~ x | y |\n\n- [ ] task one\n- [x] task two\n\nwww.example.com and https://x.y/z',
  '# Heading with `code` and *em*\n\n## Closing hashes ##',
  '* item\n\n* loose item\n\n  second para',
  'Staff must:\n- not accept gifts;\n- not lend money.',
  '> - list in quote\n>   continued\n> > nested quote',
  'para\n***\nafter hr',
  '```\nfenced\n```\nafter fence',
  'text\u00a0with nbsp and “quotes” — dash',
  '**bold**text*em*',
  'x [a *b* c](u) y',
  'Emoji 😀 policy text é',
];

describe('markdown-it reader = remark-parse reader', () => {
  it.each(EDGE_CASES.map((text) => [JSON.stringify(text).slice(0, 60), text]))('%s', async (_name, text) => {
    const { fast, reference } = await both(text);
    expect(fast).toEqual(reference);
  });

  it('on every Markdown fixture', async () => {
    const files = [...markdownFiles('fixtures'), ...markdownFiles('test'), 'README.md'];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const { fast, reference } = await both(readFileSync(file, 'utf8'));
      expect(fast, file).toEqual(reference);
    }
  });

  it('on a generated corpus (the benchmark generator, 150 documents)', async () => {
    const dir = tempDir();
    generateCorpus(dir, 150, 20240601);
    const files = markdownFiles(dir);
    expect(files.length).toBe(150);
    for (const file of files) {
      const { fast, reference } = await both(readFileSync(file, 'utf8'));
      expect(fast, file).toEqual(reference);
    }
  }, 60_000);

  it('CRLF line endings give the same blocks as LF (remark kept a stray \\r)', async () => {
    const lf = (await markdownDocument('x.md', '# H\n\nline one\nline two\n')).blocks.map(shape);
    const crlf = (await markdownDocument('x.md', '# H\r\n\r\nline one\r\nline two\r\n')).blocks.map(shape);
    expect(crlf).toEqual(lf);
  });
});

describe('nesting deeper than markdown-it follows', () => {
  const deep = `${Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`;

  it('is read with remark-parse, so no level is lost', async () => {
    const blocks = (await markdownDocument('deep.md', deep)).blocks;
    expect(blocks.map((b) => b.text)).toEqual(Array.from({ length: 120 }, (_, i) => `level ${i}`));
    expect(blocks.map(shape)).toEqual(mdastToBlocks(await remarkTree(deep), deep).map(shape));
  });

  it('or refused, for a caller that sends it to the reader thread', async () => {
    await expect(markdownDocument('deep.md', deep, undefined, { deep: 'refuse' })).rejects.toBeInstanceOf(NeedsReaderThread);
    await expect(markdownDocument('flat.md', '- a\n  - b\n', undefined, { deep: 'refuse' })).resolves.toBeDefined();
  });
});
