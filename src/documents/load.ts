/** load(path) -> Document: picks the reader by extension, loading it only when needed. */
import { extname } from 'node:path';
import type { Document, DocumentFormat, Reader, ReaderInput } from './types.js';

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

/** Readers are imported lazily so a Markdown-only run never loads mammoth or pdf.js. */
const READERS: Record<DocumentFormat, () => Promise<Reader>> = {
  markdown: async () => (await import('./readers/markdown.js')).readMarkdown,
  text: async () => (await import('./readers/text.js')).readText,
  html: async () => (await import('./readers/html.js')).readHtml,
  docx: async () => (await import('./readers/docx.js')).readDocx,
  pdf: async () => (await import('./readers/pdf.js')).readPdf,
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

export function formatOf(path: string): DocumentFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

/** Reads one document from its bytes. Throws for unreadable content; the caller records it. */
export async function parseDocument(input: ReaderInput, format = formatOf(input.path)): Promise<Document> {
  if (!format) throw new Error(`unsupported file type "${extname(input.path) || input.path}"`);
  const reader = await READERS[format]();
  return reader(input);
}
