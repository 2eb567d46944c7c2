/** What the CLI may touch of the outside world, injected so tests run it in-process. */

export interface IO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads standard input; with `limit`, stops once that many bytes are in (the caller refuses more). */
  readStdin: (limit?: number) => Promise<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Is stdout a terminal? Decides colour and progress bars, nothing else. */
  isTTY: boolean;
  /** Is stderr a terminal? (progress bars go there) */
  isErrTTY?: boolean;
  /** Today as YYYY-MM-DD (exemption expiry); injected so tests can move the clock. */
  today: string;
}

export const ExitCode = { ok: 0, findings: 1, error: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
