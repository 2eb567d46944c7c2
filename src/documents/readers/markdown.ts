/** Markdown reader: remark-parse into mdast, then positioned blocks. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { lineStarts } from '../blocks.js';
import { decode } from '../decode.js';
import { scanMarkers } from '../markers.js';
import { mdastToBlocks } from '../mdast-blocks.js';
import type { Document, ReaderInput } from '../types.js';

// A GFM table needs remark-gfm, which costs ~75% more parse time; load it only for files with one.
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/m;

export async function readMarkdown(input: ReaderInput): Promise<Document> {
  const { text, encoding } = decode(input.bytes);
  return markdownDocument(input.path, text, encoding);
}

export async function markdownDocument(path: string, text: string, encoding?: string): Promise<Document> {
  const processor = unified().use(remarkParse);
  if (TABLE_DELIMITER.test(text)) {
    const { default: remarkGfm } = await import('remark-gfm');
    processor.use(remarkGfm);
  }
  const tree = processor.parse(text) as Root;
  const starts = lineStarts(text);
  const { markers, problems } = scanMarkers(text, starts);
  return {
    path,
    format: 'markdown',
    blocks: mdastToBlocks(tree, text),
    markers,
    warnings: problems,
    ...(encoding ? { encoding } : {}),
  };
}
