/** Finds where a signal's groups meet: one sentence, or a short window in one section. */
import type { Group, Signal } from '../rubric/types.js';
import type { Unit } from './analyse.js';
import type { CompiledRubric } from './compile.js';
import type { Language } from './stem.js';

/**
 * What one sentence holds for a group, as bits: PLAIN (a hit outside any negation), NEGATED (a hit
 * under one). A number, not an object: this is stored for every group of every sentence.
 */
export type GroupHits = number;
export const PLAIN = 1;
export const NEGATED = 2;

export interface UnitHits {
  body: Map<number, GroupHits>;
  /** Groups found in the heading path or lead-in: true when at least one hit is not negated. */
  context: Map<number, boolean>;
  /** The index of the unit's language, which found these hits (to count places again: `atLeast`). */
  index: CompiledRubric['index'];
}

export type Strength = 'firm' | 'hedged' | 'reference' | 'heading' | 'listed' | 'draft' | 'other-party';

export interface SignalMatch {
  signal: Signal;
  units: number[];
  strength: Strength;
  hedges: string[];
}

export interface Partial {
  signal: Signal;
  unit: number;
  found: Group[];
  missing: Group[];
}

/** Scans every unit once for every group of the rubric. */
export function unitHits(units: Unit[], compiled: CompiledRubric): UnitHits[] {
  const contextCache = new Map<Unit['context'], Map<number, boolean>>();
  return units.map((unit) => {
    const body = new Map<number, GroupHits>();
    compiled.index.each(unit.tokens, (group, first) => {
      body.set(group, (body.get(group) ?? 0) | (unit.negated[first] ? NEGATED : PLAIN));
    });
    let context = contextCache.get(unit.context);
    if (!context) {
      const found = new Map<number, boolean>();
      compiled.index.each(unit.context, (group, first) => found.set(group, found.get(group) === true || !unit.contextNegated[first]));
      contextCache.set(unit.context, (context = found));
    }
    return { body, context, index: compiled.index };
  });
}

function bodySatisfies(group: Group, hits: GroupHits | undefined): boolean {
  if (!hits) return false;
  if (group.negated === true) return (hits & NEGATED) !== 0;
  if (group.negated === false) return (hits & PLAIN) !== 0;
  return true;
}

/**
 * The best near miss of an element so far, for its reasons: the partial match with the largest
 * share of its groups found, among those that found something specific to the element (a shared
 * concept such as "@client" alone is not worth naming). The earliest wins a tie.
 */
export interface NearMiss {
  best?: Partial;
}

function offer(near: NearMiss, signal: Signal, unit: number, where: number[]): void {
  // Counted before anything is built: most partials lose to the best one so far.
  let foundCount = 0;
  let specific = false;
  for (let k = 0; k < signal.groups.length; k++) {
    if (where[k] === NOT_FOUND) continue;
    foundCount++;
    if (!signal.groups[k].shared) specific = true;
  }
  if (!specific) return;
  const share = foundCount / signal.groups.length;
  const best = near.best;
  if (best && share <= best.found.length / (best.found.length + best.missing.length)) return;
  const found = signal.groups.filter((_g, k) => where[k] !== NOT_FOUND);
  near.best = { signal, unit, found, missing: signal.groups.filter((_g, k) => where[k] === NOT_FOUND) };
}

const NOT_FOUND = -1;
const IN_CONTEXT = -2;

