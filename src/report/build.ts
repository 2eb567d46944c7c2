/** Results -> Report: paths made relative and POSIX, everything sorted once, summaries counted. */
import { isAbsolute, relative, sep } from 'node:path';
import type { Rubric } from '../rubric/types.js';
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
}

export function buildReport(rubric: Rubric, sets: SetInput[], options: BuildOptions): Report {
  const rel = (path: string) => displayPath(path, options.cwd);
  const order = new Map(rubric.elements.map((e, i) => [e.id, i]));
  return {
    schemaVersion: 1,
    tool: options.tool,
    rubric: {
      id: rubric.id,
      version: rubric.version,
      title: rubric.title,
      areas: rubric.areas.map((a) => ({ id: a.id, title: a.title })),
      elements: rubric.elements.map((e) => ({
        id: e.id,
        area: e.area,
        title: e.title,
        question: e.question,
        expects: e.expects,
        goodWording: e.goodWording,
        source: e.source,
        ...(rubric.docsUrl ? { helpUri: `${rubric.docsUrl}#${e.id.replace('.', '')}` } : {}),
      })),
    },
    sets: [...sets]
      .sort((a, b) => compare(a.id, b.id))
      .map((set): SetReport => {
        const elements = [...set.results]
          .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
          .map((r) => ({
            ...r,
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
