/**
 * Why an element got its status, as data: the matcher records a code and its parameters, and
 * the report renders the words in the reader's language. JSON keeps both (`why` and `reasons`).
 */

export type Reason =
  | { code: 'contradicted'; signal: string }
  | { code: 'stated-firmly'; signal: string }
  | { code: 'draft' }
  | { code: 'hedged'; hedges: string[] }
  | { code: 'reference-only' }
  | { code: 'heading-only' }
  | { code: 'listed-only' }
  | { code: 'other-party'; party: string }
  | { code: 'touched'; signal: string; found?: string[]; missing?: string[] }
  | { code: 'partial'; found: string[]; missing: string[] }
  | { code: 'not-found' }
  | { code: 'not-applicable'; reason: string };

import type { ReportLanguage } from './messages.js';

export type { ReportLanguage } from './messages.js';

/** The element text a reason may quote (in the report's language). */
export interface ReasonContext {
  expects: string;
}

const quoted = (items: string[]) => items.map((h) => `"${h}"`).join(', ');
const joined = (items: string[]) => items.map((g) => `"${g}"`).join(' + ');
// French quotes: « … ».
const guillemets = (items: string[]) => items.map((h) => `« ${h} »`).join(', ');
const joinedFr = (items: string[]) => items.map((g) => `« ${g} »`).join(' + ');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
// A near miss may have every group, most of them only in the heading or lead-in (the sentence
// must carry all but one): then nothing is "missing", the sentence is.
const foundButNot = (found: string[], missing: string[]) =>
  missing.length === 0
    ? `found ${joined(found)}, but mostly in the heading or lead-in, not in the sentence itself`
    : `found ${joined(found)} but not ${joined(missing)} in the same sentence`;
const foundButNotFr = (found: string[], missing: string[]) =>
  missing.length === 0
    ? `${joinedFr(found)} trouvés surtout dans le titre ou l’introduction, pas dans la phrase elle-même`
    : `${joinedFr(found)} sans ${joinedFr(missing)} dans la même phrase`;

type Renderer = { [C in Reason['code']]: (reason: Extract<Reason, { code: C }>, context: ReasonContext) => string };

const english: Renderer = {
  contradicted: (r, c) => `contradicted: the policy says the opposite (${r.signal}), expected ${lowerFirst(c.expects)}`,
  'stated-firmly': (r) => `found ${r.signal} stated firmly`,
  draft: () => 'stated in a document marked as a draft or not adopted, expected an adopted policy',
  hedged: (r) => `hedged wording (${quoted(r.hedges)}), expected a firm commitment`,
  'reference-only': () => 'only points to another document, expected the commitment itself',
  'heading-only': () => 'only a heading names it, expected text under it',
  'listed-only': () => 'only listed as a topic or an example, expected a rule that says what is done',
  'other-party': (r, c) => `stated for another party (${r.party}), expected ${lowerFirst(c.expects)}`,
  touched: (r) =>
    `touched (${r.signal}) but ${r.found && r.missing ? foundButNot(r.found, r.missing) : 'not the specific commitment'}`,
  partial: (r) => `not found: ${foundButNot(r.found, r.missing)}`,
  'not-found': (_r, c) => `no passage addresses it, expected ${lowerFirst(c.expects)}`,
  'not-applicable': (r) => `not applicable: ${r.reason}`,
};

const french: Renderer = {
  contradicted: (r, c) => `contredit : la politique dit le contraire (${r.signal}), attendu : ${lowerFirst(c.expects)}`,
  'stated-firmly': (r) => `trouvé (${r.signal}), énoncé de façon ferme`,
  draft: () => 'énoncé dans un document marqué comme ébauche ou non adopté, attendu : une politique adoptée',
  hedged: (r) => `formulation atténuée (${guillemets(r.hedges)}), attendu : un engagement ferme`,
  'reference-only': () => 'renvoie seulement à un autre document, attendu : l’engagement lui-même',
  'heading-only': () => 'seul un titre en parle, attendu : un texte sous ce titre',
  'listed-only': () => 'seulement cité comme sujet ou exemple, attendu : une règle qui dit ce qui est fait',
  'other-party': (r, c) => `énoncé pour une autre partie (« ${r.party} »), attendu : ${lowerFirst(c.expects)}`,
  touched: (r) =>
    `abordé (${r.signal}), mais ${r.found && r.missing ? foundButNotFr(r.found, r.missing) : 'sans l’engagement précis'}`,
  partial: (r) =>
    r.missing.length === 0
      ? `introuvable : ${foundButNotFr(r.found, r.missing)}`
      : `introuvable : ${joinedFr(r.found)} trouvé, mais pas ${joinedFr(r.missing)} dans la même phrase`,
  'not-found': (_r, c) => `aucun passage n’en parle, attendu : ${lowerFirst(c.expects)}`,
  'not-applicable': (r) => `non applicable : ${r.reason}`,
};

const renderers: Record<ReportLanguage, Renderer> = { en: english, fr: french };

/** Every reason code, for tests and for callers that must handle each one. */
export const REASON_CODES = Object.keys(english) as Reason['code'][];

export function renderReason(reason: Reason, language: ReportLanguage, context: ReasonContext): string {
  const render = (renderers[language] ?? english)[reason.code] as (r: Reason, c: ReasonContext) => string;
  return render(reason, context);
}
