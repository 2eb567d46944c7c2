/** The rubric's lexicon compiled for one language: hedges, firm words, negations, noise. */
import type { Lexicon, LexiconLists } from '../rubric/types.js';
import { PhraseIndex } from './phrases.js';
import type { Language } from './stem.js';
import { compileTerm } from './terms.js';

export type LexiconRole = 'hedge' | 'tentative' | 'firm' | 'negation' | 'reference';

export interface CompiledLexicon {
  cues: PhraseIndex<LexiconRole>;
  noiseHeadings: PhraseIndex<true>;
  drafts: PhraseIndex<true>;
  /** Words that end a negation's scope: a new clause starts ("but", "however"). */
  clauseBreaks: Set<string>;
  /** Words that open a relative or conditional clause: a modal right after one does not hedge the rule. */
  clauseOpeners: Set<string>;
}

// Clause-ending words bound a negation ("we do not sell data, but we share it with consent").
// They are grammar, not rubric content, so they live here per language.
const CLAUSE_BREAKS: Record<Language, string[]> = {
  en: ['but', 'however', 'although', 'though', 'unless', 'except', 'whereas', 'instead', 'rather', 'who', 'which', 'whose', 'because', 'while'],
  // French words are compared without accents, and elisions are split ("qu'avec" = "qu" + "avec").
  fr: ['mais', 'cependant', 'toutefois', 'sauf', 'hormis', 'moins', 'pourtant', 'qui', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles',
    'parce', 'car', 'puisque', 'puisqu', 'lorsque', 'lorsqu', 'quoique', 'quoiqu', 'tandis', 'que', 'qu', 'néanmoins', 'neanmoins', 'plutôt', 'plutot'],
};

// "Information that may identify a client is confidential": the modal belongs to the relative
// clause that names the information, not to the rule. Grammar too, so it lives here.
const CLAUSE_OPENERS: Record<Language, string[]> = {
  en: ['that', 'which', 'who', 'whom', 'whose', 'whoever', 'whatever', 'whichever', 'if', 'whether'],
  fr: ['qui', 'que', 'qu', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'si'],
};

const cache = new WeakMap<Lexicon, Map<Language, CompiledLexicon>>();

export function compileLexicon(lexicon: Lexicon, language: Language): CompiledLexicon {
  let perLanguage = cache.get(lexicon);
  if (!perLanguage) cache.set(lexicon, (perLanguage = new Map()));
  const hit = perLanguage.get(language);
  if (hit) return hit;
  const lists: LexiconLists = (language === 'fr' ? lexicon.fr : undefined) ?? lexicon.en;
  const cues = new PhraseIndex<LexiconRole>();
  const addAll = (terms: string[], role: LexiconRole) => terms.forEach((t) => cues.add(compileTerm(t, language), role));
  addAll(lists.hedges, 'hedge');
  addAll(lists.tentative, 'tentative');
  addAll(lists.firm, 'firm');
  addAll(lists.negations, 'negation');
  addAll(lists.references, 'reference');
  const noiseHeadings = new PhraseIndex<true>();
  lists.noiseHeadings.forEach((t) => noiseHeadings.add(compileTerm(t, language), true));
  const drafts = new PhraseIndex<true>();
  lists.drafts.forEach((t) => drafts.add(compileTerm(t, language), true));
  const compiled = { cues, noiseHeadings, drafts, clauseBreaks: new Set(CLAUSE_BREAKS[language]), clauseOpeners: new Set(CLAUSE_OPENERS[language]) };
  perLanguage.set(language, compiled);
  return compiled;
}
