/** Report + thresholds -> exit code. Small total functions, no scattered ternaries. */
import type { Report, Status } from '../report/types.js';
import { ExitCode } from './io.js';

export type FailOn = 'missing' | 'weak' | 'never';

export interface Thresholds {
  failOn: FailOn;
  maxWeak?: number;
  minScore?: number;
}

const FAILING: Record<FailOn, Status[]> = { missing: ['missing'], weak: ['weak', 'missing'], never: [] };

/** Why the run fails, one line per reason; empty when it passes. */
export function failures(report: Report, thresholds: Thresholds): string[] {
  const reasons: string[] = [];
  for (const set of report.sets) {
    const prefix = report.sets.length > 1 ? `${set.id}: ` : '';
    if (report.comparison) continue;
    const failing = set.elements.filter((e) => FAILING[thresholds.failOn].includes(e.status));
    if (failing.length > 0) reasons.push(`${prefix}${failing.length} element(s) at or above --fail-on ${thresholds.failOn}`);
    if (thresholds.maxWeak !== undefined && set.summary.weak > thresholds.maxWeak) {
      reasons.push(`${prefix}${set.summary.weak} weak element(s), more than --max-weak ${thresholds.maxWeak}`);
    }
    if (thresholds.minScore !== undefined && set.summary.score < thresholds.minScore) {
      reasons.push(`${prefix}score ${set.summary.score} is below --min-score ${thresholds.minScore}`);
    }
  }
  if (report.comparison && report.comparison.regressions.length > 0 && thresholds.failOn !== 'never') {
    reasons.push(`${report.comparison.regressions.length} regression(s) against the baseline`);
  }
  return reasons;
}

export function exitCodeFor(report: Report, thresholds: Thresholds): ExitCode {
  return failures(report, thresholds).length > 0 ? ExitCode.findings : ExitCode.ok;
}
