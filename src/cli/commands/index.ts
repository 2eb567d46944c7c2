/** Registers every subcommand; each action returns its exit code through `done`. */
import { Command, Option } from 'commander';
import { formatNames } from '../../report/formats.js';
import type { IO } from '../io.js';
import type { CheckFlags } from './check.js';
import type { BatchFlags } from './batch.js';

// Each command's module is imported when it runs, so a `check` never loads batch, explain or the
// rubric tools (`rubric test` pulls in the evaluation code). Only `rubric` registers its own
// subcommands, so its module is loaded for a run of it and for the help that lists it.

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Options that check and batch share. */
function addCommonOptions(command: Command): Command {
  return command
    .option('-r, --rubric <id|file>', 'rubric id (ccr-ethical-principles, ccr-framework) or a rubric file')
    .option('-c, --config <file>', 'use this config file instead of the nearest .policygap.yaml')
    .option('--no-config', 'ignore any .policygap.yaml')
    .option('-f, --format <name[=file]>', `output format, repeatable; with =file it is written there (${formatNames.join(', ')})`, collect, [])
    .option('-o, --output <file>', 'write the (single) format to this file, atomically')
    .addOption(new Option('--fail-on <level>', 'lowest status that fails the run (exit 1)').choices(['missing', 'weak', 'never']))
    .option('--max-weak <n>', 'also fail when more than n elements are weak')
    .option('--min-score <score>', 'also fail when the score (0-100) is below this')
    .option('--baseline <report.json>', 'compare with a previous JSON report; fail only on regressions')
    .option('--ignore <glob>', 'skip files matching the glob, repeatable', collect, [])
    .option('-q, --quiet', 'show only weak and missing elements')
    .option('-v, --verbose', 'show every piece of evidence and every reason')
    .option('--color', 'force colour output')
    .option('--no-color', 'no colour (also when NO_COLOR is set or output is not a terminal)')
    .addOption(new Option('--lang <lang>', 'language of the report text (default from LANG)').choices(['en', 'fr']))
    .addOption(new Option('--doc-lang <lang>', 'treat every document as this language instead of detecting it').choices(['en', 'fr']))
    .option('--max-file-size <mb>', 'skip files larger than this many megabytes (default 50)')
    .option('--timeout <seconds>', 'give up on a file that takes longer than this to read (default 30; 0: never)')
    .option('--max-pages <n>', 'skip PDFs with more pages than this (default 2000)')
    .option('--max-inflated-mb <mb>', 'skip DOCX files that unzip to more than this many megabytes (default 200)')
    .option('--max-text-mb <mb>', 'skip documents with more than this many million characters of text (default 5)')
    .option('--max-memory-mb <mb>', 'give up on a file whose reading needs more memory than this (default 1024)')
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (for spreadsheet programs)')
    .option('--print-config', 'print the resolved settings and where each came from, then exit');
}

/** The commands whose modules this module can register without loading them. */
const LAZY = new Set(['check', 'batch', 'explain', 'init']);

/**
 * Registers every command. `argv` (the arguments after the program name) tells which command runs:
 * the `rubric` commands are registered (and their module loaded) unless another command is named.
 */
export async function registerCommands(program: Command, io: IO, done: (code: number) => void, argv: string[] = []): Promise<void> {
  addCommonOptions(
    program
      .command('check')
      .description('check one organization\'s policy set (all given files together)')
      .argument('[paths...]', 'files or folders (walked for .md .markdown .txt .html .docx .pdf); - reads standard input'),
  )
    .option('--name <id>', 'id of the set in reports (default "policies")')
    .option('--stdin-filename <name>', 'file name to report (and pick the format) for standard input')
    .addHelpText('after', '\nExamples:\n  $ policy-gap check policies/\n  $ policy-gap check code-of-conduct.md privacy.md --fail-on weak\n  $ cat draft.md | policy-gap check - --stdin-filename draft.md\n  $ policy-gap check policies/ --format stylish --format sarif=policy-gap.sarif')
    .action(async (paths: string[], flags: CheckFlags) => done(await (await import('./check.js')).checkCommand(paths, flags, io)));

  addCommonOptions(
    program
      .command('batch')
      .description('check many member organizations: each subfolder (or loose file) of DIR is one policy set')
      .argument('<dir>', 'folder holding one subfolder per member organization'),
  )
    .option('-j, --jobs <n>', 'sets checked in parallel (default: number of cores)')
    .addOption(new Option('--by <what>', 'matrix columns').choices(['area', 'element']).default('area'))
    .addHelpText('after', '\nExamples:\n  $ policy-gap batch members/ --rubric ccr-framework\n  $ policy-gap batch members/ --format csv=matrix.csv --format html=report.html')
    .action(async (dir: string, flags: BatchFlags) => done(await (await import('./batch.js')).batchCommand(dir, flags, io)));

  program
    .command('explain')
    .description('show what an element asks for: question, strong wording, examples, signals, source')
    .argument('<element>', 'element id, e.g. coi.gifts')
    .option('-r, --rubric <id|file>', 'rubric to read the element from')
    .addOption(new Option('--lang <lang>', 'language of the text (default from LANG)').choices(['en', 'fr']))
    .addHelpText('after', '\nExample:\n  $ policy-gap explain conf.breach-notification')
    .action(async (id: string, flags: { rubric?: string; lang?: string }) => done(await (await import('./explain.js')).explainCommand(id, flags, io)));

  program
    .command('init')
    .description('write a commented .policygap.yaml starter in the current folder (never overwrites)')
    .addHelpText('after', '\nExample:\n  $ policy-gap init')
    .action(async () => done(await (await import('./init.js')).initCommand(io)));

  const named = argv.find((arg) => !arg.startsWith('-'));
  if (named === undefined || !LAZY.has(named)) {
    const { registerRubricCommands } = await import('./rubric.js');
    registerRubricCommands(program, io, done);
  }
}
