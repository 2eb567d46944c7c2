/** `policy-gap explain ELEMENT`: what an element asks for, in the rubric's words and the report language. */
import { UserError } from '../../errors.js';
import { elementText } from '../../report/build.js';
import { t, type ReportLanguage } from '../../report/messages.js';
import { loadRubric } from '../../rubric/load.js';
import { DEFAULT_RUBRIC, shippedRubricPath } from '../../rubric/shipped.js';
import { suggest } from '../../rubric/extend.js';
import type { Element, Signal } from '../../rubric/types.js';
import { ExitCode, type IO } from '../io.js';
import { resolveLanguage } from '../settings.js';

export async function explainCommand(id: string, flags: { rubric?: string; lang?: string }, io: IO): Promise<number> {
  // --lang, else LC_ALL / LC_MESSAGES / LANG; explain reads no config file (as for --rubric).
  const { lang } = resolveLanguage(flags.lang, undefined, io.env);
  // Without --rubric, look in the largest shipped rubric so every contract id can be explained.
  const ref = flags.rubric ?? (shippedRubricPath('ccr-framework') ? 'ccr-framework' : DEFAULT_RUBRIC);
  const rubric = loadRubric(ref, io.cwd);
  const element = rubric.elements.find((e) => e.id === id);
  if (!element) {
    const hint = suggest(id, rubric.elements.map((e) => e.id));
    throw new UserError('bad-option', `no element "${id}" in rubric ${rubric.id}`, { hint: hint ?? `see \`policy-gap rubric show ${rubric.id}\`` });
  }
  io.stdout(explainText(element, rubric.areas.find((a) => a.id === element.area)?.title ?? element.area, lang));
  return ExitCode.ok;
}

/** The explanation; French text where the rubric has it, English otherwise, field by field. */
export function explainText(element: Element, areaTitle: string, lang: ReportLanguage = 'en'): string {
  const text = elementText(element, lang);
  const colon = t(lang, 'punct.colon');
  const french = element.fr;
  const frenchSignals = french ? french.signals.length + french.weak.length + french.contradictions.length : 0;
  const lines = [
    `${element.id}${colon}${text.title}`,
    `${t(lang, 'explain.area')}${colon}${areaTitle}`,
    `${t(lang, 'explain.source')}${colon}${element.source}`,
    '',
    t(lang, 'explain.question'),
    `  ${text.question}`,
    '',
    t(lang, 'explain.expects'),
    `  ${text.expects}`,
    '',
    t(lang, 'explain.goodWording'),
    `  ${text.goodWording}`,
    '',
    t(lang, 'explain.examples'),
    ...text.examples.map((e) => `  - ${e}`),
    '',
    t(lang, 'explain.detection'),
    ...signalLines(lang, 'explain.covered', element.signals),
    ...signalLines(lang, 'explain.weak', element.weak),
    ...signalLines(lang, 'explain.contradicted', element.contradictions),
  ];
  if (french && frenchSignals > 0) {
    lines.push(
      '',
      t(lang, 'explain.detectionFr'),
      ...signalLines(lang, 'explain.covered', french.signals),
      ...signalLines(lang, 'explain.weak', french.weak),
      ...signalLines(lang, 'explain.contradicted', french.contradictions),
    );
  }
  return `${lines.join('\n')}\n`;
}

function signalLines(lang: ReportLanguage, kind: 'explain.covered' | 'explain.weak' | 'explain.contradicted', signals: Signal[]): string[] {
  return signals.map((s) => {
    const groups = s.groups.map((g) => {
      const terms = g.terms.slice(0, 6).join(' | ');
      const more = g.terms.length > 6 ? ` | … (${t(lang, 'explain.terms', { n: g.terms.length })})` : '';
      const polarity = g.negated === true ? ` [${t(lang, 'explain.negated')}]` : g.negated === false ? ` [${t(lang, 'explain.notNegated')}]` : '';
      const several = g.atLeast ? ` [${t(lang, 'explain.atLeast', { n: g.atLeast })}]` : '';
      return `[${terms}${more}]${polarity}${several}`;
    });
    return `  ${t(lang, kind)}${t(lang, 'punct.colon')}${groups.join(' + ')}${s.window > 1 ? ` (${t(lang, 'explain.within', { n: s.window })})` : ''}`;
  });
}
