// The batch part of `stylish`: members × areas (or elements) matrix, per-element totals, changes.
import type { ChalkInstance } from 'chalk';
import type { Comparison, FormatOptions, Report, SetReport, Status } from '../types.js';
import { isGap } from './gaps.js';
import { t, tCount } from '../messages.js';
import { scoreText, statusWord } from './labels.js';
import { SYMBOLS, paintSymbol, worstStatus } from './symbols.js';
import { displayWidth, padEnd, padStart, terminalText } from './text.js';

interface Column {
  /** What the header shows: the area id, or the element's number in the key. */
  label: string;
  status: (set: SetReport) => Status | undefined;
}

/** One column per area (the worst status of its elements) or one per element (`by: 'element'`). */
function columns(report: Report, by: FormatOptions['by']): Column[] {
  if (by === 'element') {
    return report.rubric.elements.map((rule, i) => ({
      label: String(i + 1),
      status: (set) => set.elements.find((element) => element.id === rule.id)?.status,
    }));
  }
  return report.rubric.areas.map((area) => ({
    label: area.id,
    status: (set) => {
      const elements = set.elements.filter((element) => element.area === area.id);
      return elements.length === 0 ? undefined : worstStatus(elements);
    },
  }));
}

/** The matrix: a header, a row per member with a symbol per cell and the score, the legend. */
export function matrixLines(report: Report, options: FormatOptions, chalk: ChalkInstance): string[] {
  const cols = columns(report, options.by);
  const rows = options.quiet ? report.sets.filter((set) => set.elements.some((e) => isGap(e.status))) : report.sets;
  const names = rows.map((set) => terminalText(set.id));
  const { lang } = options;
  const member = t(lang, 'matrix.member');
  const score = t(lang, 'matrix.score');
  const nameWidth = Math.max(displayWidth(member), ...names.map(displayWidth));
  const widths = cols.map((col) => Math.max(1, displayWidth(col.label)));
  const scores = rows.map((set) => scoreText(set.summary.score));
  const scoreWidth = Math.max(displayWidth(score), ...scores.map(displayWidth));
  const header = [padEnd(member, nameWidth), ...cols.map((col, i) => padEnd(col.label, widths[i])), padStart(score, scoreWidth)];
  const lines = [
    chalk.bold(t(lang, options.by === 'element' ? 'matrix.titleElements' : 'matrix.titleAreas', { members: report.sets.length, count: cols.length })),
    '',
    chalk.dim(header.join('  ')),
  ];
  rows.forEach((set, r) => {
    const cells = cols.map((col, i) => {
      const status = col.status(set);
      return status ? padEnd(paintSymbol(chalk, status), widths[i], SYMBOLS[status]) : padEnd(chalk.dim('-'), widths[i], '-');
    });
    lines.push([padEnd(names[r], nameWidth), ...cells, padStart(scores[r], scoreWidth)].join('  '));
  });
  const legend = (['covered', 'weak', 'missing', 'not-applicable'] as const)
    .map((status) => `${paintSymbol(chalk, status)} ${status === 'weak' ? t(lang, 'matrix.weakOrMixed') : statusWord(status, lang)}`)
    .join('  ');
  lines.push('', `${legend}  ${chalk.dim('-')} ${t(lang, 'matrix.notAssessed')}`);
  if (options.by === 'element') {
    const numberWidth = displayWidth(String(cols.length));
    const idWidth = Math.max(...report.rubric.elements.map((rule) => displayWidth(rule.id)));
    lines.push('', ...report.rubric.elements.map((rule, i) => `${padStart(String(i + 1), numberWidth)}  ${padEnd(rule.id, idWidth)}  ${chalk.dim(terminalText(rule.title))}`));
  }
  return lines;
}

/** One sentence per element that some members lack or cover only weakly, in rubric order. */
export function totalsLines(report: Report, options: FormatOptions): string[] {
  const total = report.sets.length;
  const lines: string[] = [];
  for (const rule of report.rubric.elements) {
    const statuses = report.sets.map((set) => set.elements.find((element) => element.id === rule.id)?.status);
    const missing = statuses.filter((status) => status === 'missing').length;
    const weak = statuses.filter((status) => status === 'weak').length;
    const name = `${rule.id} (${terminalText(rule.title)})`;
    if (missing > 0) {
      const more = weak > 0 ? tCount(options.lang, 'totals.moreWeak', weak) : '';
      lines.push(`${tCount(options.lang, 'totals.lacks', missing, { total, name })}${more}`);
    } else if (weak > 0) {
      lines.push(tCount(options.lang, 'totals.weak', weak, { total, name }));
    }
  }
  return lines;
}

/** Regressions and improvements against the baseline. */
export function comparisonLines(comparison: Comparison, options: FormatOptions, chalk: ChalkInstance): string[] {
  const { baseline, regressions, improvements } = comparison;
  const { lang } = options;
  const title = t(lang, 'compare.title', {
    baseline: terminalText(baseline),
    regressions: tCount(lang, 'compare.regressions', regressions.length),
    improvements: tCount(lang, 'compare.improvements', improvements.length),
  });
  const lines = [chalk.bold(title)];
  const change = (mark: string, c: Comparison['regressions'][number]): string =>
    `  ${mark} ${terminalText(c.set)}  ${c.element}  ${statusWord(c.from, options.lang)} → ${statusWord(c.to, options.lang)}`;
  lines.push(...regressions.map((c) => change(chalk.red('▼'), c)));
  lines.push(...improvements.map((c) => change(chalk.green('▲'), c)));
  return lines;
}
