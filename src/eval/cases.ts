/** Labeled cases (a folder per policy set with labels.yaml) -> scored pairs, via the real pipeline. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { DEFAULT_LIMITS } from '../documents/read.js';
import { walk } from '../documents/walk.js';
import { checkSet } from '../pipeline.js';
import type { ElementResult } from '../report/types.js';
import type { Rubric } from '../rubric/types.js';
import { parseYaml } from '../rubric/yaml-file.js';
import { LABELS, type Label, type Pair } from './metrics.js';

export interface CaseResult {
  id: string;
  pairs: Pair[];
  results: ElementResult[];
}

export function listCases(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (cause) {
    throw new UserError('bad-path', `cannot read cases folder ${dir}: ${(cause as NodeJS.ErrnoException).code}`, { cause });
  }
  const cases = names.filter((n) => statSync(join(dir, n)).isDirectory() && existsFile(join(dir, n, 'labels.yaml')));
  if (cases.length === 0) throw new UserError('bad-path', `no labeled cases in ${dir}: expected subfolders holding labels.yaml`);
  return cases;
}

export async function runCase(dir: string, id: string, rubric: Rubric, today: string): Promise<CaseResult> {
  const folder = join(dir, id);
  const labels = readLabels(join(folder, 'labels.yaml'));
  const files = walk([folder], { cwd: folder, ignore: ['labels.yaml'] }).files.map((abs) => ({ abs, display: abs.slice(folder.length + 1) }));
  const set = await checkSet({ id, files }, { rubric, limits: DEFAULT_LIMITS, exemptions: [], today });
  const pairs: Pair[] = [];
  for (const result of set.results) {
    const gold = labels[result.id];
    if (!gold || result.status === 'not-applicable') continue;
    pairs.push({ case: id, element: result.id, gold, predicted: result.status });
  }
  return { id, pairs, results: set.results };
}

function readLabels(path: string): Record<string, Label> {
  const file = parseYaml(path, readFileSync(path, 'utf8'), 'bad-path');
  const labels = (file.data as { labels?: Record<string, string> })?.labels;
  if (!labels || typeof labels !== 'object') throw new UserError('bad-path', `${path}: no "labels:" map`);
  for (const [element, status] of Object.entries(labels)) {
    if (!LABELS.includes(status as Label)) {
      throw new UserError('bad-path', `${file.locate(['labels', element])}: label "${status}" must be covered, weak or missing`);
    }
  }
  return labels as Record<string, Label>;
}

function existsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
