// `--format junit`: JUnit XML, a testsuite per set and a testcase per element (Jenkins schema).
import type { ElementResult, Formatter, Report, SetReport } from '../types.js';
import { escapeXml, escapeXmlAttribute } from './escape.js';
import { gapMessage, isGap, locationText, type RubricElement } from './gaps.js';

/** The failure body a person reads in the CI test view: reasons, question, wording, evidence. */
function failureBody(element: ElementResult, rule: RubricElement | undefined): string {
  const lines = [...element.reasons.map((reason) => `Reason: ${reason}`)];
  const question = element.question ?? rule?.question;
  const wording = element.goodWording ?? rule?.goodWording;
  if (question) lines.push(`Question: ${question}`);
  if (wording) lines.push(`Good wording: ${wording}`);
  for (const evidence of element.evidence) lines.push(`Evidence: ${locationText(evidence)} "${evidence.quote}"`);
  return lines.join('\n');
}

/** One testcase; the Jenkins schema gives <skipped> no attributes, so its reason is its text. */
function testcase(element: ElementResult, rule: RubricElement | undefined): string {
  const open = `    <testcase classname="${escapeXmlAttribute(element.area)}" name="${escapeXmlAttribute(`${element.id}: ${element.title}`)}"`;
  if (isGap(element.status)) {
    const message = escapeXmlAttribute(gapMessage(element.status, element, rule));
    const failure = `      <failure message="${message}" type="${element.status}">${escapeXml(failureBody(element, rule))}</failure>`;
    return `${open}>\n${failure}\n    </testcase>`;
  }
  if (element.status === 'not-applicable') {
    const reason = element.notApplicable?.reason ?? element.reasons[0] ?? 'not applicable';
    return `${open}>\n      <skipped>${escapeXml(reason)}</skipped>\n    </testcase>`;
  }
  return `${open}/>`;
}

/** Unreadable files and set problems, for <system-err>. */
function setProblems(set: SetReport): string[] {
  return [
    ...set.files.filter((file) => file.error !== null).map((file) => `cannot read ${file.path}: ${file.error}`),
    ...(set.problems ?? []),
  ];
}

/** Weak and missing elements: the failed testcases. */
function countFailures(set: SetReport): number {
  return set.elements.filter((element) => isGap(element.status)).length;
}

/** One testsuite per set. */
function testsuite(set: SetReport, rules: Map<string, RubricElement>): string {
  const skipped = set.elements.filter((element) => element.status === 'not-applicable').length;
  const attributes = `name="${escapeXmlAttribute(set.id)}" tests="${set.elements.length}" failures="${countFailures(set)}" errors="0" skipped="${skipped}"`;
  const cases = set.elements.map((element) => testcase(element, rules.get(element.id)));
  const problems = setProblems(set);
  if (problems.length > 0) cases.push(`    <system-err>${escapeXml(problems.join('\n'))}</system-err>`);
  return [`  <testsuite ${attributes}>`, ...cases, '  </testsuite>'].join('\n');
}

export const junit: Formatter = (report: Report) => {
  const rules = new Map(report.rubric.elements.map((rule) => [rule.id, rule]));
  const tests = report.sets.reduce((sum, set) => sum + set.elements.length, 0);
  const failures = report.sets.reduce((sum, set) => sum + countFailures(set), 0);
  const name = escapeXmlAttribute(`${report.tool.name} ${report.rubric.id}@${report.rubric.version}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${name}" tests="${tests}" failures="${failures}" errors="0">`,
    ...report.sets.map((set) => testsuite(set, rules)),
    '</testsuites>',
    '',
  ].join('\n');
};
