/** One file on disk -> a Document, or the reason it could not be read. Never throws for bad input. */
import { open } from 'node:fs/promises';
import { formatOf, parseDocument } from './load.js';
import { detectLanguage } from './language.js';
import type { Document } from './types.js';
import { describeFsError } from './walk.js';
import type { FileEntry } from '../report/types.js';

export interface ReadLimits {
  /** Largest file read, in bytes. */
  maxFileSize: number;
  /** Longest time one file may take to parse, in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxFileSize: 50 * 1024 * 1024, timeoutMs: 30_000 };

export interface ReadOutcome {
  document?: Document;
  entry: FileEntry;
}

export async function readDocumentFile(absPath: string, displayPath: string, limits: ReadLimits, forcedLanguage?: 'en' | 'fr'): Promise<ReadOutcome> {
  const format = formatOf(absPath);
  const entry: FileEntry = { path: displayPath, format: format ?? null, error: null };
  if (!format) return { entry: { ...entry, error: 'unsupported file type: skipped (policy-gap reads .md, .txt, .html, .docx, .pdf)' } };
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(absPath, limits.maxFileSize);
  } catch (cause) {
    return { entry: { ...entry, error: cause instanceof LimitError ? cause.message : `cannot read file: ${describeFsError(cause)}` } };
  }
  if (bytes.length === 0) return { entry: { ...entry, error: 'empty file' } };
  return parseBytes(bytes, entry, displayPath, limits, forcedLanguage);
}

/** Parses bytes already in memory (files and standard input share this path). */
export async function parseBytes(bytes: Uint8Array, entry: FileEntry, displayPath: string, limits: ReadLimits, forcedLanguage?: 'en' | 'fr'): Promise<ReadOutcome> {
  try {
    const document = await withTimeout(parseDocument({ path: displayPath, bytes }, entry.format as Document['format']), limits.timeoutMs);
    document.language = forcedLanguage ?? detectLanguage(document);
    const result: FileEntry = { ...entry, language: document.language };
    if (document.encoding) result.encoding = document.encoding;
    if (document.warnings.length > 0) result.warnings = document.warnings;
    if (document.blocks.length === 0) return { entry: { ...result, error: 'no text found in the document' } };
    return { document, entry: result };
  } catch (cause) {
    return { entry: { ...entry, error: (cause as Error)?.message ?? String(cause) } };
  }
}

class LimitError extends Error {}

// Reads at most `max` bytes: a 200 MB file is refused without ever being held in memory.
async function readBounded(path: string, max: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > max) throw new LimitError(`file is ${megabytes(size)} MB; the limit is ${megabytes(max)} MB (--max-file-size)`);
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(buffer, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`took longer than ${ms / 1000} s to read (--timeout)`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
