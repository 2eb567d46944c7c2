/** A previous JSON report -> what got worse and what got better since. */
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import type { Change, Comparison, Report, Status } from './types.js';

interface BaselineReport {
  sets: { id: string; elements: { id: string; status: Status }[] }[];
}

const RANK: Record<Status, number> = { covered: 3, 'not-applicable': 3, weak: 2, missing: 1 };

export function readBaseline(path: string): BaselineReport {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new UserError('bad-baseline', `cannot use baseline ${path}: ${(cause as Error).message}`, { cause, hint: 'a baseline is a report written with --format json' });
  }
  const sets = (data as BaselineReport)?.sets;
  if (!Array.isArray(sets) || !sets.every((s) => typeof s?.id === 'string' && Array.isArray(s.elements))) {
    throw new UserError('bad-baseline', `cannot use baseline ${path}: not a policy-gap JSON report (no "sets")`);
  }
  return data as BaselineReport;
}

/** Compares element statuses set by set; a set or element new since the baseline is not a change. */
export function compareToBaseline(report: Report, baseline: BaselineReport, name: string): Comparison {
  const regressions: Change[] = [];
  const improvements: Change[] = [];
  for (const set of report.sets) {
    const before = baseline.sets.find((s) => s.id === set.id);
    if (!before) continue;
    const previous = new Map(before.elements.map((e) => [e.id, e.status]));
    for (const element of set.elements) {
      const from = previous.get(element.id);
      if (!from || from === element.status) continue;
      const change = { set: set.id, element: element.id, from, to: element.status };
      if (RANK[element.status] < RANK[from]) regressions.push(change);
      else if (RANK[element.status] > RANK[from]) improvements.push(change);
    }
  }
  return { baseline: name, regressions, improvements };
}
