// `--format markdown`: a PR comment or job summary: area tables per set, then the gaps with guidance.
import type { ElementResult, FormatOptions, Formatter, Report, SetReport } from '../types.js';
import { escapeMarkdown, safeHttpUrl } from './escape.js';
import { isGap, locationText, type RubricElement } from './gaps.js';
import { scoreText, statusTitle, summaryLine } from './labels.js';
import { SYMBOLS } from './symbols.js';
import { truncate } from './text.js';

/** Inline code for rubric ids; anything holding a backtick is escaped text instead. */
function code(text: string): string {
  return text.includes('`') ? escapeMarkdown(text) : `\`${text}\``;
}

/** A GFM table row; every cell must already be escaped. */
function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The area table: one row per rubric area that the set has elements in. */
function areaTable(report: Report, set: SetReport): string[] {
  const lines = [row(['Area', 'Covered', 'Weak', 'Missing', 'N/A']), row(['---', '---:', '---:', '---:', '---:'])];
  for (const area of report.rubric.areas) {
    const elements = set.elements.filter((element) => element.area === area.id);
    if (elements.length === 0) continue;
    const count = (status: string): number => elements.filter((element) => element.status === status).length;
    lines.push(row([escapeMarkdown(area.title), count('covered'), count('weak'), count('missing'), count('not-applicable')]));
  }
  return lines;
}

/** One gap as a list item with its reason, question, good wording, evidence and guidance link. */
function gapItem(element: ElementResult, rule: RubricElement | undefined, options: FormatOptions): string[] {
  const lines = [`- ${SYMBOLS[element.status]} **${statusTitle(element.status, options.lang)}** — ${escapeMarkdown(element.title)} (${code(element.id)})`];
  const reasons = options.verbose ? element.reasons : element.reasons.slice(0, 1);
  for (const reason of reasons) lines.push(`  - Found: ${escapeMarkdown(reason)}`);
  const question = element.question ?? rule?.question;
  const wording = element.goodWording ?? rule?.goodWording;
  if (question) lines.push(`  - Ask: ${escapeMarkdown(question)}`);
  if (wording) lines.push(`  - Good wording: ${escapeMarkdown(wording)}`);
  const evidence = options.verbose ? element.evidence : element.evidence.slice(0, 1);
  for (const item of evidence) {
    lines.push(`  - Evidence: ${escapeMarkdown(locationText(item))} “${escapeMarkdown(truncate(item.quote, 120))}”`);
  }
  const help = safeHttpUrl(rule?.helpUri);
  if (help) lines.push(`  - Guidance: <${help.replace(/[<>()\s]/g, encodeURIComponent)}>`);
  return lines;
}

/** One set: heading, summary, problems, area table, gaps. */
function setSection(report: Report, set: SetReport, options: FormatOptions): string[] {
  const files = `${set.files.length} file${set.files.length === 1 ? '' : 's'}`;
  const lines = [`### ${escapeMarkdown(set.id)}`, '', `${files} · ${summaryLine(set.summary, options.lang)}`, ''];
  const problems = [
    ...set.files.filter((file) => file.error !== null).map((file) => `Could not read ${file.path}: ${file.error}`),
    ...(set.problems ?? []),
  ];
  for (const problem of problems) lines.push(`> ⚠️ ${escapeMarkdown(problem)}`, '');
  if (!options.quiet) lines.push(...areaTable(report, set), '');
  const gaps = set.elements.filter((element) => isGap(element.status));
  lines.push('#### Gaps', '');
  const rules = new Map(report.rubric.elements.map((rule) => [rule.id, rule]));
  const items = gaps.flatMap((gap) => gapItem(gap, rules.get(gap.id), options));
  lines.push(...(items.length === 0 ? ['No gaps: every applicable element is covered.'] : items), '');
  return lines;
}

/** In a batch: one overview row per member. */
function overview(report: Report): string[] {
  const lines = [row(['Member', 'Score', 'Covered', 'Weak', 'Missing', 'N/A']), row(['---', '---:', '---:', '---:', '---:', '---:'])];
  for (const set of report.sets) {
    const { summary } = set;
    lines.push(row([escapeMarkdown(set.id), scoreText(summary.score), summary.covered, summary.weak, summary.missing, summary.notApplicable]));
  }
  return [...lines, ''];
}

/** Regressions and improvements against the baseline. */
function comparison(report: Report, options: FormatOptions): string[] {
  if (!report.comparison) return [];
  const { baseline, regressions, improvements } = report.comparison;
  const lines = [`### Changes since ${escapeMarkdown(baseline)}`, ''];
  const change = (c: (typeof regressions)[number]): string =>
    `- ${escapeMarkdown(c.set)}: ${code(c.element)} ${statusTitle(c.from, options.lang)} → ${statusTitle(c.to, options.lang)}`;
  lines.push(`**Regressions (${regressions.length})**`, '', ...(regressions.length ? regressions.map(change) : ['- none']), '');
  lines.push(`**Improvements (${improvements.length})**`, '', ...(improvements.length ? improvements.map(change) : ['- none']), '');
  return lines;
}

export const markdown: Formatter = (report, options) => {
  const { rubric } = report;
  const lines = [`## Policy gaps: ${escapeMarkdown(rubric.title)} ${escapeMarkdown(rubric.version)}`, ''];
  if (report.sets.length > 1) lines.push(...overview(report));
  for (const set of report.sets) lines.push(...setSection(report, set, options));
  lines.push(...comparison(report, options));
  lines.push(`<sub>${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)} · rubric ${code(rubric.id)}</sub>`, '');
  return lines.join('\n');
};
