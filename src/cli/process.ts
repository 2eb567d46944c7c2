/** Binds run() to the real process: streams, environment, clock. */
import { run } from './main.js';
import type { IO } from './io.js';

export async function main(): Promise<number> {
  const io: IO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    isErrTTY: Boolean(process.stderr.isTTY),
    today: new Date().toISOString().slice(0, 10),
  };
  return run(process.argv.slice(2), io);
}
