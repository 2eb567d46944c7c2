// `--format sarif`: SARIF 2.1.0, one rule per rubric element, one result per weak or missing element.
import { labelled, t, type ReportLanguage } from '../messages.js';
import type { Formatter, Report } from '../types.js';
import { escapeMarkdown, safeHttpUrl } from './escape.js';
import { collectGaps, levelOf, type FindingLocation, type Gap, type RubricElement } from './gaps.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A SARIF rule name: the title in PascalCase ASCII ("Gifts from clients" -> "GiftsFromClients"). */
export function ruleName(title: string, fallback: string): string {
  const words = title.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ');
  const name = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  return /^[A-Za-z]/.test(name) ? name : fallback;
}

/** A relative POSIX path as a URI reference: each segment percent-encoded (spaces, #, ?, :). */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The rule for one rubric element: texts for the viewer, its help, and the default level. */
function rule(element: RubricElement, level: string, lang: ReportLanguage): Record<string, unknown> {
  const helpUri = safeHttpUrl(element.helpUri);
  const wording = (text: string) => labelled(lang, 'label.goodWording', text);
  const source = (text: string) => labelled(lang, 'label.source', text);
  return {
    id: element.id,
    // A SARIF rule name is not localized: it comes from the rubric's own title in every language.
    name: ruleName(element.baseTitle ?? element.title, element.id),
    shortDescription: { text: element.title },
    fullDescription: { text: element.expects },
    help: {
      text: `${element.question}\n\n${wording(element.goodWording)}\n\n${source(element.source)}`,
      markdown: `**${escapeMarkdown(element.question)}**\n\n${wording(`_${escapeMarkdown(element.goodWording)}_`)}\n\n${source(escapeMarkdown(element.source))}`,
    },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level },
    properties: { area: element.area, tags: [element.area] },
  };
}

/** A physical location; the region is exact with evidence, line 1 of the file without. */
function physicalLocation(location: FindingLocation, gap: Gap): Record<string, unknown> {
  const evidence = gap.element.evidence[0];
  const region: Record<string, number> = { startLine: location.line };
  if (location.column !== undefined) region.startColumn = location.column;
  if (evidence?.endLine !== undefined) region.endLine = evidence.endLine;
  if (evidence?.endColumn !== undefined) region.endColumn = evidence.endColumn;
  return { physicalLocation: { artifactLocation: { uri: pathToUri(location.file) }, region } };
}

/** One result per gap; the set id prefixes the message in a batch. */
function result(gap: Gap, ruleIndex: number, batch: boolean): Record<string, unknown> {
  return {
    ruleId: gap.element.id,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: gap.level,
    message: { text: batch ? `${gap.set.id}: ${gap.message}` : gap.message },
    locations: gap.location ? [physicalLocation(gap.location, gap)] : [],
    partialFingerprints: { 'policyGap/setElement/v1': gap.fingerprint },
    properties: { set: gap.set.id, status: gap.status, confidence: gap.element.confidence, reasons: gap.element.reasons },
  };
}

/** Unreadable files and set problems, as tool notifications of a successful run. */
function invocations(report: Report, lang: ReportLanguage): Record<string, unknown>[] {
  const notifications = report.sets.flatMap((set) => [
    ...set.files
      .filter((file) => file.error !== null)
      .map((file) => ({
        level: 'warning',
        message: { text: `${set.id}: ${t(lang, 'file.unreadable', { path: file.path, error: file.error ?? '' })}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(file.path) } } }],
      })),
    ...(set.problems ?? []).map((problem) => ({ level: 'warning', message: { text: `${set.id}: ${problem}` } })),
  ]);
  return notifications.length === 0 ? [] : [{ executionSuccessful: true, toolExecutionNotifications: notifications }];
}

export const sarif: Formatter = (report, options) => {
  const elements = report.rubric.elements;
  const index = new Map(elements.map((element, i) => [element.id, i]));
  const batch = report.sets.length > 1;
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: report.tool.name,
        version: report.tool.version,
        informationUri: `https://www.npmjs.com/package/${report.tool.name}`,
        rules: elements.map((element) => rule(element, levelOf('missing', options), options.lang)),
      },
    },
    results: collectGaps(report, options).map((gap) => result(gap, index.get(gap.element.id) ?? -1, batch)),
    properties: { rubric: { id: report.rubric.id, version: report.rubric.version } },
  };
  const calls = invocations(report, options.lang);
  if (calls.length > 0) run.invocations = calls;
  return `${JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
};
