// `--format json`: the Report in its public shape (rubric as {id, version}, page null when absent).
import type { ElementResult, Evidence, Formatter, SetReport } from '../types.js';

/** Evidence with its keys in contract order and `page: null` when the source has no pages. */
function evidenceJson(evidence: Evidence): Record<string, unknown> {
  const { file, line, column, page, quote, ...rest } = evidence;
  return { file, line, column, page: page ?? null, quote, ...rest };
}

/** An element with its keys in contract order; optional fields follow when present. */
function elementJson(element: ElementResult): Record<string, unknown> {
  const { id, area, title, status, confidence, evidence, reasons, why, ...rest } = element;
  return { id, area, title, status, confidence, evidence: evidence.map(evidenceJson), reasons, why, ...rest };
}

/** A set with its keys in contract order. */
function setJson(set: SetReport): Record<string, unknown> {
  const { id, files, summary, elements, ...rest } = set;
  const { covered, weak, missing, notApplicable, score } = summary;
  return {
    id,
    files: files.map(({ path, format, error, ...more }) => ({ path, format, error, ...more })),
    summary: { covered, weak, missing, notApplicable, score },
    elements: elements.map(elementJson),
    ...rest,
  };
}

export const json: Formatter = (report) => {
  const output: Record<string, unknown> = {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    rubric: { id: report.rubric.id, version: report.rubric.version },
    sets: report.sets.map(setJson),
  };
  if (report.comparison) output.comparison = report.comparison;
  return `${JSON.stringify(output, null, 2)}\n`;
};
