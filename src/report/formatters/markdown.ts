// `--format markdown`: a PR comment or job summary: area tables per set, then the gaps with guidance.
import { labelled, t, tCount, type ReportLanguage } from '../messages.js';
import type { ElementResult, FormatOptions, Formatter, Report, SetReport } from '../types.js';
import { escapeMarkdown, safeHttpUrl } from './escape.js';
import { isGap, locationText, type RubricElement } from './gaps.js';
import { fileWithLanguage, scoreText, statusHeader, statusTitle, summaryLine } from './labels.js';
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
function areaTable(report: Report, set: SetReport, lang: ReportLanguage): string[] {
  const head = [t(lang, 'column.area'), statusHeader('covered', lang), statusHeader('weak', lang), statusHeader('missing', lang), t(lang, 'column.na')];
  const lines = [row(head), row(['---', '---:', '---:', '---:', '---:'])];
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
  const { lang } = options;
  const lines = [`- ${SYMBOLS[element.status]} **${statusTitle(element.status, lang)}** — ${escapeMarkdown(element.title)} (${code(element.id)})`];
  const reasons = options.verbose ? element.reasons : element.reasons.slice(0, 1);
  for (const reason of reasons) lines.push(`  - ${labelled(lang, 'label.found', escapeMarkdown(reason))}`);
  const question = element.question ?? rule?.question;
  const wording = element.goodWording ?? rule?.goodWording;
  if (question) lines.push(`  - ${labelled(lang, 'label.ask', escapeMarkdown(question))}`);
  if (wording) lines.push(`  - ${labelled(lang, 'label.goodWording', escapeMarkdown(wording))}`);
  const evidence = options.verbose ? element.evidence : element.evidence.slice(0, 1);
  for (const item of evidence) {
    lines.push(`  - ${labelled(lang, 'label.evidence', `${escapeMarkdown(locationText(item, lang))} “${escapeMarkdown(truncate(item.quote, 120))}”`)}`);
  }
  const help = safeHttpUrl(rule?.helpUri);
  if (help) lines.push(`  - ${labelled(lang, 'label.guidance', `<${help.replace(/[<>()\s]/g, encodeURIComponent)}>`)}`);
  return lines;
}

/** One set: heading, summary, problems, area table, gaps. */
function setSection(report: Report, set: SetReport, options: FormatOptions): string[] {
  const { lang } = options;
  const files = tCount(lang, 'files', set.files.length);
  const lines = [`### ${escapeMarkdown(set.id)}`, '', `${files} · ${summaryLine(set.summary, lang)}`, ''];
  const readable = set.files.filter((file) => file.error === null);
  if (readable.length > 0 && !options.quiet) {
    lines.push(labelled(lang, 'files.label', readable.map((file) => escapeMarkdown(fileWithLanguage(file, lang))).join(', ')), '');
  }
  const problems = [
    ...set.files.filter((file) => file.error !== null).map((file) => t(lang, 'file.unreadableTitle', { path: file.path, error: file.error ?? '' })),
    ...(set.problems ?? []),
  ];
  for (const problem of problems) lines.push(`> ⚠️ ${escapeMarkdown(problem)}`, '');
  if (!options.quiet) lines.push(...areaTable(report, set, lang), '');
  const gaps = set.elements.filter((element) => isGap(element.status));
  lines.push(`#### ${t(lang, 'heading.gaps')}`, '');
  const rules = new Map(report.rubric.elements.map((rule) => [rule.id, rule]));
  const items = gaps.flatMap((gap) => gapItem(gap, rules.get(gap.id), options));
  lines.push(...(items.length === 0 ? [t(lang, 'gaps.none')] : items), '');
  return lines;
}

/** In a batch: one overview row per member. */
function overview(report: Report, lang: ReportLanguage): string[] {
  const head = [t(lang, 'column.member'), t(lang, 'column.score'), statusHeader('covered', lang), statusHeader('weak', lang), statusHeader('missing', lang), t(lang, 'column.na')];
  const lines = [row(head), row(['---', '---:', '---:', '---:', '---:', '---:'])];
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
  const { lang } = options;
  const lines = [`### ${t(lang, 'heading.changesSince', { baseline: escapeMarkdown(baseline) })}`, ''];
  const change = (c: (typeof regressions)[number]): string =>
    `- ${escapeMarkdown(c.set)}${t(lang, 'punct.colon')}${code(c.element)} ${statusTitle(c.from, lang)} → ${statusTitle(c.to, lang)}`;
  const none = `- ${t(lang, 'changes.none')}`;
  lines.push(`**${t(lang, 'heading.regressions')} (${regressions.length})**`, '', ...(regressions.length ? regressions.map(change) : [none]), '');
  lines.push(`**${t(lang, 'heading.improvements')} (${improvements.length})**`, '', ...(improvements.length ? improvements.map(change) : [none]), '');
  return lines;
}

export const markdown: Formatter = (report, options) => {
  const { rubric } = report;
  const { lang } = options;
  const lines = [`## ${t(lang, 'report.title', { name: `${escapeMarkdown(rubric.title)} ${escapeMarkdown(rubric.version)}` })}`, ''];
  if (report.sets.length > 1) lines.push(...overview(report, lang));
  for (const set of report.sets) lines.push(...setSection(report, set, options));
  lines.push(...comparison(report, options));
  lines.push(`<sub>${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)} · ${t(lang, 'report.rubric')} ${code(rubric.id)}</sub>`, '');
  return lines.join('\n');
};
