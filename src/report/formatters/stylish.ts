// `--format stylish` (default): the terminal report per set, or a members × areas matrix for a batch.
import { Chalk, type ChalkInstance } from 'chalk';
import type { ElementResult, FormatOptions, Formatter, Report, SetReport } from '../types.js';
import { isGap, locationText } from './gaps.js';
import { summaryLine } from './labels.js';
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
  const lines: string[] = [];
  const reasons = options.verbose ? element.reasons : element.reasons.slice(0, 1);
  if (isGap(element.status)) {
    for (const reason of reasons) lines.push(chalk.dim(terminalText(reason)));
    const question = element.question ?? report.rubric.elements.find((rule) => rule.id === element.id)?.question;
    if (question) lines.push(`Ask: ${terminalText(question)}`);
  } else if (element.status === 'not-applicable') {
    const na = element.notApplicable;
    const why = na ? `${na.reason} (${na.source}${na.expires ? `, until ${na.expires}` : ''})` : (element.reasons[0] ?? '');
    lines.push(chalk.dim(`not applicable: ${terminalText(why)}`));
  } else if (options.verbose) {
    for (const reason of reasons) lines.push(chalk.dim(terminalText(reason)));
  }
  if (options.verbose) {
    for (const evidence of element.evidence) {
      lines.push(`${chalk.dim(terminalText(locationText(evidence)))}  “${terminalText(evidence.quote)}”`);
    }
  }
  return lines.map((line) => DETAIL + line);
}

/** One element line (symbol, id, title, best evidence) and its details. */
function elementLines(context: Context, element: ElementResult, idWidth: number, titleWidth: number): string[] {
  const { chalk } = context;
  const first = element.evidence[0];
  const title = terminalText(element.title);
  const where = first ? chalk.dim(terminalText(locationText({ file: first.file, line: first.line, page: first.page }))) : '';
  const head = `    ${paintSymbol(chalk, element.status)} ${padEnd(element.id, idWidth)}  ${padEnd(title, titleWidth)}  ${where}`;
  return [head.trimEnd(), ...detailLines(context, element)];
}

/** Unreadable files and set problems, as warnings under the set header. */
function problemLines({ chalk }: Context, set: SetReport): string[] {
  const problems = [
    ...set.files.filter((file) => file.error !== null).map((file) => `cannot read ${file.path}: ${file.error}`),
    ...(set.problems ?? []),
  ];
  return problems.map((problem) => `  ${chalk.yellow('⚠')} ${terminalText(problem)}`);
}

/** The full report for one set. */
function setLines(context: Context, set: SetReport): string[] {
  const { chalk, options, report } = context;
  const shown = options.quiet ? set.elements.filter((element) => isGap(element.status)) : set.elements;
  const idWidth = Math.max(0, ...shown.map((element) => displayWidth(element.id)));
  const titleWidth = Math.max(0, ...shown.map((element) => displayWidth(terminalText(element.title))));
  const files = `${set.files.length} file${set.files.length === 1 ? '' : 's'}`;
  const lines = [`${chalk.bold(terminalText(set.id))} ${chalk.dim(`(${files})`)}`, ...problemLines(context, set)];
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
