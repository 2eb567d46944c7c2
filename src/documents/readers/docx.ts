/** DOCX reader: guard the zip, mammoth to HTML, then headings, paragraphs, lists and tables as blocks. */
import mammoth from 'mammoth';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Root as HastRoot } from 'hast';
import { mdastToBlocks } from '../mdast-blocks.js';
import type { Block, Document, Piece, ReaderInput } from '../types.js';
import { numberParagraphs, promoteHeadings, tidyNotes } from './docx-hast.js';
import { hastToMdast } from './hast-mdast.js';
import { checkZipSize, ZipError, ZipTooLargeError } from './zip-guard.js';
import { DEFAULT_MAX_INFLATED_BYTES } from '../limits.js';

export { DEFAULT_MAX_INFLATED_BYTES };

export interface DocxOptions {
  maxInflatedBytes?: number;
}

// Title is common in Word policies and unmapped by default; Subtitle is prose, not a heading.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

export async function readDocx(input: ReaderInput, options: DocxOptions = {}): Promise<Document> {
  await checkContainer(input.bytes, options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // Images are not policy text: skip reading (and base64-encoding) them at all.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        // A DOCX can link to files outside itself; never follow those links.
        externalFileAccess: false,
      },
    );
  } catch (cause) {
    throw new Error(`not a valid DOCX file: ${messageOf(cause)}`, { cause });
  }
  const tree = unified().use(rehypeParse, { fragment: true }).parse(result.value) as HastRoot;
  tidyNotes(tree);
  promoteHeadings(tree);
  numberParagraphs(tree);
  const blocks = paragraphPositions(mdastToBlocks(await hastToMdast(tree)));
  return { path: input.path, format: 'docx', blocks, markers: [], warnings: groupWarnings(result.messages) };
}

async function checkContainer(bytes: Uint8Array, maxBytes: number): Promise<void> {
  // Word's encrypted files and the old binary .doc format are both OLE compound files.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new Error('password-protected or old .doc file: save it again from Word as an unprotected .docx');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error('not a valid DOCX (zip) file: it does not start with a zip signature');
  try {
    await checkZipSize(bytes, maxBytes);
  } catch (error) {
    if (error instanceof ZipTooLargeError) {
      throw new Error(`too large when unzipped: DOCX inflates to more than ${megabytes(maxBytes)} MB (zip bomb?); if the file is genuine, raise --max-inflated-mb`, { cause: error });
    }
    if (error instanceof ZipError) throw new Error(`not a valid DOCX (zip) file: ${error.message}`, { cause: error });
    throw error;
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(2);
}

/**
 * DOCX has no lines. Each piece gets its paragraph number as `paragraph` and `line`, the character
 * offset within that paragraph as `column` - 1, and an offset into the extracted text (block texts
 * joined by newlines). numberParagraphs stamped the paragraph number as the mdast line.
 */
function paragraphPositions(blocks: Block[]): Block[] {
  const consumed = new Map<number, number>();
  let offset = 0;
  return blocks.map((block) => {
    const pieces: Piece[] = [];
    const spans = block.pieces.map((piece, i) => ({ piece, end: block.pieces[i + 1]?.at ?? block.text.length }));
    for (const { piece, end } of spans) {
      const paragraph = piece.start.line;
      const before = consumed.get(paragraph) ?? 0;
      consumed.set(paragraph, before + (end - piece.at));
      // Runs of one paragraph are contiguous in the block text: one piece covers them all.
      if (pieces.length > 0 && pieces[pieces.length - 1].start.paragraph === paragraph) continue;
      pieces.push({ at: piece.at, start: { line: paragraph, column: before + 1, offset: offset + piece.at, paragraph } });
    }
    offset += block.text.length + 1;
    return { ...block, pieces };
  });
}

/** Mammoth repeats a warning per paragraph; say each kind once, naming up to five distinct details. */
function groupWarnings(messages: { type: string; message: string }[]): string[] {
  const groups = new Map<string, Set<string>>();
  for (const { message } of messages) {
    const colon = message.indexOf(':');
    const kind = colon > 0 ? message.slice(0, colon) : message;
    const details = groups.get(kind) ?? new Set<string>();
    if (colon > 0) details.add(message.slice(colon + 1).trim());
    groups.set(kind, details);
  }
  return [...groups].map(([kind, details]) => {
    if (details.size === 0) return kind;
    const shown = [...details].slice(0, 5).join('; ');
    return `${kind}: ${shown}${details.size > 5 ? ` (and ${details.size - 5} more)` : ''}`;
  });
}

// XML parser errors run over several lines of parser state; the first line says what went wrong.
function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].trim();
}