/** Every place the signal matches; `near` keeps the best near miss for the reasons. */
export function findSignal(
  signal: Signal,
  units: Unit[],
  hits: UnitHits[],
  compiled: CompiledRubric,
  near?: NearMiss,
  languages?: ReadonlySet<Language>,
): SignalMatch[] {
  const matches: SignalMatch[] = [];
  const { groups } = signal;
  const ids = groups.map((group) => compiled.groupIds.get(group) ?? -1);
  // Per group: the unit of the window whose body holds it, IN_CONTEXT, or NOT_FOUND.
  const where = new Array<number>(groups.length);
  // A match has at most one group from the heading path, so one of any two groups is in the body:
  // the two rarest groups' units give every start that can match. A near miss may lie anywhere.
  // Indexed loops here and below: see PhraseIndex.each (cold runs allocate per for-of step).
  const starts = candidateStarts(hits, near ? ids : rarestTwo(hits, ids), signal.window);
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s];
    if (units[i].noise || hits[i].body.size === 0) continue;
    // A window never leaves its document, so the start's language is the whole window's.
    if (languages && !languages.has(units[i].language)) continue;
    const end = windowEnd(units, i, signal.window);
    let inBodyCount = 0;
    let fromContext = 0;
    let missing = 0;
    for (let g = 0; g < groups.length; g++) {
      where[g] = NOT_FOUND;
      // A heading-only group ("Mission" as a section title) is read in the heading path, never in the text.
      if (groups[g].context !== 'only')
        for (let u = i; u < end; u++) {
          if (bodySatisfies(groups[g], hits[u].body.get(ids[g]))) {
            where[g] = u;
            break;
          }
        }
      if (where[g] !== NOT_FOUND) inBodyCount++;
      else if (groups[g].context && groups[g].negated !== true && inContext(i, end, hits, ids[g], groups[g].negated === false)) {
        where[g] = IN_CONTEXT;
        fromContext++;
      } else missing++;
    }
    // The heading path may supply one group, never the substance: the sentence must carry the rest.
    const inBody = inBodyCount > 0 && fromContext <= 1 && fromContext < groups.length;
    const counted: number[] = [];
    if (missing === 0 && inBody && !enoughOfEach(groups, ids, where, units, hits, i, end, counted)) {
      // One security measure where the element asks for several: a near miss that lacks that group.
      if (near) offer(near, signal, i, where);
      continue;
    }
    if (missing === 0 && inBody) {
      // The sentences that hold the groups, and those that gave an `atLeast` group its terms.
      const used = [...new Set([...where.filter((u) => u >= 0), ...counted])].sort((a, b) => a - b);
      // A sentence of the window that matches alone is its own match: the evidence is that
      // sentence, not it and a neighbour that happened to repeat one of the groups.
      if (used.length > 1 && fromContext === 0 && used.some((u) => matchesAlone(groups, ids, u, units, hits))) continue;
      if (signal.unless && saysOtherwise(signal.unless, used, hits, compiled, fromContext > 0 ? i : undefined)) continue;
      const match = describe(signal, used, units);
      if (match.strength === 'firm' && signal.otherParty && namesParty(signal.otherParty, used, hits, compiled)) match.strength = 'other-party';
      matches.push(match);
    } else if (near && inBodyCount > 0) {
      offer(near, signal, i, where);
    }
  }
  return matches;
}

// A group with `atLeast` needs that many different terms in the window's sentences, told apart by
// the stem of their first word: "locked ... a lock" is one measure, and phrases that overlap
// ("password protected", "password") are one place. Counted only for a window that already
// matches, so the extra scan is rare. `where` of a group that falls short becomes NOT_FOUND, so
// the near miss names it as missing.
function enoughOfEach(groups: Group[], ids: number[], where: number[], units: Unit[], hits: UnitHits[], start: number, end: number, counted: number[] = []): boolean {
  let enough = true;
  for (let g = 0; g < groups.length; g++) {
    const needed = groups[g].atLeast;
    if (!needed) continue;
    const kinds = new Set<string>();
    for (let u = start; u < end && kinds.size < needed && where[g] >= 0; u++) {
      if (!hits[u].body.has(ids[g])) continue;
      const spans: [number, number][] = [];
      hits[u].index.each(units[u].tokens, (payload, first, last) => {
        if (payload === ids[g]) spans.push([first, last]);
      });
      spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      let lastEnd = -1;
      for (const [first, last] of spans) {
        const kind = units[u].tokens[first].stem;
        if (first > lastEnd && !kinds.has(kind)) {
          kinds.add(kind);
          counted.push(u);
        }
        lastEnd = Math.max(lastEnd, last);
      }
    }
    if (kinds.size < needed) {
      where[g] = NOT_FOUND;
      enough = false;
    }
  }
  return enough;
}

function matchesAlone(groups: Group[], ids: number[], unit: number, units: Unit[], hits: UnitHits[]): boolean {
  const where: number[] = [];
  for (let g = 0; g < groups.length; g++) {
    if (groups[g].context === 'only' || !bodySatisfies(groups[g], hits[unit].body.get(ids[g]))) return false;
    where.push(unit);
  }
  return enoughOfEach(groups, ids, where, units, hits, unit, unit + 1);
}

// Per set (per hits array): the units with a body hit of each group id, and a scratch array that
// marks the starts already taken, so a signal's candidates are collected without a Set.
interface GroupIndex {
  units: Map<number, number[]>;
  seen: Int32Array;
  stamp: number;
  /** The buffer candidateStarts() returns its starts in (a unit is a start at most once per signal). */
  starts: Int32Array;
}

const byGroupCache = new WeakMap<UnitHits[], GroupIndex>();

