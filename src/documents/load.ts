/** load(path) -> Document: picks the reader by extension, loading it only when needed. */
import { extname } from 'node:path';
import type { Document, DocumentFormat, ReaderInput } from './types.js';

const FORMATS: Record<string, DocumentFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** Limits the container readers enforce themselves (the rest are enforced around them, in read.ts). */
export interface ReaderOptions {
  /** DOCX: most bytes the zip may inflate to. */
  maxInflatedBytes?: number;
  /** PDF: most pages. */
  maxPages?: number;
  /**
   * Markdown nested too deeply for markdown-it: read it with remark-parse (the default), or throw
   * NeedsReaderThread (a caller that cannot stop a parse that runs too long).
   */
  deepMarkdown?: 'remark' | 'refuse';
}

type LoadedReader = (input: ReaderInput, options: ReaderOptions) => Promise<Document> | Document;

/** Readers are imported lazily so a Markdown-only run never loads mammoth or pdf.js. */
const READERS: Record<DocumentFormat, () => Promise<LoadedReader>> = {
  markdown: async () => {
    const { readMarkdown } = await import('./readers/markdown.js');
    return (input, options) => readMarkdown(input, options.deepMarkdown === 'refuse' ? { deep: 'refuse' } : {});
  },
  text: async () => (await import('./readers/text.js')).readText,
  html: async () => (await import('./readers/html.js')).readHtml,
  docx: async () => {
    const { readDocx } = await import('./readers/docx.js');
    return (input, options) => readDocx(input, options.maxInflatedBytes !== undefined ? { maxInflatedBytes: options.maxInflatedBytes } : {});
  },
  pdf: async () => {
    const { readPdf } = await import('./readers/pdf.js');
    return (input, options) => readPdf(input, options.maxPages !== undefined ? { maxPages: options.maxPages } : {});
  },
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

export function formatOf(path: string): DocumentFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

/** Reads one document from its bytes. Throws for unreadable content; the caller records it. */
export async function parseDocument(input: ReaderInput, format = formatOf(input.path), options: ReaderOptions = {}): Promise<Document> {
  if (!format) throw new Error(`unsupported file type "${extname(input.path) || input.path}"`);
  const reader = await READERS[format]();
  return reader(input, options);
}
