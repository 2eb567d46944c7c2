/** PDF reader: pdf.js text layer (through unpdf) -> lines per page -> headings and paragraphs. */
import { getDocumentProxy } from 'unpdf';
import type { Document, ReaderInput } from '../types.js';
import { linesToBlocks } from './pdf-blocks.js';
import { dropRunningLines, pageLines, type PdfLine } from './pdf-lines.js';
import { DEFAULT_MAX_PAGES } from '../limits.js';

export { DEFAULT_MAX_PAGES };

export interface PdfOptions {
  maxPages?: number;
}

// Offline and quiet: no fetching of fonts, CMaps or wasm, no eval, no font faces, no console output.
const PDFJS_OPTIONS = {
  verbosity: 0,
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  useWorkerFetch: false,
  useWasm: false,
  disableAutoFetch: true,
  disableStream: true,
  disableRange: true,
  enableXfa: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
};

export async function readPdf(input: ReaderInput, options: PdfOptions = {}): Promise<Document> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  if (!hasPdfHeader(input.bytes)) throw new Error('not a valid PDF: no "%PDF-" header');
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(input.bytes), PDFJS_OPTIONS).catch((cause: unknown) => {
    if (cause instanceof Error && cause.name === 'PasswordException') {
      throw new Error('password-protected: the PDF needs a password to open; remove the password and try again', { cause });
    }
    throw new Error(`not a valid PDF: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  });
  try {
    if (pdf.numPages > maxPages) throw new Error(`too many pages: PDF has ${pdf.numPages} pages, more than the limit of ${maxPages} (raise it with --max-pages)`);
    const warnings: string[] = [];
    const pages: PdfLine[][] = [];
    const textless: number[] = [];
    let offset = 0;
    let rotated = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const read = await readPage(pdf, number).catch((cause: unknown) => {
        warnings.push(`page ${number}: text could not be read (${cause instanceof Error ? cause.message : String(cause)})`);
        return { lines: [], rotated: 0 };
      });
      rotated += read.rotated;
      if (read.lines.length === 0) textless.push(number);
      pages.push(read.lines.map((line) => {
        const placed = { ...line, offset };
        offset += line.text.length + 1;
        return placed;
      }));
    }
    if (textless.length === pdf.numPages) throw new Error('no text layer: OCR it first');
    if (textless.length > 0) warnings.push(`no text on page${textless.length > 1 ? 's' : ''} ${listPages(textless)} (scanned? OCR it to read it)`);
    if (rotated > 0) warnings.push(`${rotated} rotated or vertical text item${rotated > 1 ? 's' : ''} skipped`);
    const blocks = linesToBlocks(dropRunningLines(pages).flat());
    return { path: input.path, format: 'pdf', blocks, markers: [], warnings, pages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}

async function readPage(pdf: Awaited<ReturnType<typeof getDocumentProxy>>, number: number) {
  const page = await pdf.getPage(number);
  try {
    const content = await page.getTextContent();
    return pageLines(content.items, number);
  } finally {
    page.cleanup();
  }
}

// The header may follow a little junk (some producers prepend bytes); pdf.js looks in the first KiB too.
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function listPages(pages: number[]): string {
  return pages.length > 10 ? `${pages.slice(0, 10).join(', ')} and ${pages.length - 10} more` : pages.join(', ');
}