function groupIndex(hits: UnitHits[]): GroupIndex {
  let index = byGroupCache.get(hits);
  if (!index) {
    const units = new Map<number, number[]>();
    hits.forEach((h, u) => {
      for (const id of h.body.keys()) {
        const list = units.get(id);
        if (list) list.push(u);
        else units.set(id, [u]);
      }
    });
    byGroupCache.set(hits, (index = { units, seen: new Int32Array(hits.length), starts: new Int32Array(hits.length), stamp: 0 }));
  }
  return index;
}

function rarestTwo(hits: UnitHits[], ids: number[]): number[] {
  if (ids.length <= 2) return ids;
  const { units } = groupIndex(hits);
  const count = (id: number) => units.get(id)?.length ?? 0;
  let first = -1;
  let second = -1;
  for (const id of ids) {
    if (first < 0 || count(id) < count(first)) {
      second = first;
      first = id;
    } else if (second < 0 || count(id) < count(second)) second = id;
  }
  return [first, second];
}

// Only a start whose window holds a body hit of one of the signal's groups can match or be a
// partial (both need `used.size > 0`): those are the units u - size + 1 .. u of each hit u.
function candidateStarts(hits: UnitHits[], ids: number[], size: number): Int32Array {
  const index = groupIndex(hits);
  const stamp = ++index.stamp;
  const { seen, starts } = index;
  let count = 0;
  const reach = Math.max(1, size) - 1;
  for (let d = 0; d < ids.length; d++) {
    const list = index.units.get(ids[d]);
    if (!list) continue;
    for (let l = 0; l < list.length; l++) {
      const u = list[l];
      for (let k = Math.max(0, u - reach); k <= u; k++) {
        if (seen[k] === stamp) continue;
        seen[k] = stamp;
        starts[count++] = k;
      }
    }
  }
  // Sorted in place, in the buffer the set's signals share (each signal's loop ends before the
  // next one asks): an array per signal and its sort's copy were a tenth of a batch's allocation.
  return starts.subarray(0, count).sort();
}

// The sentences a window may join: the start and up to n-1 followers in the same section, as the
// end of the range start..end-1 (a range, not an array: this runs for every candidate of every signal).
function windowEnd(units: Unit[], start: number, size: number): number {
  // A heading is read as the context of the sentences under it; joined to them as well, it would
  // count twice and become the start of the evidence.
  if (units[start].heading) return start + 1;
  const last = Math.min(units.length, start + Math.max(1, size));
  let end = start + 1;
  while (end < last && units[end].document === units[start].document && units[end].section === units[start].section && !units[end].noise) end++;
  return end;
}

// A group that must not be negated ("limited to") is not supplied by "includes, but is not limited to:".
function inContext(start: number, end: number, hits: UnitHits[], id: number, plainOnly: boolean): boolean {
  for (let u = start; u < end; u++) {
    const plain = hits[u].context.get(id);
    if (plain === true || (plain === false && !plainOnly)) return true;
  }
  return false;
}

// An exclusion is read in the matched sentences: a heading does not make a rule about something
// else. Unless the heading supplied one of the groups: then its words are part of the match
// ("Autonomy and privacy" gives "privacy" as a person's due, not a rule for their information).
function saysOtherwise(unless: Group, used: number[], hits: UnitHits[], compiled: CompiledRubric, contextOf?: number): boolean {
  const id = compiled.groupIds.get(unless) ?? -1;
  if (contextOf !== undefined && hits[contextOf].context.has(id)) return true;
  return used.some((u) => hits[u].body.has(id));
}

// The wrong party may be named in the sentence or in its heading ("Board of directors").
function namesParty(party: Group, used: number[], hits: UnitHits[], compiled: CompiledRubric): boolean {
  const id = compiled.groupIds.get(party) ?? -1;
  return used.some((u) => hits[u].body.has(id) || hits[u].context.has(id));
}

function describe(signal: Signal, used: number[], units: Unit[]): SignalMatch {
  const involved = used.map((u) => units[u]);
  const hedges: string[] = [];
  for (const unit of involved) for (const hedge of unit.hedges) if (!hedges.includes(hedge)) hedges.push(hedge);
  let strength: Strength = 'firm';
  if (involved.every((unit) => unit.heading || unit.fragment)) strength = 'heading';
  else if (involved.some((unit) => unit.question)) strength = 'hedged';
  else if (hedges.length > 0) strength = 'hedged';
  else if (involved.some((unit) => unit.reference)) strength = 'reference';
  else if (involved.every((unit) => unit.listed || unit.heading || unit.fragment)) strength = 'listed';
  else if (involved.some((unit) => unit.draft)) strength = 'draft';
  return { signal, units: used, strength, hedges };
}
