/**
 * One file on disk -> a Document, or the reason it could not be read. Never throws for bad input.
 *
 * Every limit is enforced here or in the reader it names, and every failure becomes one line in the
 * report, "<kind>: <what happened and what to do>". From the built package, PDF, DOCX, HTML and large
 * or deeply nested Markdown are parsed on a reader thread (read-worker.ts): a document that makes a
 * parser spin or swell is stopped there by terminating the thread, which a timer in this thread
 * cannot do to synchronous work in its own. Small Markdown and text, whose readers are linear, are
 * parsed here (see parsesHere). A batch worker parses everything itself ('here'): the batch
 * terminates the worker instead (src/batch/run-batch.ts).
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { formatOf, parseDocument, type ReaderOptions } from './load.js';
import { detectLanguage } from './language.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  DEFAULT_MAX_INFLATED_BYTES,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_TEXT_CHARS,
  DEFAULT_TIMEOUT_MS,
  MAX_TIMER_MS,
  NeedsReaderThread,
  READER_MEMORY_EXIT,
} from './limits.js';
import type { Document, DocumentFormat } from './types.js';
import { describeFsError } from './walk.js';
import type { FileEntry } from '../report/types.js';

export interface ReadLimits {
  /** Largest file read, in bytes. */
  maxFileSize: number;
  /** Longest time one file may take to parse, in milliseconds. */
  timeoutMs: number;
  /** PDF: most pages. */
  maxPages?: number;
  /** DOCX: most bytes the zip may inflate to. */
  maxInflatedBytes?: number;
  /** Most characters of text one document may yield. */
  maxTextChars?: number;
  /** Memory one document's reader may use, in MB (reader thread only). */
  maxMemoryMb?: number;
}

export const DEFAULT_LIMITS: Required<ReadLimits> = {
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  maxPages: DEFAULT_MAX_PAGES,
  maxInflatedBytes: DEFAULT_MAX_INFLATED_BYTES,
  maxTextChars: DEFAULT_MAX_TEXT_CHARS,
  maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
};

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
    bytes = readBounded(absPath, limits.maxFileSize);
  } catch (cause) {
    return { entry: { ...entry, error: cause instanceof LimitError ? cause.message : `cannot read file: ${describeFsError(cause)}` } };
  }
  if (bytes.length === 0) return { entry: { ...entry, error: 'empty file: there is nothing in it to check' } };
  return parseBytes(bytes, entry, displayPath, limits, forcedLanguage);
}

/** Parses bytes already in memory (files and standard input share this path). */
export async function parseBytes(bytes: Uint8Array, entry: FileEntry, displayPath: string, limits: ReadLimits, forcedLanguage?: 'en' | 'fr'): Promise<ReadOutcome> {
  try {
    const document = await parse(bytes, entry.format as DocumentFormat, displayPath, limits);
    const maxText = limits.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
    const length = textLength(document);
    if (length > maxText) {
      return { entry: { ...entry, error: `too much text: ${millions(length)} million characters, more than the limit of ${millions(maxText)} million (raise it with --max-text-mb)` } };
    }
    document.language = forcedLanguage ?? (await detectLanguage(document));
    const result: FileEntry = { ...entry, language: document.language };
    if (document.encoding) result.encoding = document.encoding;
    if (document.warnings.length > 0) result.warnings = document.warnings;
    if (document.blocks.length === 0) return { entry: { ...result, error: 'no text: the document holds no text policy-gap can read' } };
    return { document, entry: result };
  } catch (cause) {
    return { entry: { ...entry, error: describeParseError(cause) } };
  }
}

/** A refusal before parsing: the message is the report line. */
class LimitError extends Error {}

/** A failure of the reading machinery (timeout, memory, a crashed reader thread): the message is the report line. */
class ReadFailure extends Error {
  override name = 'ReadFailure';
}

