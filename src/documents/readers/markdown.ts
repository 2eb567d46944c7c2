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
// Tested line by line, in linear time: white space never crosses a line end ([^\S\n]) and no two
// runs of it can trade characters, so blank lines or long runs of spaces cannot make it backtrack
// (the old whole-text /\s*...$/m took 14 s on 4,000 blank lines), and a line too long to be a
// delimiter row is skipped (a million "|---" would overflow the regex backtracking stack).
const DELIMITER_ROW = /^[^\S\n]*(?:\|[^\S\n]*)?:?-{3,}:?[^\S\n]*(?:\|[^\S\n]*:?-{3,}:?[^\S\n]*)+(?:\|[^\S\n]*)?$/;
const MAX_DELIMITER_ROW = 10_000;

export function hasTableDelimiter(text: string): boolean {
  if (!text.includes('|')) return false;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start <= MAX_DELIMITER_ROW) {
      const line = text.slice(start, end);
      if (line.includes('---') && DELIMITER_ROW.test(line)) return true;
    }
    start = end + 1;
  }
  return false;
}

export async function readMarkdown(input: ReaderInput): Promise<Document> {
  const { text, encoding } = decode(input.bytes);
  return markdownDocument(input.path, text, encoding);
}

export async function markdownDocument(path: string, text: string, encoding?: string): Promise<Document> {
  const processor = unified().use(remarkParse);
  if (hasTableDelimiter(text)) {
    const { default: remarkGfm } = await import('remark-gfm');
    processor.use(remarkGfm);
  }
  const tree = processor.parse(text) as Root;
  const starts = lineStarts(text);
  const markers = scanMarkers(text, starts);
  return {
    path,
    format: 'markdown',
    blocks: mdastToBlocks(tree, text),
    markers,
    warnings: [],
    ...(encoding ? { encoding } : {}),
  };
}
