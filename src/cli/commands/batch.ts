/** `policy-gap batch DIR`: every member organization's set, a matrix of members x elements. */
import { resolve } from 'node:path';
import { findMembers } from '../../batch/members.js';
import { progressBar } from '../../batch/progress.js';
import { defaultJobs, runBatch } from '../../batch/run-batch.js';
import { UserError } from '../../errors.js';
import { buildReport } from '../../report/build.js';
import { compareToBaseline, readBaseline } from '../../report/baseline.js';
import { loadRubric } from '../../rubric/load.js';
import { TOOL } from '../../version.js';
import { exitCodeFor } from '../exit.js';
import { ExitCode, type IO } from '../io.js';
import { otherInputs, parseTargets, writeOutputs } from '../output.js';
import { formatOptionsFor, numberFlag, resolveSettings, thresholdsFor } from '../settings.js';
import { languageFlag, readLimits, type CheckFlags } from './check.js';

export interface BatchFlags extends CheckFlags {
  jobs?: string;
  by?: 'area' | 'element';
}

export async function batchCommand(dir: string, flags: BatchFlags, io: IO): Promise<number> {
  const root = resolve(io.cwd, dir);
  const settings = resolveSettings(flags, root, io.cwd, io.env);
  const rubric = loadRubric(settings.rubric, io.cwd);
  const targets = parseTargets(flags.format, flags.output, io.cwd);
  const members = findMembers(root, io.cwd, settings.ignore);
  if (members.length === 0) throw new UserError('bad-path', `no member folders or policy files in ${dir}`);
  const jobs = numberFlag(flags.jobs, '--jobs') ?? defaultJobs();
  const docLanguage = languageFlag(flags.docLang);
  const sets = await runBatch(members, {
    jobs: Math.max(1, Math.floor(jobs)),
    rubricRef: rubric.files[0],
    cwd: io.cwd,
    setOptions: { rubric, limits: readLimits(flags), exemptions: settings.exemptions, today: io.today, ...(docLanguage ? { docLanguage } : {}) },
    ...(io.isErrTTY ? { onProgress: progressBar(io.stderr) } : {}),
  });
  // A member with no readable document is reported with its errors, not as 49 missing elements.
  const inputs = sets.map((set) =>
    set.documents === 0 ? { ...set, results: [], problems: [...set.problems, 'no document could be read'] } : set,
  );
  let report = buildReport(rubric, inputs, { cwd: io.cwd, tool: TOOL });
  if (flags.baseline) report = { ...report, comparison: compareToBaseline(report, readBaseline(resolve(io.cwd, flags.baseline)), flags.baseline) };
  const options = formatOptionsFor({ ...flags, by: flags.by ?? 'area' }, settings, io);
  writeOutputs(report, targets, options, io, new Set([...members.flatMap((m) => m.files.map((f) => f.abs)), ...otherInputs(rubric.files, settings.configPath, flags.baseline, io.cwd)]));
  const unreadable = sets.filter((s) => s.documents === 0);
  for (const set of unreadable) io.stderr(`policy-gap: ${set.id}: no document could be read (${set.files.map((f) => f.error).filter(Boolean).join('; ') || 'no files'})\n`);
  if (unreadable.length === sets.length) return ExitCode.error;
  const thresholds = thresholdsFor(settings);
  const code = exitCodeFor(report, thresholds);
  return unreadable.length > 0 && code === ExitCode.ok ? ExitCode.findings : code;
}
