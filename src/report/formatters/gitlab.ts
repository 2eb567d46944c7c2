// `--format gitlab`: GitLab Code Quality JSON, one issue per weak or missing element.
import type { Formatter } from '../types.js';
import { collectGaps, type Level } from './gaps.js';

// Code Quality severities: info, minor, major, critical, blocker.
const SEVERITIES: Record<Level, 'info' | 'minor' | 'major'> = { note: 'info', warning: 'minor', error: 'major' };

export const gitlab: Formatter = (report, options) => {
  const issues = collectGaps(report, options).map((gap) => ({
    description: report.sets.length > 1 ? `${gap.set.id}: ${gap.message}` : gap.message,
    check_name: gap.element.id,
    fingerprint: gap.fingerprint,
    severity: SEVERITIES[gap.level],
    // GitLab requires a path: with no readable file, the set itself is the best we have.
    location: { path: gap.location?.file ?? gap.set.files[0]?.path ?? gap.set.id, lines: { begin: gap.location?.line ?? 1 } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
};
