// `--format csv`: one row per set (score, counts, one status column per element), RFC 4180.
//
// Formula injection: spreadsheets run a cell that starts with = + - @ tab or CR as a formula,
// so such a field gets a leading apostrophe ('=HYPERLINK(...)). Policy text never reaches this
// format, but set ids come from folder names, which anyone in a batch can choose.
//
// Language: CSV is data for spreadsheets and scripts, so it is the same in every report language:
// the header holds machine names (set, score, covered, …, element ids) and the cells hold statuses.
import type { Formatter } from '../types.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: guarded against formulas, quoted when it holds a comma, quote, CR or LF. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csv: Formatter = (report, options) => {
  const elementIds = report.rubric.elements.map((element) => element.id);
  const header = ['set', 'score', 'covered', 'weak', 'missing', 'not_applicable', ...elementIds];
  const rows = report.sets.map((set) => {
    const statuses = new Map(set.elements.map((element) => [element.id, element.status]));
    const { score, covered, weak, missing, notApplicable } = set.summary;
    return [set.id, score, covered, weak, missing, notApplicable, ...elementIds.map((id) => statuses.get(id) ?? '')];
  });
  const body = [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
};
