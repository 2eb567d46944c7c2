/**
 * One member's outcome -> what the batch keeps of it. Runs where the set was checked (a batch
 * worker, or the main thread for small batches), so the main thread receives only what it needs:
 * the set's JSON text for a streamed JSON report, a compact set (statuses, summary, files) for the
 * matrix formats and exit codes, and the whole set only when a format needs its evidence.
 */
import { buildReport, type SetInput } from '../report/build.js';
import { json } from '../report/formatters/json.js';
import type { ElementResult, FormatOptions, Report, SetReport, Status } from '../report/types.js';
import type { Rubric } from '../rubric/types.js';

export type SetOutcome = SetInput & { documents: number };

/** What a run needs from each member. */
export interface Needs {
  /** The set as JSON text, to stream into a JSON report. */
  json: boolean;
  /** The whole set (evidence, reasons): HTML, SARIF, JUnit, GitLab, GitHub, Markdown, verbose stylish. */
  full: boolean;
}

/** A set without its evidence: one status per element (aligned with `elements`), summary, files. */
export interface CompactSet {
  id: string;
  files: SetReport['files'];
  summary: SetReport['summary'];
  problems?: string[];
  /** Element ids, in rubric order, with their status and confidence. */
  elements: [id: string, status: Status, confidence: number][];
  documents: number;
}

export interface MemberResult {
  compact: CompactSet;
  /** The set's JSON text as `--format json` prints it inside "sets", when `needs.json`. */
  json?: string;
  /** The set as buildReport made it, when `needs.full`. */
  full?: SetReport;
}

export interface ReportContext {
  cwd: string;
  tool: { name: string; version: string };
  lang: FormatOptions['lang'];
  /** Format options of the JSON output (the JSON formatter gets the same as at the end). */
  format: FormatOptions;
}

/** A member with no readable document is reported with its errors, not as 49 missing elements. */
export function memberInput(outcome: SetOutcome): SetInput {
  return outcome.documents === 0 ? { ...outcome, results: [], problems: [...outcome.problems, 'no document could be read'] } : outcome;
}

export function memberResult(outcome: SetOutcome, rubric: Rubric, needs: Needs, context: ReportContext): MemberResult {
  const report = buildReport(rubric, [memberInput(outcome)], { cwd: context.cwd, tool: context.tool, lang: context.lang });
  const set = report.sets[0];
  const compact: CompactSet = {
    id: set.id,
    files: set.files,
    summary: set.summary,
    elements: set.elements.map((e) => [e.id, e.status, e.confidence]),
    documents: outcome.documents,
    ...(set.problems ? { problems: set.problems } : {}),
  };
  const result: MemberResult = { compact };
  if (needs.json) result.json = setJsonText(report, context.format);
  if (needs.full) result.full = set;
  return result;
}

const SETS_OPEN = '"sets": [\n';
const SETS_CLOSE = '\n  ]\n}\n';

/**
 * The text of the report's one set as the JSON formatter writes it (indented for its place in
 * "sets"), cut out of the formatter's own output so the streamed report is byte for byte the one
 * `--format json` would have printed for all sets at once.
 */
export function setJsonText(report: Report, options: FormatOptions): string {
  const text = json({ ...report, comparison: undefined } as Report, options);
  const { prefix } = jsonFrame(report, options);
  if (!text.startsWith(prefix + SETS_OPEN) || !text.endsWith(SETS_CLOSE)) throw new Error('the JSON report does not have the layout the batch streams (please report this as a policy-gap bug)');
  return text.slice(prefix.length + SETS_OPEN.length, text.length - SETS_CLOSE.length);
}

/**
 * The parts of a JSON report around its sets: `prefix` (up to `"sets": `), and `suffix(comparison)`
 * (after the sets array). Streamed as prefix + '[\n' + set texts joined by ',\n' + '\n  ]' + suffix.
 */
export function jsonFrame(report: Report, options: FormatOptions): { prefix: string; suffix: (comparison: Report['comparison']) => string } {
  const empty = (comparison: Report['comparison']) => json({ ...report, sets: [], ...(comparison ? { comparison } : { comparison: undefined }) } as Report, options);
  const bare = empty(undefined);
  const at = bare.lastIndexOf('"sets": []');
  if (at < 0) throw new Error('the JSON report has no "sets" (please report this as a policy-gap bug)');
  const prefix = bare.slice(0, at);
  return {
    prefix,
    suffix: (comparison) => {
      const text = empty(comparison);
      return text.slice(prefix.length + '"sets": []'.length);
    },
  };
}

/** A compact set back into a SetReport whose elements carry no evidence (enough for matrices, CSV, exit codes, baselines). */
export function compactToSet(compact: CompactSet, titles: Map<string, { area: string; title: string }>): SetReport {
  const elements: ElementResult[] = compact.elements.map(([id, status, confidence]) => {
    const rule = titles.get(id);
    return { id, area: rule?.area ?? '', title: rule?.title ?? id, status, confidence, evidence: [], reasons: [], why: [] } as ElementResult;
  });
  const set: SetReport = { id: compact.id, files: compact.files, summary: compact.summary, elements };
  if (compact.problems) set.problems = compact.problems;
  return set;
}
