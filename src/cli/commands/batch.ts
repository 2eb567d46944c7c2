/**
 * `policy-gap batch DIR`: every member organization's set, a matrix of members x elements.
 *
 * Results are streamed: each member's JSON goes to the report as soon as it is checked (in member
 * order), and only a compact form of each set (statuses, summary, files) is kept for the matrix
 * formats, the baseline comparison and the exit code. Formats that show evidence for every member
 * (html, sarif, junit, gitlab, github, markdown, verbose stylish) still keep whole sets.
 */
import { resolve } from 'node:path';
import { findMembers } from '../../batch/members.js';
import { compactToSet, jsonFrame, type CompactSet, type Needs } from '../../batch/member-result.js';
import { progressBar } from '../../batch/progress.js';
import { defaultJobs, runBatch } from '../../batch/run-batch.js';
import { fileSink, stdoutSink, type StreamSink } from '../../batch/stream-output.js';
import { UserError } from '../../errors.js';
import { buildReport } from '../../report/build.js';
import { compareToBaseline, readBaseline } from '../../report/baseline.js';
import type { Report, SetReport } from '../../report/types.js';
import { loadRubric } from '../../rubric/load.js';
import { TOOL } from '../version.js';
import { exitCodeFor } from '../exit.js';
import { ExitCode, type IO } from '../io.js';
import { checkTargets, otherInputs, parseTargets, writeOutputs } from '../output.js';
import { formatOptionsFor, numberFlag, resolveSettings, thresholdsFor } from '../settings.js';
import { languageFlag, readLimits, type CheckFlags } from './check.js';

export interface BatchFlags extends CheckFlags {
  jobs?: string;
  by?: 'area' | 'element';
}

/** Formats whose batch output needs only statuses and summaries (besides JSON, which is streamed). */
const COMPACT_FORMATS = new Set(['csv', 'stylish']);

export async function batchCommand(dir: string, flags: BatchFlags, io: IO): Promise<number> {
  const root = resolve(io.cwd, dir);
  const settings = resolveSettings(flags, root, io.cwd, io.env);
  const rubric = loadRubric(settings.rubric, io.cwd);
  const targets = parseTargets(flags.format, flags.output, io.cwd);
  const members = findMembers(root, io.cwd, settings.ignore);
  if (members.length === 0) throw new UserError('bad-path', `no member folders or policy files in ${dir}`);
  const jobs = numberFlag(flags.jobs, '--jobs') ?? defaultJobs();
  const docLanguage = languageFlag(flags.docLang);
  const limits = readLimits(flags);
  const inputs = new Set([...members.flatMap((m) => m.files.map((f) => f.abs)), ...otherInputs(rubric.files, settings.configPath, flags.baseline, io.cwd)]);
  checkTargets(targets, inputs);
  const baseline = flags.baseline ? readBaseline(resolve(io.cwd, flags.baseline)) : undefined;
  const options = formatOptionsFor({ ...flags, by: flags.by ?? 'area' }, settings, io);

  const streamed = targets.filter((t) => t.format === 'json');
  const atEnd = targets.filter((t) => t.format !== 'json');
  const needs: Needs = {
    json: streamed.length > 0,
    // One member is shown as a single set (its evidence, not a matrix) by every format.
    full: members.length === 1 || atEnd.some((t) => !COMPACT_FORMATS.has(t.format) || (t.format === 'stylish' && options.verbose)),
  };
  // The report without its sets: the rubric part every format shares, and the JSON frame.
  const empty = buildReport(rubric, [], { cwd: io.cwd, tool: TOOL, lang: settings.lang });
  const jsonOptions = { ...options, color: false };
  const frame = needs.json ? jsonFrame(empty, jsonOptions) : undefined;
  const sinks: StreamSink[] = streamed.map((t) => (t.file ? fileSink(t.file) : stdoutSink(io.stdout)));
  const titles = new Map(empty.rubric.elements.map((e) => [e.id, { area: e.area, title: e.title }]));

  const compacts: CompactSet[] = [];
  const full: SetReport[] = [];
  try {
    for (const sink of sinks) sink.write(`${frame!.prefix}"sets": [\n`);
    await runBatch(
      members,
      {
        jobs: Math.max(1, Math.floor(jobs)),
        setOptions: { rubric, limits, exemptions: settings.exemptions, today: io.today, ...(docLanguage ? { docLanguage } : {}) },
        needs,
        context: { cwd: io.cwd, tool: TOOL, lang: settings.lang, format: jsonOptions },
        ...(io.isErrTTY ? { onProgress: progressBar(io.stderr) } : {}),
      },
      (index, result) => {
        if (result.json !== undefined) for (const sink of sinks) sink.write(`${index > 0 ? ',\n' : ''}${result.json}`);
        compacts.push(result.compact);
        if (result.full) full.push(result.full);
      },
    );
    const sets = needs.full ? full : compacts.map((c) => compactToSet(c, titles));
    let report: Report = { ...empty, sets };
    if (baseline && flags.baseline) report = { ...report, comparison: compareToBaseline(report, baseline, flags.baseline) };
    for (const sink of sinks) {
      sink.write(`\n  ]${frame!.suffix(report.comparison)}`);
      sink.commit();
    }
    await writeOutputs(report, atEnd, options, io, inputs);
    const unreadable = compacts.filter((s) => s.documents === 0);
    for (const set of unreadable) io.stderr(`policy-gap: ${set.id}: no document could be read (${set.files.map((f) => f.error).filter(Boolean).join('; ') || 'no files'})\n`);
    if (unreadable.length === compacts.length) return ExitCode.error;
    const code = exitCodeFor(report, thresholdsFor(settings));
    return unreadable.length > 0 && code === ExitCode.ok ? ExitCode.findings : code;
  } finally {
    for (const sink of sinks) sink.abandon();
  }
}
