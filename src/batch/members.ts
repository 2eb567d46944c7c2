/** A batch folder -> member sets: each subfolder is one member, each loose file a member of its own. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { UserError } from '../errors.js';
import { formatOf } from '../documents/load.js';
import { walk } from '../documents/walk.js';
import { displayPath } from '../report/build.js';
import type { SetSpec } from '../pipeline.js';

export function findMembers(dir: string, cwd: string, ignore: string[]): SetSpec[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (cause) {
    throw new UserError('bad-path', `cannot read batch folder ${dir}: ${(cause as NodeJS.ErrnoException).code ?? cause}`, { cause });
  }
  const ignored = ignore.length > 0 ? picomatch(ignore, { dot: true }) : () => false;
  const members: SetSpec[] = [];
  for (const name of names) {
    if (name.startsWith('.') || ignored(name) || ignored(`${name}/`)) continue;
    const path = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch (cause) {
      members.push({ id: name, files: [], skipped: [{ path: displayPath(path, cwd), format: null, error: `cannot read: ${(cause as NodeJS.ErrnoException).code}` }] });
      continue;
    }
    // A loose file is a member only if it is a policy document (not a README or a labels file).
    if (!isDir && !formatOf(path)) continue;
    const walked = walk([path], { cwd, ignore });
    members.push({
      id: name,
      files: walked.files.map((abs) => ({ abs, display: displayPath(abs, cwd) })),
      skipped: walked.skipped.map((s) => ({ path: displayPath(s.path, cwd), format: null, error: s.reason })),
    });
  }
  return members;
}
