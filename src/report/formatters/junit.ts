// `--format junit`: JUnit XML, a testsuite per set and a testcase per element (Jenkins schema).
import { labelled, t, type ReportLanguage } from '../messages.js';
import type { ElementResult, Formatter, Report, SetReport } from '../types.js';
import { escapeXml, escapeXmlAttribute } from './escape.js';
import { gapMessage, isGap, locationText, type RubricElement } from './gaps.js';

/** The failure body a person reads in the CI test view: reasons, question, wording, evidence. */
function failureBody(element: ElementResult, rule: RubricElement | undefined, lang: ReportLanguage): string {
  const lines = [...element.reasons.map((reason) => labelled(lang, 'label.reason', reason))];
  const question = element.question ?? rule?.question;
  const wording = element.goodWording ?? rule?.goodWording;
  if (question) lines.push(labelled(lang, 'label.question', question));
  if (wording) lines.push(labelled(lang, 'label.goodWording', wording));
  for (const evidence of element.evidence) lines.push(labelled(lang, 'label.evidence', `${locationText(evidence, lang)} "${evidence.quote}"`));
  return lines.join('\n');
}

/** One testcase; the Jenkins schema gives <skipped> no attributes, so its reason is its text. */
function testcase(element: ElementResult, rule: RubricElement | undefined, lang: ReportLanguage): string {
  const open = `    <testcase classname="${escapeXmlAttribute(element.area)}" name="${escapeXmlAttribute(`${element.id}: ${element.title}`)}"`;
  if (isGap(element.status)) {
    const message = escapeXmlAttribute(gapMessage(element.status, element, rule, lang));
    const failure = `      <failure message="${message}" type="${element.status}">${escapeXml(failureBody(element, rule, lang))}</failure>`;
    return `${open}>\n${failure}\n    </testcase>`;
  }
  if (element.status === 'not-applicable') {
    const reason = element.notApplicable?.reason ?? element.reasons[0] ?? t(lang, 'status.not-applicable');
    return `${open}>\n      <skipped>${escapeXml(reason)}</skipped>\n    </testcase>`;
  }
  return `${open}/>`;
}

/** Unreadable files and set problems, for <system-err>. */
function setProblems(set: SetReport, lang: ReportLanguage): string[] {
  return [
    ...set.files.filter((file) => file.error !== null).map((file) => t(lang, 'file.unreadable', { path: file.path, error: file.error ?? '' })),
    ...(set.problems ?? []),
  ];
}

/** Weak and missing elements: the failed testcases. */
function countFailures(set: SetReport): number {
  return set.elements.filter((element) => isGap(element.status)).length;
}

/** One testsuite per set. */
function testsuite(set: SetReport, rules: Map<string, RubricElement>, lang: ReportLanguage): string {
  const skipped = set.elements.filter((element) => element.status === 'not-applicable').length;
  const attributes = `name="${escapeXmlAttribute(set.id)}" tests="${set.elements.length}" failures="${countFailures(set)}" errors="0" skipped="${skipped}"`;
  const cases = set.elements.map((element) => testcase(element, rules.get(element.id), lang));
  const problems = setProblems(set, lang);
  if (problems.length > 0) cases.push(`    <system-err>${escapeXml(problems.join('\n'))}</system-err>`);
  return [`  <testsuite ${attributes}>`, ...cases, '  </testsuite>'].join('\n');
}

export const junit: Formatter = (report: Report, options) => {
  const rules = new Map(report.rubric.elements.map((rule) => [rule.id, rule]));
  const tests = report.sets.reduce((sum, set) => sum + set.elements.length, 0);
  const failures = report.sets.reduce((sum, set) => sum + countFailures(set), 0);
  const name = escapeXmlAttribute(`${report.tool.name} ${report.rubric.id}@${report.rubric.version}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${name}" tests="${tests}" failures="${failures}" errors="0">`,
    ...report.sets.map((set) => testsuite(set, rules, options.lang)),
    '</testsuites>',
    '',
  ].join('\n');
};
