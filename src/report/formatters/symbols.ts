// One symbol and one colour per status, shared by the terminal, Markdown and HTML formatters.
import type { ChalkInstance } from 'chalk';
import type { ElementResult, Status } from '../types.js';

export const SYMBOLS: Record<Status, string> = {
  covered: '✔',
  weak: '◐',
  missing: '✖',
  'not-applicable': '○',
};

/** The symbol for a status, coloured with the given chalk (a level-0 chalk leaves it plain). */
export function paintSymbol(chalk: ChalkInstance, status: Status): string {
  return paint(chalk, status, SYMBOLS[status]);
}

/** Colour any text in the status colour: green, yellow, red, dim. */
export function paint(chalk: ChalkInstance, status: Status, text: string): string {
  switch (status) {
    case 'covered':
      return chalk.green(text);
    case 'weak':
      return chalk.yellow(text);
    case 'missing':
      return chalk.red(text);
    case 'not-applicable':
      return chalk.dim(text);
  }
}

/**
 * The status of a group of elements (an area cell in the batch matrix): all covered is covered,
 * any missing is missing, none applicable is not-applicable, anything else is weak (mixed).
 */
export function worstStatus(elements: Pick<ElementResult, 'status'>[]): Status {
  const applicable = elements.filter((e) => e.status !== 'not-applicable');
  if (applicable.length === 0) return 'not-applicable';
  if (applicable.some((e) => e.status === 'missing')) return 'missing';
  if (applicable.every((e) => e.status === 'covered')) return 'covered';
  return 'weak';
}
