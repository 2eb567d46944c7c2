/** run(argv, io) -> exit code. Wires commander to the commands; the only place errors become codes. */
import { Command, CommanderError, Option } from 'commander';
import { isUserError } from '../errors.js';
import { TOOL } from './version.js';
import { ExitCode, type IO } from './io.js';
import { registerCommands } from './commands/index.js';

export async function run(argv: string[], io: IO): Promise<number> {
  const program = new Command();
  let exitCode: number = ExitCode.ok;
  const debug = argv.includes('--debug') || /\bpolicy-gap\b/.test(io.env.NODE_DEBUG ?? '');
  program
    .name('policy-gap')
    .description('Check an organization\'s written policies against the CCR quality framework and ethical principles:\nwhat is covered, weak or missing, with the evidence and the question to answer for each gap.')
    .version(TOOL.version, '-V, --version')
    .addOption(new Option('--debug', 'show stack traces for errors'))
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', '\nExamples:\n  $ policy-gap check policies/\n  $ policy-gap check privacy.md --rubric ccr-framework --format json\n  $ policy-gap batch members/ --format html=report.html\n  $ policy-gap explain coi.gifts');
  try {
    await registerCommands(program, io, (code) => {
      exitCode = code;
    }, argv);
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.error;
    }
    if (isUserError(error)) {
      io.stderr(`policy-gap: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`);
      if (debug && error.cause) io.stderr(`${(error.cause as Error)?.stack ?? String(error.cause)}\n`);
      return ExitCode.error;
    }
    // A bug, not a user error: say so plainly, and show the stack with --debug.
    const err = error as Error;
    io.stderr(`policy-gap: internal error: ${err?.message ?? String(error)}\n`);
    io.stderr(debug ? `${err?.stack}\n` : '  (run again with --debug for the stack trace, and please report it)\n');
    return ExitCode.error;
  }
}
