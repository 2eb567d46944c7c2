/** Document -> units: sentences with tokens, negation scope, hedges, context and noise flags. */
import { positionAt } from '../documents/blocks.js';
import type { Block, Document, Position } from '../documents/types.js';
import type { CompiledLexicon } from './lexicon.js';
import { splitSentences } from './sentences.js';
import type { Language } from './stem.js';
import { tokenize, type Token } from './tokens.js';

export interface Unit {
  document: number;
  /** The document's language: it picks the stemmer, the lexicon and the element's signals. */
  language: Language;
  block: number;
  /** Units with the same section number share a heading path in one document. */
  section: number;
  text: string;
  tokens: Token[];
  /** Per token: is it inside a negation's scope? */
  negated: boolean[];
  /** Hedge phrases that weaken this sentence (tentative modals only when no firm word). */
  hedges: string[];
  firm: boolean;
  reference: boolean;
  heading: boolean;
  /** Too short to state a rule: a label or a heading-like line ("Incident Response Procedure"). */
  fragment: boolean;
  /**
   * A list item or table cell that names a topic or an example, not a rule: no firm word, no
   * prohibition at its start, no full stop, and no firm lead-in ("The course covers: limits of
   * competence"). "Staff must not:" above it, or "Never share files", makes it a rule;
   * "Publishing others' addresses without permission" is still an example.
   */
  listed: boolean;
  /** A question asks; it does not commit ("Is the team reviewing bias?"). */
  question: boolean;
  noise: boolean;
  /** The document says it is a draft or not adopted. */
  draft: boolean;
  headingPath: string[];
  /** Tokens of the heading path and the lead-in line, shared by the block's sentences. */
  context: Token[];
  /** Per context token: inside a negation's scope ("includes, but is not limited to:")? */
  contextNegated: boolean[];
  start: Position;
  end: Position;
}

const FRAGMENT_WORDS = 5;
// Longer than any heading or label: such a line reads as running text, whatever it ends with.
const LABEL_WORDS = 16;

// No full stop and every word capitalised ("Code of Conduct Complaints") reads as a title, not a
// rule; in a longer run, most words capitalised reads as titles pasted together (a slide, a menu).
function isTitleCase(tokens: Token[], text: string): boolean {
  if (/[.!?]\s*$/.test(text)) return false;
  const words = tokens.filter((t) => t.word.length > 3);
  if (words.length === 0) return false;
  const capitalised = words.filter((t) => /^[A-Z\u00C0-\u00DD]/.test(text.slice(t.start, t.end))).length;
  return tokens.length <= 10 ? capitalised === words.length : capitalised >= 0.6 * words.length;
}

const TOC_LINE = /(\.{3,}|\u2026{2,}|\s{3,})\s*[0-9ivx]{1,4}\s*$/i;

export function analyseDocument(document: Document, documentIndex: number, lexicon: CompiledLexicon, language: Language): Unit[] {
  const units: Unit[] = [];
  let section = -1;
  let previousPath = '\u0000';
  let noise = false;
  // The blocks of a section share their heading path: tokenize it (and a list's lead-in) once.
  const contexts = new Map<string, { tokens: Token[]; negated: boolean[] }>();
  const firmLeadIns = new Map<string, boolean>();
  // Each heading is judged once: it heads the path of every section under it.
  const noiseHeadings = new Map<string, boolean>();
  document.blocks.forEach((block, blockIndex) => {
    const pathKey = block.headingPath.join('\u0001');
    if (pathKey !== previousPath) {
      section++;
      previousPath = pathKey;
      noise = isNoiseSection(block.headingPath, lexicon, language, noiseHeadings);
    }
    const contextKey = `${block.kind === 'heading' ? 'h' : 'b'}\u0002${pathKey}\u0002${block.leadIn ?? ''}`;
    let context = contexts.get(contextKey);
    if (!context) {
      const tokens = contextTokens(block, language);
      contexts.set(contextKey, (context = { tokens, negated: readCues(tokens, lexicon).negated }));
    }
    for (const span of block.kind === 'heading' ? [{ start: 0, end: block.text.length }] : splitSentences(block.text)) {
      const text = block.text.slice(span.start, span.end);
      const tokens = tokenize(text, language);
      if (tokens.length === 0) continue;
      const cues = readCues(tokens, lexicon);
      units.push({
        document: documentIndex,
        language,
        block: blockIndex,
        section,
        text,
        tokens,
        // Named one by one: a spread inside an object literal is a slow runtime path, per sentence.
        negated: cues.negated,
        hedges: cues.hedges,
        firm: cues.firm,
        reference: cues.reference,
        heading: block.kind === 'heading',
        // A list item or table cell is read with its lead-in, so its length says nothing: `listed` judges it.
        // A long run of words is a sentence even when it stops mid-way (an excerpt cut off at a comma).
        fragment: !isItem(block) && (tokens.length < FRAGMENT_WORDS || (!/[.!;:)]\s*$|\w$/.test(text) && tokens.length < LABEL_WORDS) || isTitleCase(tokens, text)),
        listed: isItem(block)
          ? isListedTopic(text, cues, () => leadInIsFirm(block.leadIn, firmLeadIns, lexicon, language))
          : isInlineTopicList(text, cues, firmLeadIns, lexicon, language),
        question: /\?["')\]]*\s*$/.test(text),
        noise: noise || TOC_LINE.test(text.slice(-64)),
        draft: false,
        headingPath: block.headingPath,
        context: context.tokens,
        contextNegated: context.negated,
        start: positionAt(block, span.start),
        end: positionAt(block, span.end),
      });
    }
  });
  // Read from the sentences already tokenized, not by tokenizing the first blocks again.
  if (units.some((unit) => unit.block < DRAFT_WINDOW && lexicon.drafts.scan(unit.tokens).length > 0)) for (const unit of units) unit.draft = true;
  return units;
}

