// `--format stylish` (default): the terminal report per set, or a members × areas matrix for a batch.
import { Chalk, type ChalkInstance } from 'chalk';
import { labelled, languageName, t, tCount } from '../messages.js';
import type { ElementResult, FormatOptions, Formatter, Report, SetReport } from '../types.js';
import { isGap, locationText } from './gaps.js';
import { statusWord, summaryLine } from './labels.js';
import { comparisonLines, matrixLines, totalsLines } from './stylish-matrix.js';
import { paintSymbol } from './symbols.js';
import { displayWidth, padEnd, terminalText } from './text.js';

interface Context {
  chalk: ChalkInstance;
  options: FormatOptions;
  report: Report;
}

interface Group {
  title: string;
  elements: ElementResult[];
}

const DETAIL = '        ';

/** Elements grouped by area, in rubric area order; areas the rubric does not list come last. */
function groupByArea(report: Report, elements: ElementResult[]): Group[] {
  const titles = new Map(report.rubric.areas.map((area) => [area.id, area.title]));
  const ids = [...report.rubric.areas.map((area) => area.id), ...elements.map((element) => element.area)];
  return [...new Set(ids)]
    .map((id) => ({ title: titles.get(id) ?? id, elements: elements.filter((element) => element.area === id) }))
    .filter((group) => group.elements.length > 0);
}

/** The indented lines under an element: reasons, question, not-applicable reason, quotes. */
function detailLines({ chalk, options, report }: Context, element: ElementResult): string[] {
  const { lang } = options;
  const lines: string[] = [];
  const reasons = options.verbose ? element.reasons : element.reasons.slice(0, 1);
  if (isGap(element.status)) {
    for (const reason of reasons) lines.push(chalk.dim(terminalText(reason)));
    const question = element.question ?? report.rubric.elements.find((rule) => rule.id === element.id)?.question;
    if (question) lines.push(labelled(lang, 'label.ask', terminalText(question)));
  } else if (element.status === 'not-applicable') {
    const na = element.notApplicable;
    const where = na ? (na.expires ? t(lang, 'na.until', { source: na.source, date: na.expires }) : na.source) : '';
    const why = na ? `${na.reason} (${where})` : (element.reasons[0] ?? '');
    lines.push(chalk.dim(`${statusWord('not-applicable', lang)}${t(lang, 'punct.colon')}${terminalText(why)}`));
  } else if (options.verbose) {
    for (const reason of reasons) lines.push(chalk.dim(terminalText(reason)));
  }
  if (options.verbose) {
    for (const evidence of element.evidence) {
      lines.push(`${chalk.dim(terminalText(locationText(evidence, lang)))}  “${terminalText(evidence.quote)}”`);
    }
  }
  return lines.map((line) => DETAIL + line);
}

/** One element line (symbol, id, title, best evidence) and its details. */
function elementLines(context: Context, element: ElementResult, idWidth: number, titleWidth: number): string[] {
  const { chalk } = context;
  const first = element.evidence[0];
  const title = terminalText(element.title);
  const where = first ? chalk.dim(terminalText(locationText({ file: first.file, line: first.line, page: first.page }, context.options.lang))) : '';
  const head = `    ${paintSymbol(chalk, element.status)} ${padEnd(element.id, idWidth)}  ${padEnd(title, titleWidth)}  ${where}`;
  return [head.trimEnd(), ...detailLines(context, element)];
}

/** Unreadable files and set problems, as warnings under the set header. */
function problemLines({ chalk, options }: Context, set: SetReport): string[] {
  const problems = [
    ...set.files.filter((file) => file.error !== null).map((file) => t(options.lang, 'file.unreadable', { path: file.path, error: file.error ?? '' })),
    ...(set.problems ?? []),
  ];
  return problems.map((problem) => `  ${chalk.yellow('⚠')} ${terminalText(problem)}`);
}

/** Each readable file with its detected document language (not with --quiet). */
function fileLines({ chalk, options }: Context, set: SetReport): string[] {
  if (options.quiet) return [];
  const readable = set.files.filter((file) => file.error === null);
  const width = Math.max(0, ...readable.map((file) => displayWidth(terminalText(file.path))));
  return readable.map((file) => chalk.dim(`  ${padEnd(terminalText(file.path), width)}  ${languageName(options.lang, file.language)}`));
}

/** The full report for one set. */
function setLines(context: Context, set: SetReport): string[] {
  const { chalk, options, report } = context;
  const shown = options.quiet ? set.elements.filter((element) => isGap(element.status)) : set.elements;
  const idWidth = Math.max(0, ...shown.map((element) => displayWidth(element.id)));
  const titleWidth = Math.max(0, ...shown.map((element) => displayWidth(terminalText(element.title))));
  const files = tCount(options.lang, 'files', set.files.length);
  const lines = [`${chalk.bold(terminalText(set.id))} ${chalk.dim(`(${files})`)}`, ...fileLines(context, set), ...problemLines(context, set)];
  for (const group of groupByArea(report, shown)) {
    lines.push('', `  ${chalk.underline(terminalText(group.title))}`);
    for (const element of group.elements) lines.push(...elementLines(context, element, idWidth, titleWidth));
  }
  lines.push('', `  ${chalk.bold(summaryLine(set.summary, options.lang))}`);
  return lines;
}

export const stylish: Formatter = (report, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const context: Context = { chalk, options, report };
  const blocks: string[][] = [];
  if (report.sets.length > 1) {
    if (options.verbose) blocks.push(...report.sets.map((set) => setLines(context, set)));
    blocks.push(matrixLines(report, options, chalk), totalsLines(report, options));
  } else {
    blocks.push(...report.sets.map((set) => setLines(context, set)));
  }
  if (report.comparison) blocks.push(comparisonLines(report.comparison, options, chalk));
  return `${blocks.filter((block) => block.length > 0).map((block) => block.join('\n')).join('\n\n')}\n`;
};
