/** Binds run() to the real process: streams, environment, clock. */
import { run } from './main.js';
import type { IO } from './io.js';

export async function main(): Promise<number> {
  // pdf.js rejects some internal promises nobody awaits when it meets a malformed file; each
  // file's own read already failed cleanly, so such a stray rejection must not kill the run.
  process.on('unhandledRejection', (reason) => {
    if (process.argv.includes('--debug')) process.stderr.write(`policy-gap: debug: unhandled rejection: ${(reason as Error)?.stack ?? String(reason)}\n`);
  });
  // A reader that goes away (`policy-gap check . | head`) closes the pipe: that is its choice, not a
  // crash with a stack trace. Output stops; the run ends with its own exit code. Any other write
  // error (a full disk behind `> report.json`) is reported once and fails the run.
  const broken = { stdout: false, stderr: false };
  let writeError: NodeJS.ErrnoException | undefined;
  for (const name of ['stdout', 'stderr'] as const) {
    process[name].on('error', (error: NodeJS.ErrnoException) => {
      broken[name] = true;
      if (error.code !== 'EPIPE') writeError ??= error;
    });
  }
  const io: IO = {
    stdout: (text) => {
      if (!broken.stdout) process.stdout.write(text);
    },
    stderr: (text) => {
      if (!broken.stderr) process.stderr.write(text);
    },
    readStdin: async (limit = Infinity) => {
      // Bounded: `cat /dev/zero | policy-gap check -` must not read until memory runs out.
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        if (size >= limit) break;
      }
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    isErrTTY: Boolean(process.stderr.isTTY),
    today: new Date().toISOString().slice(0, 10),
  };
  const code = await run(process.argv.slice(2), io);
  // Let pending writes fail (or not) before deciding.
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  if (writeError) {
    if (!broken.stderr) process.stderr.write(`policy-gap: cannot write the output: ${writeError.code ?? writeError.message}\n`);
    return 2;
  }
  return code;
}
