/**
 * Shipped rubrics, resolved at build time: YAML parsing and schema validation cost ~200 ms per run,
 * more than the rest of a single-file check. `npm run build` writes dist/rubric-cache/<id>.json
 * with a hash of the YAML it came from; a stale or missing cache falls back to the YAML. The entry
 * also holds the lexicon's compiled terms and the rubric's compiled phrase index per language, so
 * a cold run neither stems nor indexes the ~13,000 rubric terms.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usePlans, type RubricPlan } from '../match/compile.js';
import { seedTerms, type CompiledTerms } from '../match/terms.js';
import { RUBRIC_DIR } from './shipped.js';
import type { Element, ElementTranslation, Group, Rubric, Signal } from './types.js';

const CACHE_DIR = fileURLToPath(new URL('../rubric-cache/', import.meta.url));

interface CacheEntry {
  hashes: Record<string, string>;
  /** The rubric with every group written once, in `groups`, and referred to by its index. */
  rubric: Rubric;
  groups: Group[];
  /** The lexicon's terms compiled per language, so a run does not stem them again. */
  terms?: { en: CompiledTerms; fr: CompiledTerms };
  /** The phrase index compiled per language, rebuilt without compiling terms (match/compile.ts). */
  plans?: { en: RubricPlan; fr: RubricPlan };
}

function hashOf(file: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(join(fileURLToPath(RUBRIC_DIR), file))).digest('hex');
  } catch {
    return undefined;
  }
}

/** The cached resolved rubric for a shipped id, if the cache matches the YAML on disk. */
export function readCachedRubric(id: string): Rubric | undefined {
  const path = join(CACHE_DIR, `${id}.json`);
  if (!existsSync(path)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(path, 'utf8')) as CacheEntry;
    if (!Object.entries(entry.hashes).every(([file, hash]) => hashOf(file) === hash)) return undefined;
    if (entry.terms) {
      seedTerms('en', entry.terms.en);
      seedTerms('fr', entry.terms.fr);
    }
    const dir = fileURLToPath(RUBRIC_DIR);
    const rubric = { ...entry.rubric, files: entry.rubric.files.map((f) => join(dir, f)) };
    const group = (ref: Group | number) => entry.groups[ref as number];
    for (const signal of signalsOf(rubric.elements)) {
      signal.groups = signal.groups.map(group);
      if (signal.otherParty !== undefined) signal.otherParty = group(signal.otherParty);
      if (signal.unless !== undefined) signal.unless = group(signal.unless);
    }
    if (entry.plans) usePlans(rubric, entry.plans);
    return rubric;
  } catch {
    return undefined;
  }
}

function signalsOf(elements: Element[]): Signal[] {
  return elements.flatMap((e) => [e, ...(e.fr ? [e.fr] : [])].flatMap((side) => [...side.signals, ...side.weak, ...side.contradictions]));
}

/**
 * Writes the cache entry for a resolved shipped rubric (build time). JSON keeps no shared objects:
 * a group that forty signals share would come back as forty copies, each indexed and hit-tested on
 * its own. So each group is written once and signals refer to it by index, which also keeps the
 * group numbering of the rubric's compiled index (`plans`) valid for the rubric read back.
 */
export function writeCachedRubric(id: string, rubric: Rubric, terms?: CacheEntry['terms'], plans?: CacheEntry['plans']): void {
  const names = rubric.files.map((f) => basename(f));
  const hashes = Object.fromEntries(names.map((n) => [n, hashOf(n) ?? '']));
  const groups: Group[] = [];
  const ids = new Map<Group, number>();
  const ref = (g: Group): number => {
    let id = ids.get(g);
    if (id === undefined) ids.set(g, (id = groups.push(g) - 1));
    return id;
  };
  const signal = (s: Signal) => ({ ...s, groups: s.groups.map(ref), ...(s.otherParty ? { otherParty: ref(s.otherParty) } : {}), ...(s.unless ? { unless: ref(s.unless) } : {}) });
  const side = <T extends Element | ElementTranslation>(x: T): T => ({ ...x, signals: x.signals.map(signal), weak: x.weak.map(signal), contradictions: x.contradictions.map(signal) });
  const elements = rubric.elements.map((e) => ({ ...side(e), ...(e.fr ? { fr: side(e.fr) } : {}) }));
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(join(CACHE_DIR, `${id}.json`), JSON.stringify({ hashes, rubric: { ...rubric, files: names, elements }, groups, terms, plans }));
}
