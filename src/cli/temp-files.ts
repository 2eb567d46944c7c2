/**
 * Temporary files of outputs being written (written beside the target, then renamed over it).
 * One registry and one interrupt handler for every writer, so Ctrl-C leaves no partial file.
 */
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const pending = new Set<string>();
let cleanupInstalled = false;

/** A fresh temporary path beside `file`, removed on interrupt until `release` is called. */
export function claimTemp(file: string): string {
  installCleanup();
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  pending.add(temp);
  return temp;
}

/** The temporary file was renamed or removed: an interrupt no longer needs to clean it. */
export function releaseTemp(temp: string): void {
  pending.delete(temp);
}

// On interrupt, remove any temporary file still being written, then exit as interrupted.
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const temp of pending) rmSync(temp, { force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