// Reads at most `max` bytes: a 200 MB file is refused by its size, without ever being held in memory.
// Synchronous: files are read one at a time anyway, and four awaited calls per file cost more than
// the read itself on a batch of small files.
function readBounded(path: string, max: number): Uint8Array {
  // Non-blocking open: a named pipe called policy.md must not wait forever for a writer. It only
  // matters for pipes; the file is still read normally.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    // Stat the open file, not the path: what is checked is what is read.
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new LimitError(`not a regular file: it is ${specialKind(stats)}; skipped`);
    const { size } = stats;
    if (size > max) throw new LimitError(`too large: the file is ${megabytes(size)} MB, more than the limit of ${megabytes(max)} MB (raise it with --max-file-size)`);
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const bytesRead = readSync(fd, buffer, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function specialKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'not a file';
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const millions = (n: number) => Math.round(n / 100_000) / 10;

function textLength(document: Document): number {
  let length = 0;
  for (const block of document.blocks) length += block.text.length;
  return length;
}

function readerOptions(limits: ReadLimits): ReaderOptions {
  return {
    ...(limits.maxPages !== undefined ? { maxPages: limits.maxPages } : {}),
    ...(limits.maxInflatedBytes !== undefined ? { maxInflatedBytes: limits.maxInflatedBytes } : {}),
  };
}

/**
 * Where documents are parsed. 'auto': Markdown and plain text that cannot outgrow the limits are
 * parsed in this thread (their readers are linear, ~5 MB/s and more, and hold at most a few hundred
 * bytes per byte of input), everything else on the reader thread. 'here': everything in this thread,
 * for a caller that is itself stopped from outside when a file runs too long (a batch worker).
 */
export type ReaderPlacement = 'auto' | 'here';
let placement: ReaderPlacement = 'auto';

export function setReaderPlacement(value: ReaderPlacement): void {
  placement = value;
}

/** Largest Markdown or text file parsed in this thread in 'auto' placement. */
const IN_THREAD_MAX_BYTES = 1024 * 1024;

/**
 * True when this thread may parse the file: a Markdown or text file whose parse can neither take
 * longer than the timeout (at 1 MB/s, five times slower than markdown-it measured on the corpus)
 * nor use more than the memory limit (at 1 KB per byte of input: markdown-it's tokens need ~350
 * bytes per byte at worst, 900 KB of blank-line-separated letters).
 */
function parsesHere(format: DocumentFormat, size: number, limits: ReadLimits): boolean {
  if (placement === 'here' || !READER_URL) return true;
  if (format !== 'markdown' && format !== 'text') return false;
  const memoryMb = limits.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  const byTime = hasTimeout(limits.timeoutMs) ? limits.timeoutMs * 1000 : Infinity;
  return size <= Math.min(IN_THREAD_MAX_BYTES, memoryMb * 1024, byTime);
}

async function parse(bytes: Uint8Array, format: DocumentFormat, path: string, limits: ReadLimits): Promise<Document> {
  if (!parsesHere(format, bytes.length, limits)) return readerThread.parse(bytes, format, path, limits);
  // On the 'auto' path a reader that would need a slow fallback says so, and the document goes to
  // the reader thread after all.
  const refuse = placement === 'auto' && READER_URL !== undefined;
  try {
    return await withTimeout(parseDocument({ path, bytes }, format, { ...readerOptions(limits), ...(refuse ? { deepMarkdown: 'refuse' as const } : {}) }), limits.timeoutMs);
  } catch (error) {
    if (refuse && error instanceof NeedsReaderThread) return readerThread.parse(bytes, format, path, limits);
    throw error;
  }
}

/** The report line for an error thrown while parsing. Readers throw Errors whose message is already one. */
function describeParseError(cause: unknown): string {
  const error = cause as { name?: string; message?: string } | undefined;
  const message = error?.message ?? String(cause);
  if (/maximum call stack size exceeded/i.test(message)) {
    return 'too deeply nested: the document nests lists, quotes, tables or elements more deeply than policy-gap can follow';
  }
  if (cause instanceof ReadFailure || error?.name === 'Error' || error?.name === 'DecodeError') return message;
  // Anything else (a TypeError from a parser) is not a message written for people: say so.
  return `could not be read: ${error?.name ?? 'Error'}: ${message}`;
}

// --timeout 0 means no timeout, and so does one too long for a timer.
const hasTimeout = (ms: number) => ms > 0 && ms < MAX_TIMER_MS;

export function timeoutMessage(ms: number): string {
  return `timeout: took longer than ${ms / 1000} s to read (raise it with --timeout)`;
}

export function memoryMessage(mb: number): string {
  return `out of memory: reading it needed more than ${mb} MB (raise it with --max-memory-mb)`;
}

// For documents parsed in this thread: a timer cannot interrupt synchronous parsing here, it only
// stops waiting once the parser yields (which is why only linear readers run here, see parsesHere).
async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  if (!hasTimeout(ms)) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadFailure(timeoutMessage(ms))), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// The reader thread runs compiled JavaScript. From the TypeScript sources (the test runner) documents
// are parsed in this thread, so tests always run the code they import.
const READER_URL = ((): URL | undefined => {
  if (import.meta.url.endsWith('.ts')) return undefined;
  const url = new URL('./read-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
})();

interface ReaderReply {
  id: number;
  document?: Document;
  error?: { name: string; message: string };
}

/**
 * One reader thread, reused from file to file and replaced after it is stopped. It is unref'd while
 * idle so it never keeps the process alive, and ref'd while it works so the process waits for it.
 */
class ReaderThread {
  private worker?: Worker;
  private memoryMb = 0;
  private nextId = 0;
  private queue: Promise<unknown> = Promise.resolve();

  parse(bytes: Uint8Array, format: DocumentFormat, path: string, limits: ReadLimits): Promise<Document> {
    const job = this.queue.then(() => this.run(bytes, format, path, limits));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private spawn(memoryMb: number): Worker {
    const worker = new Worker(READER_URL!, {
      workerData: { memoryMb },
      // A bigger stack than the default 4 MB: parsers recurse per nesting level and spread long child
      // lists into calls, so a deep or long document would otherwise fail where it could be read.
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, stackSizeMb: 64 },
    });
    worker.unref();
    return worker;
  }

  private async run(bytes: Uint8Array, format: DocumentFormat, path: string, limits: ReadLimits): Promise<Document> {
    const memoryMb = Math.max(16, Math.round(limits.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB));
    if (this.worker && this.memoryMb !== memoryMb) this.discard(this.worker);
    if (!this.worker) {
      this.worker = this.spawn(memoryMb);
      this.memoryMb = memoryMb;
    }
    const worker = this.worker;
    const id = ++this.nextId;
    worker.ref();
    try {
      return await new Promise<Document>((resolve, reject) => {
        const cleanup = () => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        const fail = (error: Error) => {
          cleanup();
          this.discard(worker);
          reject(error);
        };
        const onMessage = (reply: ReaderReply) => {
          if (reply.id !== id) return;
          cleanup();
          if (reply.document) resolve(reply.document);
          else reject(Object.assign(new Error(reply.error?.message ?? 'unknown error'), { name: reply.error?.name ?? 'Error' }));
        };
        const onError = (error: Error & { code?: string }) => {
          fail(new ReadFailure(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? memoryMessage(memoryMb) : `reader crashed: ${error.message}`));
        };
        const onExit = (code: number) => {
          fail(new ReadFailure(code === READER_MEMORY_EXIT ? memoryMessage(memoryMb) : `reader crashed: it stopped with exit code ${code}`));
        };
        const timer = hasTimeout(limits.timeoutMs) ? setTimeout(() => fail(new ReadFailure(timeoutMessage(limits.timeoutMs))), limits.timeoutMs) : undefined;
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage({ id, path, format, bytes, options: readerOptions(limits) });
      });
    } finally {
      if (this.worker === worker) worker.unref();
    }
  }

  // Terminating stops even a parser stuck in synchronous code; the next file gets a fresh thread.
  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    worker.terminate().catch(() => undefined);
  }
}

const readerThread = new ReaderThread();
