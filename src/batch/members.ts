/** A batch folder -> member sets: each subfolder is one member, each loose file a member of its own. */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { formatOf } from '../documents/load.js';
import { globMatcher } from '../documents/glob.js';
import { describeFsError, isInside, walk } from '../documents/walk.js';
import { displayPath } from '../report/build.js';
import type { SetSpec } from '../pipeline.js';

export function findMembers(dir: string, cwd: string, ignore: string[]): SetSpec[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (cause) {
    throw new UserError('bad-path', `cannot read batch folder ${dir}: ${(cause as NodeJS.ErrnoException).code ?? cause}`, { cause });
  }
  const ignored = globMatcher(ignore);
  const members: SetSpec[] = [];
  const root = realpathSync(dir);
  for (const name of names) {
    if (name.startsWith('.') || ignored(name) || ignored(`${name}/`)) continue;
    const path = join(dir, name);
    let isDir = false;
    try {
      // A member that is a symbolic link must stay inside the batch folder: members/evil -> / would
      // otherwise have its "policies" read (and quoted in the report) from anywhere on the machine.
      if (lstatSync(path).isSymbolicLink() && !isInside(realpathSync(path), root)) {
        members.push({ id: name, files: [], skipped: [{ path: displayPath(path, cwd), format: null, error: 'outside the folder: a symbolic link to a place outside the batch folder; skipped' }] });
        continue;
      }
      isDir = statSync(path).isDirectory();
    } catch (cause) {
      members.push({ id: name, files: [], skipped: [{ path: displayPath(path, cwd), format: null, error: `cannot read: ${describeFsError(cause)}` }] });
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
