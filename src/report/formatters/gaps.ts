// The weak and missing elements of a report as findings: level, location, message, fingerprint.
import { createHash } from 'node:crypto';
import { t, type ReportLanguage } from '../messages.js';
import type { ElementResult, Evidence, FormatOptions, Report, RubricInfo, SetReport, Status } from '../types.js';
import { statusWord } from './labels.js';

export type Level = 'note' | 'warning' | 'error';
export type RubricElement = RubricInfo['elements'][number];

/** Where a finding points: the first evidence, or line 1 of the set's first readable file. */
export interface FindingLocation {
  file: string;
  line: number;
  column?: number;
  page?: number;
}

export interface Gap {
  set: SetReport;
  element: ElementResult;
  status: 'weak' | 'missing';
  /** The rubric's text for the element, when the rubric lists it. */
  rule: RubricElement | undefined;
  level: Level;
  location: FindingLocation | undefined;
  message: string;
  fingerprint: string;
}

const DEFAULT_LEVELS: Record<'weak' | 'missing', Level> = { weak: 'warning', missing: 'error' };

/** The configured level for a gap status (weak: warning, missing: error by default). */
export function levelOf(status: 'weak' | 'missing', options: Pick<FormatOptions, 'levels'>): Level {
  return (options.levels ?? DEFAULT_LEVELS)[status];
}

/** True for the statuses that are findings. */
export function isGap(status: Status): status is 'weak' | 'missing' {
  return status === 'weak' || status === 'missing';
}

/** Stable identity of a finding across runs: sha256 of the set id and the element id. */
export function fingerprint(setId: string, elementId: string): string {
  return createHash('sha256').update(`${setId}\u0000${elementId}`).digest('hex');
}

/** The first evidence as a location, else line 1 of the first file that could be read. */
export function locate(set: SetReport, element: ElementResult): FindingLocation | undefined {
  const first: Evidence | undefined = element.evidence[0];
  if (first) return { file: first.file, line: first.line, column: first.column, ...(first.page === undefined ? {} : { page: first.page }) };
  const readable = set.files.find((file) => file.error === null);
  return readable ? { file: readable.path, line: 1 } : undefined;
}

/** "file:line:column", plus " (page N)" for paged formats. */
export function locationText(location: Pick<FindingLocation, 'file' | 'line' | 'column' | 'page'>, lang: ReportLanguage = 'en'): string {
  const column = location.column === undefined ? '' : `:${location.column}`;
  const page = location.page === undefined ? '' : ` (${t(lang, 'location.page', { n: location.page })})`;
  return `${location.file}:${location.line}${column}${page}`;
}

/** Lower-case the first letter of a sentence unless it starts an acronym ("A policy" -> "a policy"). */
function asClause(sentence: string): string {
  return /^\p{Lu}[\p{Ll}\s]/u.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
}

/**
 * Found versus expected, in the rubric's words and the report language:
 * "weak coi.gifts: hedged wording at gifts.md:14:3, expected covers accepting gifts …",
 * "faible coi.gifts : formulation atténuée à gifts.md:14:3, attendu : …".
 */
export function gapMessage(status: 'weak' | 'missing', element: ElementResult, rule: RubricElement | undefined, lang: ReportLanguage = 'en'): string {
  const found = element.reasons[0] ?? t(lang, status === 'missing' ? 'gap.nothingFound' : 'gap.partly');
  const evidence = element.evidence[0];
  const at = evidence ? ` ${t(lang, 'gap.at', { location: locationText(evidence, lang) })}` : '';
  // The reasons may already say what was expected; say it once.
  const said = new RegExp(`(^|[^\\p{L}])${t(lang, 'gap.expectedWord')}($|[^\\p{L}])`, 'u').test(found);
  const expected = rule && !said ? `, ${t(lang, 'gap.expected', { text: asClause(rule.expects) })}` : '';
  return `${statusWord(status, lang)} ${element.id}${t(lang, 'punct.colon')}${found}${at}${expected}`;
}

/** Every weak or missing element of every set, in report order. */
export function collectGaps(report: Report, options: Pick<FormatOptions, 'levels'> & Partial<Pick<FormatOptions, 'lang'>>): Gap[] {
  const rules = new Map(report.rubric.elements.map((rule) => [rule.id, rule]));
  const gaps: Gap[] = [];
  for (const set of report.sets) {
    for (const element of set.elements) {
      if (!isGap(element.status)) continue;
      const status = element.status;
      const rule = rules.get(element.id);
      gaps.push({
        set,
        element,
        status,
        rule,
        level: levelOf(status, options),
        location: locate(set, element),
        message: gapMessage(status, element, rule, options.lang ?? 'en'),
        fingerprint: fingerprint(set.id, element.id),
      });
    }
  }
  return gaps;
}