const isItem = (block: Block) => block.kind === 'list-item' || block.kind === 'table-cell';

// An item that opens with a prohibition ("Never share files", "Do not post photos", "No gifts") is a
// rule; a negation further in ("Publishing others' addresses without permission") names an example.
const PROHIBITION_REACH = 3;

const opensWithRule = (cues: Cues) => cues.firm || cues.negated.slice(0, PROHIBITION_REACH).some(Boolean);

function isListedTopic(text: string, cues: Cues, leadInFirm: () => boolean): boolean {
  if (opensWithRule(cues) || /[.!]["')\]]*\s*$/.test(text)) return false;
  return !leadInFirm();
}

// A list written on one line reads like a list of items: "The course covers: visitor behaviour;
// limits of competence; assessment of risks" names topics. Its lead-in (before the colon) and items
// decide, as for list items: a firm or prohibiting lead-in ("Staff must: lock files; ...") is a rule.
const INLINE_ITEMS = 3;
const INLINE_ITEM_WORDS = 12;

function isInlineTopicList(text: string, cues: Cues, firmLeadIns: Map<string, boolean>, lexicon: CompiledLexicon, language: Language): boolean {
  const colon = text.indexOf(':');
  if (colon < 0) return false;
  const items = text
    .slice(colon + 1)
    .replace(/[.!]["')\]]*\s*$/, '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length < INLINE_ITEMS || items.some((item) => /[.!?]\s/.test(item) || item.split(/\s+/).length > INLINE_ITEM_WORDS)) return false;
  if (!cues.firm && !cues.negated.some(Boolean)) return true;
  if (leadInIsFirm(text.slice(0, colon), firmLeadIns, lexicon, language)) return false;
  return !items.some((item) => opensWithRule(readCues(tokenize(item, language), lexicon)));
}

function leadInIsFirm(leadIn: string | undefined, seen: Map<string, boolean>, lexicon: CompiledLexicon, language: Language): boolean {
  if (!leadIn) return false;
  let firm = seen.get(leadIn);
  if (firm === undefined) {
    const cues = readCues(tokenize(leadIn, language), lexicon);
    firm = cues.firm || cues.negated.some(Boolean);
    seen.set(leadIn, firm);
  }
  return firm;
}

// Only the top of a document says what it is: look at its first blocks, not at every mention
// of "draft" in the body ("staff draft a plan").
const DRAFT_WINDOW = 6;

function contextTokens(block: Block, language: Language): Token[] {
  const path = block.kind === 'heading' ? block.headingPath.slice(0, -1) : block.headingPath;
  const parts = [...path, block.leadIn ?? ''].filter(Boolean);
  return parts.length === 0 ? [] : tokenize(parts.join(' . '), language);
}

function isNoiseSection(path: string[], lexicon: CompiledLexicon, language: Language, seen: Map<string, boolean>): boolean {
  return path.some((heading) => {
    let noise = seen.get(heading);
    if (noise === undefined) {
      // A noise heading must be short ("Table of contents", "Definitions"); a long heading that
      // merely contains "definitions" is still a real section.
      const tokens = tokenize(heading, language);
      noise = tokens.length <= 5 && lexicon.noiseHeadings.scan(tokens).length > 0;
      seen.set(heading, noise);
    }
    return noise;
  });
}

interface Cues {
  negated: boolean[];
  hedges: string[];
  firm: boolean;
  reference: boolean;
}

// Reads lexicon cues once per sentence: negation scopes, hedges, firm words, references.
function readCues(tokens: Token[], lexicon: CompiledLexicon): Cues {
  const negated = new Array<boolean>(tokens.length).fill(false);
  const hits = lexicon.cues.scan(tokens);
  const negationStarts = new Set<number>();
  let firm = false;
  let reference = false;
  for (const hit of hits) {
    if (hit.payload === 'negation') {
      negationStarts.add(hit.first);
      markScope(tokens, hit.last + 1, negated, lexicon);
    } else if (hit.payload === 'firm') firm = true;
    else if (hit.payload === 'reference') reference = true;
  }
  const hedges: string[] = [];
  for (const hit of hits) {
    if (hit.payload === 'hedge') hedges.push(hit.term.text);
    // "may not" / "should never" are prohibitions, and a firm word in the sentence wins over a
    // modal ("anyone who has, or may have, a conflict must declare it").
    if (hit.payload === 'tentative' && !firm && !negationStarts.has(hit.last + 1) && !opensClause(tokens, hit.first, lexicon)) hedges.push(hit.term.text);
    if (hit.payload === 'tentative' && negationStarts.has(hit.last + 1)) firm = true;
  }
  return { negated, hedges, firm, reference };
}

// A modal right after "that", "which", "if"... sits in a relative or conditional clause.
function opensClause(tokens: Token[], at: number, lexicon: CompiledLexicon): boolean {
  const before = tokens[at - 1];
  return before !== undefined && !tokens[at].pause && lexicon.clauseOpeners.has(before.word);
}

function markScope(tokens: Token[], from: number, negated: boolean[], lexicon: CompiledLexicon): void {
  for (let i = from; i < tokens.length; i++) {
    if (lexicon.clauseBreaks.has(tokens[i].word)) return;
    // Punctuation between two tokens ends the clause.
    if (tokens[i].pause) return;
    negated[i] = true;
  }
}
