/** Rubric data as the engine sees it, after extends, overrides and concept references are resolved. */

/** A term is a word or phrase; a trailing `*` on a word matches any word it starts (`confidential*`). */
export type TermSource = string;

/** What a rubric file may write where a concept group is expected. */
export type GroupSource =
  | string // "@concept" reference
  | string[] // inline terms
  | {
      label?: string;
      terms?: string[];
      concepts?: string[];
      /** true: only where a negation governs the term; false: only where none does. */
      negated?: boolean;
      /** false: the group must match the sentence itself, not the heading or lead-in above it. */
      context?: boolean | 'only';
      /** How many different places of the matched sentences must hold one of the terms (default 1). */
      atLeast?: number;
    };

export interface SignalSource {
  all: GroupSource[];
  /** How many neighbouring sentences of one block or section may share the groups. Default 1. */
  window?: number;
  label?: string;
  /** Parties the commitment is not about: a firm match that names one is only weak. */
  otherParty?: GroupSource;
  /** Words that show the sentences are about something else ("for insurance purposes"): no match. */
  unless?: GroupSource;
}

export interface ElementSource {
  id: string;
  area?: string;
  title: string;
  question: string;
  expects: string;
  goodWording: string;
  examples: string[];
  source: string;
  signals: SignalSource[];
  weak?: SignalSource[];
  contradictions?: SignalSource[];
  tests?: { covered?: string[]; weak?: string[]; missing?: string[] };
  /** French text and signals (issue #9); same shape as the English fields. */
  fr?: Partial<Pick<ElementSource, 'title' | 'question' | 'expects' | 'goodWording' | 'examples' | 'signals' | 'weak' | 'contradictions' | 'tests'>>;
}

export interface AreaSource {
  id: string;
  title?: string;
  source?: string;
  fr?: { title?: string };
  elements?: ElementSource[];
}

export interface LexiconSource {
  hedges?: string[];
  tentative?: string[];
  firm?: string[];
  negations?: string[];
  /** Headings whose sections never count as coverage: contents, glossary, revision history. */
  noiseHeadings?: string[];
  /** Sentences that only point at another document ("see our privacy policy"). */
  references?: string[];
  /** Phrases that mark a whole document as a draft or not adopted: its matches are at most weak. */
  drafts?: string[];
  fr?: Omit<LexiconSource, 'fr'>;
}

export interface RubricSource {
  id: string;
  version: string;
  title: string;
  language: string;
  licence: string;
  description?: string;
  extends?: string;
  docsUrl?: string;
  lexicon?: LexiconSource;
  concepts?: Record<string, string[]>;
  areas?: AreaSource[];
  override?: Record<string, Partial<ElementSource>>;
  disable?: string[];
}

// ---- resolved forms ----

export interface Group {
  label: string;
  /** Words or phrases as written in the rubric; the matcher stems them per document language. */
  terms: string[];
  negated?: boolean;
  /** true: the sentence or its heading path / lead-in; false: the sentence only; 'only': the heading path or lead-in only. */
  context: boolean | 'only';
  /** True for a rubric-wide concept ("@client"): too general to be worth naming as a near miss alone. */
  shared?: boolean;
  /** Set above 1 when the element asks for several of a kind ("security measures"): that many separate hits. */
  atLeast?: number;
}

export interface Signal {
  label: string;
  groups: Group[];
  window: number;
  /** A firm match whose sentences (or heading) name one of these parties is only weak. */
  otherParty?: Group;
  /** A match whose sentences hold one of these words (in the sentence itself) does not count. */
  unless?: Group;
}

export interface LexiconLists {
  hedges: string[];
  /** Modal verbs (may, should) that hedge unless a firm word stands in the same sentence. */
  tentative: string[];
  firm: string[];
  negations: string[];
  noiseHeadings: string[];
  references: string[];
  drafts: string[];
}

/** Lexicon lists per language; English is the fallback. */
export type Lexicon = { en: LexiconLists } & Partial<Record<'fr', LexiconLists>>;

export interface Element {
  id: string;
  area: string;
  title: string;
  question: string;
  expects: string;
  goodWording: string;
  examples: string[];
  source: string;
  signals: Signal[];
  weak: Signal[];
  contradictions: Signal[];
  tests: { covered: string[]; weak: string[]; missing: string[] };
  /** French text and signals; a French document is matched with these signals when they exist. */
  fr?: ElementTranslation;
}

/** An element's French side: text for reports, and the signals French documents are matched with. */
export interface ElementTranslation {
  title?: string;
  question?: string;
  expects?: string;
  goodWording?: string;
  examples?: string[];
  signals: Signal[];
  weak: Signal[];
  contradictions: Signal[];
  tests: { covered: string[]; weak: string[]; missing: string[] };
}

export interface Area {
  id: string;
  title: string;
  source?: string;
  fr?: { title?: string };
}

export interface Rubric {
  id: string;
  version: string;
  title: string;
  language: string;
  licence: string;
  docsUrl?: string;
  /** Files this rubric was read from, the extending one first. */
  files: string[];
  areas: Area[];
  elements: Element[];
  lexicon: Lexicon;
}
