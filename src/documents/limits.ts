/** Default limits on reading one document, shared by the readers and the reading machinery around them. */

/** Largest file read, in bytes: --max-file-size. */
export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

/** Longest time one file may take to read, in milliseconds: --timeout. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** DOCX: real policies inflate to a few MB; 200 MB leaves room for embedded images and stops bombs (--max-inflated-mb). */
export const DEFAULT_MAX_INFLATED_BYTES = 200 * 1024 * 1024;

/** PDF: beyond this a "policy" is a book or a scanned archive; reading it would hold a run for minutes (--max-pages). */
export const DEFAULT_MAX_PAGES = 2000;

/**
 * Text extracted from one document, in characters (--max-text-mb, in millions). Five million is
 * some 2,500 pages; matching that much takes seconds and hundreds of MB, and no policy is that long.
 */
export const DEFAULT_MAX_TEXT_CHARS = 5_000_000;

/** Memory the reader of one document may use, in MB (--max-memory-mb): its heap and its buffers. */
export const DEFAULT_MAX_MEMORY_MB = 1024;

/** Exit code of a reader thread that stopped itself for using more memory than allowed. */
export const READER_MEMORY_EXIT = 75;

/** setTimeout fires at once for delays past 2^31 - 1 ms; longer timeouts mean "no timeout". */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Thrown by a reader asked not to do, in this thread, work that might not end in time (a Markdown
 * document too deeply nested for markdown-it, which remark-parse reads slowly): read.ts then
 * parses it on the reader thread, where --timeout can stop it.
 */
export class NeedsReaderThread extends Error {
  override name = 'NeedsReaderThread';
}
