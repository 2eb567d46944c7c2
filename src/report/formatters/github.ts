// `--format github`: GitHub Actions workflow commands, one annotation per weak or missing element.
import type { Formatter, FormatOptions, Report } from '../types.js';
import { escapeGithubData, escapeGithubProperty } from './escape.js';
import { labelled } from '../messages.js';
import { collectGaps, type Level } from './gaps.js';
import { statusWord } from './labels.js';
import { markdown } from './markdown.js';

// Workflow commands know error, warning and notice; SARIF's "note" is GitHub's "notice".
const COMMANDS: Record<Level, string> = { error: 'error', warning: 'warning', note: 'notice' };

export const github: Formatter = (report, options) => {
  const lines = collectGaps(report, options).map((gap) => {
    const properties: string[] = [];
    if (gap.location) {
      properties.push(`file=${escapeGithubProperty(gap.location.file)}`, `line=${gap.location.line}`);
      if (gap.location.column !== undefined) properties.push(`col=${gap.location.column}`);
    }
    const prefix = report.sets.length > 1 ? `${gap.set.id}: ` : '';
    properties.push(`title=${escapeGithubProperty(`${prefix}${statusWord(gap.status, options.lang)} ${gap.element.id} (${gap.element.title})`)}`);
    const help = gap.element.question ?? gap.rule?.question;
    const message = help ? `${gap.message}\n${labelled(options.lang, 'label.ask', help)}` : gap.message;
    return `::${COMMANDS[gap.level]} ${properties.join(',')}::${escapeGithubData(message)}`;
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

/** The Markdown report for $GITHUB_STEP_SUMMARY (the CLI appends it to that file). */
export function githubStepSummary(report: Report, options: FormatOptions): string {
  return markdown(report, options);
}
