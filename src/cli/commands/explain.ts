/** `policy-gap explain ELEMENT`: what an element asks for, in the rubric's words. */
import { UserError } from '../../errors.js';
import { loadRubric } from '../../rubric/load.js';
import { DEFAULT_RUBRIC, shippedRubricPath } from '../../rubric/shipped.js';
import { suggest } from '../../rubric/extend.js';
import type { Element, Signal } from '../../rubric/types.js';
import { ExitCode, type IO } from '../io.js';

export async function explainCommand(id: string, flags: { rubric?: string }, io: IO): Promise<number> {
  // Without --rubric, look in the largest shipped rubric so every contract id can be explained.
  const ref = flags.rubric ?? (shippedRubricPath('ccr-framework') ? 'ccr-framework' : DEFAULT_RUBRIC);
  const rubric = loadRubric(ref, io.cwd);
  const element = rubric.elements.find((e) => e.id === id);
  if (!element) {
    const hint = suggest(id, rubric.elements.map((e) => e.id));
    throw new UserError('bad-option', `no element "${id}" in rubric ${rubric.id}`, { hint: hint ?? `see \`policy-gap rubric show ${rubric.id}\`` });
  }
  io.stdout(explainText(element, rubric.areas.find((a) => a.id === element.area)?.title ?? element.area));
  return ExitCode.ok;
}

export function explainText(element: Element, areaTitle: string): string {
  const lines = [
    `${element.id}: ${element.title}`,
    `Area: ${areaTitle}`,
    `Source: ${element.source}`,
    '',
    'Question',
    `  ${element.question}`,
    '',
    'Covered when the policy says',
    `  ${element.expects}`,
    '',
    'Good wording addresses',
    `  ${element.goodWording}`,
    '',
    'Example wordings',
    ...element.examples.map((e) => `  - ${e}`),
    '',
    'Detection (all groups of one signal in one sentence)',
    ...signalLines('covered', element.signals),
    ...signalLines('weak', element.weak),
    ...signalLines('contradicted', element.contradictions),
  ];
  return `${lines.join('\n')}\n`;
}

function signalLines(kind: string, signals: Signal[]): string[] {
  return signals.map((s) => {
    const groups = s.groups.map((g) => {
      const terms = g.terms.slice(0, 6).join(' | ');
      const more = g.terms.length > 6 ? ` | … (${g.terms.length} terms)` : '';
      const polarity = g.negated === true ? ' [negated]' : g.negated === false ? ' [not negated]' : '';
      return `[${terms}${more}]${polarity}`;
    });
    return `  ${kind}: ${groups.join(' + ')}${s.window > 1 ? ` (within ${s.window} sentences)` : ''}`;
  });
}
