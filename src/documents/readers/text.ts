/** Plain-text reader: paragraphs, list items and lines that look like headings. */
import { BlockBuilder, lineStarts } from '../blocks.js';
import { decode } from '../decode.js';
import { scanMarkers } from '../markers.js';
import type { Block, Document, ReaderInput } from '../types.js';

const BULLET = /^(\s*)([-*•●▪◦–—o]|\(?[0-9]{1,3}[.)]|\(?[a-zA-Z][.)]|\([ivx]{1,4}\))\s+/;
const NUMBERED_HEADING = /^\s*((?:section|article|part|chapter)\s+)?([0-9]{1,2}(?:\.[0-9]{1,2})*|[IVX]{1,5})[.)]?\s+(\S.*)$/i;

export async function readText(input: ReaderInput): Promise<Document> {
  const { text, encoding } = decode(input.bytes);
  return textDocument(input.path, text, encoding);
}

interface Heading {
  level: number;
  text: string;
}

/**
 * Text saved from a web page or a word processor is not wrapped: each line is a whole paragraph
 * and nothing separates it from a title above it ("How it works" then a 600-character line).
 * Wrapped text never has many lines this long; a few long lines (a URL) do not make a document
 * unwrapped.
 */
const LONG_LINE = 100;
function isUnwrapped(lines: string[]): boolean {
  let nonBlank = 0;
  let long = 0;
  for (const line of lines) {
    const length = line.trim().length;
    if (length === 0) continue;
    nonBlank++;
    if (length > LONG_LINE) long++;
  }
  return long >= 2 && long >= 0.1 * nonBlank;
}

export function textDocument(path: string, text: string, encoding?: string): Document {
  const lines = text.split(/\r?\n|\r/);
  // In unwrapped text a line break ends the paragraph, and a short title-like line is a heading
  // even with no blank line around it.
  const unwrapped = isUnwrapped(lines);
  // Offsets refer to the text as read; \r\n line ends keep their line starts after the \n.
  const starts = lineStarts(text);
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  let paragraph: BlockBuilder | undefined;
  let paragraphKind: 'paragraph' | 'list-item' = 'paragraph';
  let leadIn: string | undefined;

  const path_ = () => headings.map((h) => h.text);
  const flush = () => {
    if (!paragraph) return;
    const block = paragraph.build(paragraphKind, path_(), paragraphKind === 'list-item' ? leadIn : undefined);
    if (block) {
      blocks.push(block);
      if (block.kind === 'paragraph') {
        leadIn = /[:\u2013\u2014-]\s*$/.test(block.text) ? block.text : undefined;
      }
    }
    paragraph = undefined;
  };

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const offset = starts[index] ?? 0;
    if (line.trim().length === 0) {
      flush();
      if (paragraphKind === 'list-item') paragraphKind = 'paragraph';
      return;
    }
    const indent = line.length - line.trimStart().length;
    const heading = headingLevel(line, lines[index - 1], lines[index + 1], headings, unwrapped);
    if (heading) {
      flush();
      const title = heading.text;
      while (headings.length > 0 && headings[headings.length - 1].level >= heading.level) headings.pop();
      headings.push({ level: heading.level, text: title });
      const column = line.indexOf(title) + 1;
      const builder = new BlockBuilder();
      builder.add(title, { line: lineNumber, column, offset: offset + column - 1 });
      const block = builder.build('heading', path_());
      if (block) blocks.push(block);
      leadIn = undefined;
      paragraphKind = 'paragraph';
      return;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      flush();
      paragraphKind = 'list-item';
      paragraph = new BlockBuilder();
      const column = bullet[0].length + 1;
      paragraph.add(line.slice(bullet[0].length).trimEnd(), { line: lineNumber, column, offset: offset + column - 1 });
      return;
    }
    // An indented line after a bullet still continues the item; anything else is its own paragraph.
    if (unwrapped && paragraph && !(paragraphKind === 'list-item' && indent > 0)) {
      flush();
      paragraphKind = 'paragraph';
    }
    if (!paragraph) {
      paragraph = new BlockBuilder();
      if (paragraphKind === 'list-item' && indent === 0) paragraphKind = 'paragraph';
    } else if (!paragraph.joinHyphenated(line.trimStart())) {
      paragraph.gap();
    }
    paragraph.add(line.trim(), { line: lineNumber, column: indent + 1, offset: offset + indent });
  });
  flush();

  const markers = scanMarkers(text, starts);
  return { path, format: 'text', blocks, markers, warnings: [], ...(encoding ? { encoding } : {}) };
}

/**
 * A line is a heading when it stands alone and reads like one: numbered ("2.1 Gifts"),
 * ALL CAPS, or a short phrase ending in a colon. Sentences (ending in . ? !) never are.
 */
function headingLevel(line: string, previous: string | undefined, next: string | undefined, open: Heading[], unwrapped: boolean): Heading | undefined {
  const trimmed = line.trim();
  if (trimmed.length < 2 || trimmed.length > 90) return undefined;
  if (/[.?!;,]["')\]]?$/.test(trimmed) && !/^[0-9.]+\s*$/.test(trimmed)) return undefined;
  // In unwrapped text every line stands alone: the line break is the paragraph break.
  const blankBefore = unwrapped || previous === undefined || previous.trim() === '';
  const blankAfter = unwrapped || next === undefined || next.trim() === '';
  const alone = blankBefore || blankAfter;
  const numbered = NUMBERED_HEADING.exec(trimmed);
  if (numbered && alone && wordCount(numbered[3]) <= 10 && /^[A-Z\u00C0-\u00DD]/.test(numbered[3])) {
    const depth = numbered[2].includes('.') ? numbered[2].split('.').filter(Boolean).length : 1;
    return { level: depth + 1, text: trimmed };
  }
  const letters = trimmed.replace(/[^A-Za-z\u00C0-\u024F]/g, '');
  if (letters.length >= 3 && letters === letters.toUpperCase() && wordCount(trimmed) <= 12) {
    return { level: 1, text: trimmed };
  }
  // "Volunteers must:" right above bullets is their lead-in, not a heading.
  const leadsList = next !== undefined && BULLET.test(next);
  // (Not relaxed for unwrapped text: there "You may donate in the following ways:" introduces the
  // lines below it, and a heading's words would count as context for everything under it.)
  if (trimmed.endsWith(':') && wordCount(trimmed) <= 6 && !leadsList && (previous === undefined || previous.trim() === '')) {
    const parent = open.length > 0 ? open[open.length - 1].level : 1;
    return { level: Math.max(parent + 1, 2), text: trimmed.slice(0, -1).trim() };
  }
  // A short title-like line (no end punctuation) between blank lines reads as a heading too.
  const introduces = unwrapped && trimmed.endsWith(':') && wordCount(trimmed) > 3;
  if (previous !== undefined && blankBefore && blankAfter && !leadsList && !introduces && wordCount(trimmed) <= 8 && /^[A-Z\u00C0-\u00DD]/.test(trimmed)) {
    const parent = open.length > 0 ? open[open.length - 1].level : 1;
    return { level: Math.max(parent, 2), text: trimmed };
  }
  return undefined;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
