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
import { shareGroups } from './share-groups.js';
import type { Rubric } from './types.js';

const CACHE_DIR = fileURLToPath(new URL('../rubric-cache/', import.meta.url));

interface CacheEntry {
  hashes: Record<string, string>;
  rubric: Rubric;
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
    const rubric = shareGroups({ ...entry.rubric, files: entry.rubric.files.map((f) => join(dir, f)) });
    if (entry.plans) usePlans(rubric, entry.plans);
    return rubric;
  } catch {
    return undefined;
  }
}

/** Writes the cache entry for a resolved shipped rubric (build time). */
export function writeCachedRubric(id: string, rubric: Rubric, terms?: CacheEntry['terms'], plans?: CacheEntry['plans']): void {
  const names = rubric.files.map((f) => basename(f));
  const hashes = Object.fromEntries(names.map((n) => [n, hashOf(n) ?? '']));
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(join(CACHE_DIR, `${id}.json`), JSON.stringify({ hashes, rubric: { ...rubric, files: names }, terms, plans }));
}
