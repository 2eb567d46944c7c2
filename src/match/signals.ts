/** Finds where a signal's groups meet: one sentence, or a short window in one section. */
import type { Group, Signal } from '../rubric/types.js';
import type { Unit } from './analyse.js';
import type { CompiledRubric } from './compile.js';
import type { Language } from './stem.js';

/** What one sentence holds for each group: a plain hit and/or a hit under negation. */
export interface GroupHits {
  plain: boolean;
  negated: boolean;
  /** Offset of the first hit in the sentence text, for the quote's focus. */
  at: number;
}

export interface UnitHits {
  body: Map<number, GroupHits>;
  context: Set<number>;
}

export type Strength = 'firm' | 'hedged' | 'reference' | 'heading' | 'listed' | 'draft';

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
  const contextCache = new Map<Unit['context'], Set<number>>();
  return units.map((unit) => {
    const body = new Map<number, GroupHits>();
    compiled.index.each(unit.tokens, (group, first) => {
      let entry = body.get(group);
      if (!entry) body.set(group, (entry = { plain: false, negated: false, at: unit.tokens[first].start }));
      if (unit.negated[first]) entry.negated = true;
      else entry.plain = true;
    });
    let context = contextCache.get(unit.context);
    if (!context) {
      const found = new Set<number>();
      compiled.index.each(unit.context, (group) => found.add(group));
      contextCache.set(unit.context, (context = found));
    }
    return { body, context };
  });
}

function bodySatisfies(group: Group, hits: GroupHits | undefined): boolean {
  if (!hits) return false;
  if (group.negated === true) return hits.negated;
  if (group.negated === false) return hits.plain;
  return true;
}

/** Every place the signal matches; `partials` collects near misses for the reasons. */
export function findSignal(
  signal: Signal,
  units: Unit[],
  hits: UnitHits[],
  compiled: CompiledRubric,
  partials?: Partial[],
  languages?: ReadonlySet<Language>,
): SignalMatch[] {
  const matches: SignalMatch[] = [];
  const ids = signal.groups.map((group) => compiled.groupIds.get(group) ?? -1);
  for (const i of candidateStarts(hits, ids, signal.window)) {
    if (units[i].noise || hits[i].body.size === 0) continue;
    // A window never leaves its document, so the start's language is the whole window's.
    if (languages && !languages.has(units[i].language)) continue;
    const window = windowOf(units, i, signal.window);
    const used = new Set<number>();
    const found: Group[] = [];
    const missing: Group[] = [];
    let fromContext = 0;
    signal.groups.forEach((group, g) => {
      const where = window.find((u) => bodySatisfies(group, hits[u].body.get(ids[g])));
      if (where !== undefined) {
        used.add(where);
        found.push(group);
      } else if (group.context && group.negated !== true && window.some((u) => hits[u].context.has(ids[g]))) {
        fromContext++;
        found.push(group);
      } else missing.push(group);
    });
    // The heading path may supply one group, never the substance: the sentence must carry the rest.
    const inBody = used.size > 0 && fromContext <= 1 && fromContext < signal.groups.length;
    if (missing.length === 0 && inBody) {
      matches.push(describe(signal, [...used].sort((a, b) => a - b), units));
    } else if (partials && found.length > 0 && used.size > 0) {
      partials.push({ signal, unit: i, found, missing });
    }
  }
  return matches;
}

// Units with a body hit per group id, built once per set (per hits array).
const byGroupCache = new WeakMap<UnitHits[], Map<number, number[]>>();

function unitsByGroup(hits: UnitHits[]): Map<number, number[]> {
  let index = byGroupCache.get(hits);
  if (!index) {
    index = new Map();
    hits.forEach((h, u) => {
      for (const id of h.body.keys()) {
        const list = index!.get(id);
        if (list) list.push(u);
        else index!.set(id, [u]);
      }
    });
    byGroupCache.set(hits, index);
  }
  return index;
}

// Only a start whose window holds a body hit of one of the signal's groups can match or be a
// partial (both need `used.size > 0`): those are the units u - size + 1 .. u of each hit u.
function candidateStarts(hits: UnitHits[], ids: number[], size: number): number[] {
  const index = unitsByGroup(hits);
  const starts = new Set<number>();
  for (const id of ids) {
    for (const u of index.get(id) ?? []) for (let k = Math.max(0, u - Math.max(1, size) + 1); k <= u; k++) starts.add(k);
  }
  return [...starts].sort((a, b) => a - b);
}

// The sentences a window may join: the start and up to n-1 followers in the same section.
function windowOf(units: Unit[], start: number, size: number): number[] {
  const window = [start];
  for (let k = start + 1; k < units.length && window.length < size; k++) {
    if (units[k].document !== units[start].document || units[k].section !== units[start].section || units[k].noise) break;
    window.push(k);
  }
  return window;
}

function describe(signal: Signal, used: number[], units: Unit[]): SignalMatch {
  const involved = used.map((u) => units[u]);
  const hedges = [...new Set(involved.flatMap((unit) => unit.hedges))];
  let strength: Strength = 'firm';
  if (involved.every((unit) => unit.heading || unit.fragment)) strength = 'heading';
  else if (involved.some((unit) => unit.question)) strength = 'hedged';
  else if (hedges.length > 0) strength = 'hedged';
  else if (involved.some((unit) => unit.reference)) strength = 'reference';
  else if (involved.every((unit) => unit.listed || unit.heading || unit.fragment)) strength = 'listed';
  else if (involved.some((unit) => unit.draft)) strength = 'draft';
  return { signal, units: used, strength, hedges };
}
