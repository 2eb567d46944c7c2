/** Paths given on the command line -> the policy files they hold, safely walked. */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { globMatcher } from './glob.js';
import { SUPPORTED_EXTENSIONS } from './load.js';

export interface WalkOptions {
  cwd: string;
  ignore: string[];
  /** Extensions picked up inside folders; explicit files are always taken. */
  extensions?: string[];
}

export interface WalkResult {
  files: string[];
  /** Things skipped with a reason: unreadable folders, symlink loops, links leaving the roots. */
  skipped: { path: string; reason: string }[];
}

// Folders no policy lives in; walking them only costs time.
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'build', '.cache']);

export function walk(paths: string[], options: WalkOptions): WalkResult {
  const extensions = new Set(options.extensions ?? SUPPORTED_EXTENSIONS);
  // Linear-time globs: the patterns and the file names may both come from a pull request.
  const ignored = globMatcher(options.ignore);
  const files = new Set<string>();
  const skipped: WalkResult['skipped'] = [];
  const isIgnored = (abs: string) => {
    const rel = relative(options.cwd, abs).split(sep).join('/');
    return options.ignore.length > 0 && (ignored(rel) || ignored(`${rel}/`));
  };

  for (const given of paths) {
    const abs = resolve(options.cwd, given);
    let stats: Stats;
    try {
      stats = statSync(abs);
    } catch (cause) {
      throw new UserError('bad-path', `cannot read ${given}: ${describeFsError(cause)}`, { cause });
    }
    if (stats.isFile()) {
      if (!isIgnored(abs)) files.add(abs);
      continue;
    }
    if (!stats.isDirectory()) {
      // A named pipe or a device given by name: reading it could block or never end.
      skipped.push({ path: abs, reason: `not a regular file: ${given} is a ${stats.isFIFO() ? 'named pipe' : stats.isSocket() ? 'socket' : 'device'}; skipped` });
      continue;
    }
    const root = realpathSync(abs);
    const visited = new Set<string>([root]);
    const queue = [abs];
    while (queue.length > 0) {
      const dir = queue.shift()!;
      let entries: string[];
      try {
        entries = readdirSync(dir).sort();
      } catch (cause) {
        skipped.push({ path: dir, reason: `unreadable folder: ${describeFsError(cause)}; its files were not checked` });
        continue;
      }
      for (const name of entries) {
        const path = join(dir, name);
        if (isIgnored(path)) continue;
        const entry = classify(path, root, visited, skipped);
        if (entry === 'dir' && !SKIP_DIRS.has(name) && !name.startsWith('.')) queue.push(path);
        if (entry === 'file' && extensions.has(extensionOf(name))) files.add(path);
        // A named pipe or device with a policy's name is reported, not read (it could block forever).
        if (entry === 'special' && extensions.has(extensionOf(name))) skipped.push({ path, reason: 'not a regular file: a named pipe, socket or device; skipped' });
      }
    }
  }
  return { files: [...files].sort(), skipped };
}

// Symbolic links are followed only inside the root and only once: no loops, no escapes.
function classify(path: string, root: string, visited: Set<string>, skipped: WalkResult['skipped']): 'dir' | 'file' | 'special' | 'skip' {
  let stats: Stats;
  let link = false;
  try {
    stats = lstatSync(path);
    link = stats.isSymbolicLink();
    if (link) {
      const target = realpathSync(path);
      if (!isInside(target, root)) {
        skipped.push({ path, reason: 'outside the folder: a symbolic link to a place outside the folder being checked; skipped' });
        return 'skip';
      }
      stats = statSync(path);
      if (stats.isDirectory()) {
        if (visited.has(target)) {
          skipped.push({ path, reason: 'symbolic link loop: it leads to a folder already being checked; skipped' });
          return 'skip';
        }
        visited.add(target);
      }
    } else if (stats.isDirectory()) {
      visited.add(realpathSync(path));
    }
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException)?.code;
    const reason = link && code === 'ELOOP' ? 'symbolic link loop: the link leads back to itself'
      : link && code === 'ENOENT' ? 'broken symbolic link: it points to nothing'
      : `cannot read: ${describeFsError(cause)}`;
    skipped.push({ path, reason: `${reason}; skipped` });
    return 'skip';
  }
  if (stats.isDirectory()) return 'dir';
  return stats.isFile() ? 'file' : 'special';
}

/** Whether `path` (a real path) is `root` or inside it. */
export function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

export function describeFsError(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'symbolic link loop';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'ENXIO': return 'not a regular file (a socket or a device)';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    default: return code ?? (cause as Error)?.message ?? String(cause);
  }
}
