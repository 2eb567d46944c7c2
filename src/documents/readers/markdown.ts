/**
 * Markdown reader: markdown-it tokens into positioned blocks (the same blocks remark-parse gave,
 * about ten times faster and linear in the input). A document nested more deeply than markdown-it
 * follows (it would silently drop the rest) is read with remark-parse instead, which follows any
 * depth, slowly: that is what the reader's --timeout is for.
 */
import { createRequire } from 'node:module';
import type MarkdownIt from 'markdown-it';
import type { Root } from 'mdast';
import { lineStarts } from '../blocks.js';
import { decode } from '../decode.js';
import { maskFrontMatter } from '../front-matter.js';
import { scanMarkers } from '../markers.js';
import { mdastToBlocks } from '../mdast-blocks.js';
import { NeedsReaderThread } from '../limits.js';
import type { Document, ReaderInput } from '../types.js';
import { tokensToMdast } from './markdown-it-tree.js';

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

/** Deeper than its preset's maxNesting (100), markdown-it stops parsing; a document that comes near it goes to remark-parse. */
const NEAR_LIMIT = 96;

// CommonMark, as remark-parse reads it: raw HTML is kept as HTML (and skipped), no smart quotes or
// bare-URL links. GitHub's extensions (tables, strikethrough, task lists) only where remark-gfm
// would have been used, i.e. in a document with a table delimiter row.
// Each parser is built on first use: a parser costs a few milliseconds to set up (markdown-it
// compiles its link matcher even with linkify off), and most runs need only the plain one.
const parsers: { plain?: MarkdownIt; gfm?: MarkdownIt } = {};
let markdownIt: typeof import('markdown-it').default | undefined;

// Its CommonJS build is one file: it loads in a third of the time of the 50-odd ES modules. The
// build also makes one file of it and its dependencies (scripts/bundle.js), next to the bundle;
// run from the sources (tests), the package itself.
function loadMarkdownIt(): typeof import('markdown-it').default {
  if (markdownIt) return markdownIt;
  const require = createRequire(import.meta.url);
  try {
    markdownIt = require('../vendor/markdown-it.cjs') as typeof import('markdown-it').default;
  } catch {
    markdownIt = require('markdown-it') as typeof import('markdown-it').default;
  }
  return markdownIt;
}
function parser(gfm: boolean): MarkdownIt {
  const MarkdownIt = loadMarkdownIt();
  const options = { html: true, linkify: false, typographer: false };
  if (gfm) return (parsers.gfm ??= new MarkdownIt('default', options));
  return (parsers.plain ??= new MarkdownIt('default', options).disable(['table', 'strikethrough']));
}

export interface MarkdownOptions {
  /** A document too deeply nested for markdown-it: read it with remark-parse (default), or throw NeedsReaderThread. */
  deep?: 'remark' | 'refuse';
}

export async function readMarkdown(input: ReaderInput, options: MarkdownOptions = {}): Promise<Document> {
  const { text, encoding } = decode(input.bytes);
  return markdownDocument(input.path, text, encoding, options);
}

export async function markdownDocument(path: string, text: string, encoding?: string, options: MarkdownOptions = {}): Promise<Document> {
  const gfm = hasTableDelimiter(text);
  // markdown-it's own normalization (line endings, NUL), done first so that offsets agree.
  const normalized = /[\r\0]/.test(text) ? text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD') : text;
  const source = maskFrontMatter(normalized);
  const tokens = parser(gfm).parse(source, {});
  const starts = lineStarts(source);
  const deep = tooDeep(tokens);
  if (deep && options.deep === 'refuse') throw new NeedsReaderThread(`${path}: nested too deeply to read here`);
  const tree = deep ? await remarkTree(source, gfm) : tokensToMdast(tokens, source, starts, { taskLists: gfm });
  return {
    path,
    format: 'markdown',
    blocks: mdastToBlocks(tree, source),
    markers: scanMarkers(text),
    warnings: [],
    ...(encoding ? { encoding } : {}),
  };
}

function tooDeep(tokens: ReturnType<MarkdownIt['parse']>): boolean {
  for (const token of tokens) {
    if (token.level >= NEAR_LIMIT) return true;
    if (token.children) for (const child of token.children) if (child.level >= NEAR_LIMIT) return true;
  }
  return false;
}

/** remark-parse, for the documents markdown-it cannot follow. */
export async function remarkTree(text: string, gfm = hasTableDelimiter(text)): Promise<Root> {
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
  const processor = unified().use(remarkParse);
  if (gfm) {
    const { default: remarkGfm } = await import('remark-gfm');
    processor.use(remarkGfm);
  }
  return processor.parse(text) as Root;
}
