/** Results -> Report: paths made relative and POSIX, everything sorted once, summaries counted. */
import { isAbsolute, relative, sep } from 'node:path';
import type { Element, Rubric } from '../rubric/types.js';
import type { ReportLanguage } from './messages.js';
import { renderReason } from './reasons.js';
import type { ElementResult, FileEntry, Report, SetReport, SetSummary } from './types.js';

export interface SetInput {
  id: string;
  files: FileEntry[];
  results: ElementResult[];
  problems: string[];
}

export interface BuildOptions {
  cwd: string;
  tool: { name: string; version: string };
  /** Language of the human text (titles, questions, reasons); default English. Ids and statuses never change. */
  lang?: ReportLanguage;
}

/** An element's text in the report language: French fields where the rubric has them, English otherwise. */
export function elementText(element: Element, lang: ReportLanguage): Pick<Element, 'title' | 'question' | 'expects' | 'goodWording' | 'examples'> {
  const fr = lang === 'fr' ? element.fr : undefined;
  return {
    title: fr?.title ?? element.title,
    question: fr?.question ?? element.question,
    expects: fr?.expects ?? element.expects,
    goodWording: fr?.goodWording ?? element.goodWording,
    examples: fr?.examples && fr.examples.length > 0 ? fr.examples : element.examples,
  };
}

/** One result in the report language: its text from the rubric, its reasons re-worded from `why`. */
function localize(result: ElementResult, element: Element | undefined, lang: ReportLanguage): ElementResult {
  if (!element) return result;
  const text = elementText(element, lang);
  const localized: ElementResult = { ...result, title: text.title };
  if (result.why.length > 0) localized.reasons = result.why.map((reason) => renderReason(reason, lang, text));
  if (result.question !== undefined) localized.question = text.question;
  if (result.goodWording !== undefined) localized.goodWording = text.goodWording;
  return localized;
}

export function buildReport(rubric: Rubric, sets: SetInput[], options: BuildOptions): Report {
  const rel = (path: string) => displayPath(path, options.cwd);
  const lang = options.lang ?? 'en';
  const order = new Map(rubric.elements.map((e, i) => [e.id, i]));
  const byId = new Map(rubric.elements.map((e) => [e.id, e]));
  return {
    schemaVersion: 1,
    tool: options.tool,
    rubric: {
      id: rubric.id,
      version: rubric.version,
      title: rubric.title,
      areas: rubric.areas.map((a) => ({ id: a.id, title: (lang === 'fr' ? a.fr?.title : undefined) ?? a.title })),
      elements: rubric.elements.map((e) => {
        const text = elementText(e, lang);
        return {
          id: e.id,
          area: e.area,
          title: text.title,
          question: text.question,
          expects: text.expects,
          goodWording: text.goodWording,
          source: e.source,
          ...(rubric.docsUrl ? { helpUri: `${rubric.docsUrl}#${e.id.replace('.', '')}` } : {}),
          ...(text.title !== e.title ? { baseTitle: e.title } : {}),
        };
      }),
    },
    sets: [...sets]
      .sort((a, b) => compare(a.id, b.id))
      .map((set): SetReport => {
        const elements = [...set.results]
          .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
          .map((r) => ({
            ...localize(r, byId.get(r.id), lang),
            evidence: r.evidence
              .map((e) => ({ ...e, file: rel(e.file) }))
              .sort((a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column),
          }));
        const report: SetReport = {
          id: set.id,
          files: [...set.files].map((f) => ({ ...f, path: rel(f.path) })).sort((a, b) => compare(a.path, b.path)),
          summary: summarize(elements),
          elements,
        };
        if (set.problems.length > 0) report.problems = set.problems;
        return report;
      }),
  };
}

export function summarize(elements: ElementResult[]): SetSummary {
  const count = (status: ElementResult['status']) => elements.filter((e) => e.status === status).length;
  const covered = count('covered');
  const weak = count('weak');
  const missing = count('missing');
  const notApplicable = count('not-applicable');
  const applicable = covered + weak + missing;
  const score = applicable === 0 ? 100 : Math.round(((covered + weak / 2) / applicable) * 100);
  return { covered, weak, missing, notApplicable, score };
}

/** Relative to cwd, POSIX separators; outside cwd stays absolute. */
export function displayPath(path: string, cwd: string): string {
  if (path === '-' || path.startsWith('<')) return path;
  const relativePath = isAbsolute(path) ? relative(cwd, path) : path;
  const chosen = relativePath.startsWith('..') ? path : relativePath;
  return chosen.split(sep).join('/');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
