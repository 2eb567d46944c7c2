/** Writes each requested format: to stdout, or atomically to its file (temp file + rename). */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { formatNames, isFormatName, loadFormatter, loadGithubStepSummary, type FormatName } from '../report/formats.js';
import type { FormatOptions, Report } from '../report/types.js';
import type { IO } from './io.js';
import { claimTemp, releaseTemp } from './temp-files.js';

export interface OutputTarget {
  format: FormatName;
  /** Absolute file path; undefined means standard output. */
  file?: string;
}

/** "--format sarif=report.sarif --output x" -> targets; one format without a file goes to --output or stdout. */
export function parseTargets(values: string[], output: string | undefined, cwd: string): OutputTarget[] {
  const list = values.length > 0 ? values : ['stylish'];
  const targets = list.map((value): OutputTarget => {
    const [name, file] = splitOnce(value, '=');
    if (!isFormatName(name)) {
      throw new UserError('bad-option', `unknown format "${name}"`, { hint: `choose one of: ${formatNames.join(', ')}` });
    }
    return { format: name as FormatName, ...(file ? { file: resolve(cwd, file) } : {}) };
  });
  const toStdout = targets.filter((t) => !t.file);
  if (output) {
    if (toStdout.length !== 1) throw new UserError('bad-option', '--output needs exactly one --format without "=FILE"');
    toStdout[0].file = resolve(cwd, output);
  } else if (toStdout.length > 1) {
    throw new UserError('bad-option', `only one format can go to standard output; write the others to files (--format ${toStdout[1].format}=FILE)`);
  }
  return targets;
}

/**
 * Writes every target, after checking that none would overwrite an input (a document, the rubric,
 * the config, the baseline) or another target. Inputs are compared by path and by file identity,
 * so a symbolic link, a hard link or another spelling of an input's path is refused too.
 */
export async function writeOutputs(report: Report, targets: OutputTarget[], options: FormatOptions, io: IO, inputs: Set<string>): Promise<void> {
  checkTargets(targets, inputs);
  for (const target of targets) {
    const format = await loadFormatter(target.format);
    const text = format(report, { ...options, color: target.file ? false : options.color });
    if (target.file) writeAtomic(target.file, text);
    else io.stdout(text);
  }
  // GitHub shows only 10 annotations of a kind per step: the job summary gets the whole report.
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (summary && targets.some((t) => t.format === 'github')) {
    try {
      appendFileSync(summary, (await loadGithubStepSummary())(report, { ...options, color: false }));
    } catch (cause) {
      io.stderr(`policy-gap: warning: cannot append to GITHUB_STEP_SUMMARY (${summary}): ${(cause as NodeJS.ErrnoException).code ?? cause}\n`);
    }
  }
}

/** The files a run reads besides its documents: the rubric (and those it extends), the config, the baseline. */
export function otherInputs(rubricFiles: string[], configPath: string | undefined, baseline: string | undefined, cwd: string): string[] {
  return [...rubricFiles, ...(configPath ? [configPath] : []), ...(baseline ? [resolve(cwd, baseline)] : [])];
}

/**
 * Refuses, before anything is written, a target over an input (by path or file identity) or two
 * targets in one file. batch calls it before it starts, so a long run never ends by refusing.
 */
export function checkTargets(targets: { format: string; file?: string }[], inputs: Set<string>): void {
  const files = targets.filter((t): t is { format: string; file: string } => t.file !== undefined);
  if (files.length === 0) return;
  const ids = new Map(files.map((t) => [t.file, fileIdentity(t.file)]));
  const wanted = new Set([...ids.values()].filter((id): id is string => id !== undefined));
  // Only inputs that could be a target need a stat: a batch may have thousands.
  const clashing = new Set<string>();
  if (wanted.size > 0) {
    for (const input of inputs) {
      const id = fileIdentity(input);
      if (id !== undefined && wanted.has(id)) clashing.add(id);
    }
  }
  const seen = new Map<string, string>();
  for (const target of files) {
    const id = ids.get(target.file);
    if (inputs.has(target.file) || (id !== undefined && clashing.has(id))) {
      throw new UserError('bad-option', `refusing to write ${target.format} output over an input file: ${target.file}`, { hint: 'write the report to a new file' });
    }
    const key = id ?? target.file;
    const other = seen.get(key);
    if (other) throw new UserError('bad-option', `the ${other} and ${target.format} outputs would both be written to ${target.file}`, { hint: 'give each format its own file' });
    seen.set(key, target.format);
  }
}

// Device and inode: the same file whatever path leads to it. Undefined when it does not exist yet.
function fileIdentity(path: string): string | undefined {
  try {
    const { dev, ino } = statSync(path);
    return `${dev}:${ino}`;
  } catch {
    return undefined;
  }
}

/** Writes next to the target, then renames: a reader never sees half a file, even after Ctrl-C. */
export function writeAtomic(file: string, text: string): void {
  const temp = claimTemp(file);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (cause) {
    // Cleaning up can fail for the same reason the write did (a file where a folder should be).
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing was written there, then
    }
    throw new UserError('bad-option', `cannot write ${file}: ${(cause as NodeJS.ErrnoException).code ?? cause}`, { cause, hint: 'check that the folder of the output file can be created and written' });
  } finally {
    releaseTemp(temp);
  }
}

function splitOnce(value: string, separator: string): [string, string | undefined] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, undefined] : [value.slice(0, at), value.slice(at + 1)];
}
