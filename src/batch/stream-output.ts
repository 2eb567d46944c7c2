/**
 * Output written while the batch runs: a JSON report streamed set by set, to standard output or
 * to its file (atomically: a temporary file beside it, renamed when complete, removed on Ctrl-C).
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { claimTemp, releaseTemp } from '../cli/temp-files.js';
import { UserError } from '../errors.js';

/** Where a streamed output goes: its file, or `write` (standard output). */
export interface StreamSink {
  write(text: string): void;
  /** Completes the output: the temporary file becomes the target. */
  commit(): void;
  /** Drops a file that will not be completed. */
  abandon(): void;
}

export function stdoutSink(write: (text: string) => void): StreamSink {
  return { write, commit: () => undefined, abandon: () => undefined };
}

/** Writes into a temporary file next to `file`, renamed over it by commit(). */
export function fileSink(file: string): StreamSink {
  const temp = claimTemp(file);
  const fail = (cause: unknown): never => {
    drop();
    throw new UserError('bad-option', `cannot write ${file}: ${(cause as NodeJS.ErrnoException).code ?? cause}`, { cause, hint: 'check that the folder of the output file can be created and written' });
  };
  let fd: number | undefined;
  const drop = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing was written there, then
    }
    releaseTemp(temp);
  };
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(temp, 'w');
  } catch (cause) {
    fail(cause);
  }
  // Writes are collected into chunks of ~1 MB: one system call per chunk, not per set.
  let buffer: string[] = [];
  let size = 0;
  const flush = () => {
    if (fd === undefined || buffer.length === 0) return;
    const text = buffer.join('');
    buffer = [];
    size = 0;
    try {
      writeSync(fd, text);
    } catch (cause) {
      fail(cause);
    }
  };
  return {
    write: (text) => {
      buffer.push(text);
      size += text.length;
      if (size >= 1 << 20) flush();
    },
    commit: () => {
      flush();
      try {
        closeSync(fd!);
        fd = undefined;
        renameSync(temp, file);
        releaseTemp(temp);
      } catch (cause) {
        fail(cause);
      }
    },
    abandon: drop,
  };
}
