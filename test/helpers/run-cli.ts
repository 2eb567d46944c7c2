/** Runs the CLI in-process with captured output, the way a user would call it. */
import { run } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], overrides: Partial<IO> & { stdin?: string } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const { stdin, ...rest } = overrides;
  const io: IO = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => new TextEncoder().encode(stdin ?? ''),
    cwd: process.cwd(),
    env: { NO_COLOR: '1' },
    isTTY: false,
    today: '2026-12-02',
    ...rest,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
