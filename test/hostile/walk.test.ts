/** Folder walks over hostile trees: symlink loops, links out of the roots, broken links, unreadable folders. */
import * as fs from 'node:fs';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { globMatcher } from '../../src/documents/glob.js';
import { walk } from '../../src/documents/walk.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';
import { COVERED_TEXT, MINI_ARGS, STACK_LINE } from './helpers.js';

// readdirSync fails for folders named "locked", as it does for an unreadable folder when not root.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const readdirSync = ((path: fs.PathLike, ...rest: unknown[]) => {
    if (String(path).endsWith('locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
    return (real.readdirSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readdirSync;
  return { ...real, default: { ...real, readdirSync }, readdirSync };
});

interface Row {
  path: string;
  error: string | null;
}

async function files(dir: string, args: string[]) {
  const result = await runCli([...args, ...MINI_ARGS, '--format', 'json'], { cwd: dir });
  expect(result.stderr).not.toMatch(STACK_LINE);
  const report = JSON.parse(result.stdout);
  return { result, report, rows: Object.fromEntries(report.sets.flatMap((s: { files: Row[] }) => s.files.map((f) => [f.path, f.error]))) };
}

describe('walking a folder full of traps', () => {
  const outside = tempDir({ 'secret.md': 'Our staff must not accept gifts. SECRET-OUTSIDE-ROOT' });
  const dir = tempDir({ 'policies/good.md': COVERED_TEXT, 'policies/sub/more.md': COVERED_TEXT });
  const root = join(dir, 'policies');
  symlinkSync(root, join(root, 'loop')); // a link to the root itself
  symlinkSync('..', join(root, 'sub', 'up')); // a link to a parent
  symlinkSync('self.md', join(root, 'self.md')); // a link to itself
  symlinkSync(outside, join(root, 'escape')); // a folder outside the root
  symlinkSync(join(outside, 'secret.md'), join(root, 'secret.md')); // a file outside the root
  symlinkSync('/etc', join(root, 'etc'));
  symlinkSync('nowhere.md', join(root, 'broken.md'));
  mkdirSync(join(root, 'locked'));
  fs.writeFileSync(join(root, 'locked', 'hidden.md'), COVERED_TEXT);

  it('reads every real file once, and names every trap with its kind', async () => {
    const { result, rows, report } = await files(dir, ['check', 'policies']);
    expect(rows).toEqual({
      'policies/good.md': null,
      'policies/sub/more.md': null,
      'policies/loop': 'symbolic link loop: it leads to a folder already being checked; skipped',
      'policies/sub/up': 'symbolic link loop: it leads to a folder already being checked; skipped',
      'policies/self.md': 'symbolic link loop: the link leads back to itself; skipped',
      'policies/escape': 'outside the folder: a symbolic link to a place outside the folder being checked; skipped',
      'policies/secret.md': 'outside the folder: a symbolic link to a place outside the folder being checked; skipped',
      'policies/etc': 'outside the folder: a symbolic link to a place outside the folder being checked; skipped',
      'policies/broken.md': 'broken symbolic link: it points to nothing; skipped',
      'policies/locked': 'unreadable folder: permission denied; its files were not checked',
    });
    expect(JSON.stringify(report)).not.toContain('SECRET-OUTSIDE-ROOT');
    expect(result.code).toBe(0);
  });

  it.skipIf(process.getuid?.() === 0)('reports a folder it may not read (chmod 000)', async () => {
    const tree = tempDir({ 'ok.md': COVERED_TEXT, 'closed/x.md': COVERED_TEXT });
    chmodSync(join(tree, 'closed'), 0);
    try {
      const { rows } = await files(tree, ['check', '.']);
      expect(rows).toMatchObject({ 'ok.md': null, closed: 'unreadable folder: permission denied; its files were not checked' });
    } finally {
      chmodSync(join(tree, 'closed'), 0o755);
    }
  });
});

describe('batch members that are links out of the batch folder', () => {
  const outside = tempDir({ 'policy.md': 'SECRET-OUTSIDE-BATCH gifts' });
  const dir = tempDir({ 'members/good/policy.md': COVERED_TEXT });
  symlinkSync(outside, join(dir, 'members', 'evil'));
  symlinkSync(join(outside, 'policy.md'), join(dir, 'members', 'evil-file.md'));
  symlinkSync(join(dir, 'members', 'good'), join(dir, 'members', 'alias'));

  it('are skipped with a message; members inside are checked', async () => {
    const { rows, report, result } = await files(dir, ['batch', 'members', '--jobs', '1']);
    expect(rows).toMatchObject({
      'members/evil': 'outside the folder: a symbolic link to a place outside the batch folder; skipped',
      'members/evil-file.md': 'outside the folder: a symbolic link to a place outside the batch folder; skipped',
      'members/good/policy.md': null,
      'members/alias/policy.md': null,
    });
    expect(JSON.stringify(report)).not.toContain('SECRET-OUTSIDE-BATCH');
    expect(result.stderr).toContain('policy-gap: evil: no document could be read (outside the folder');
  });
});

describe('ignore globs from a hostile config', () => {
  it('match in linear time: no glob turns into a backtracking regex', async () => {
    const name = `${'a'.repeat(60)}x.md`;
    const dir = tempDir({
      [name]: COVERED_TEXT,
      'drafts/old.md': 'draft',
      '.policygap.yaml': 'ignore: ["*a*a*a*a*a*a*a*a*a*a*a*a*b", "@(a+|a+)+c", "{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}z", "drafts/**"]\n',
    });
    const started = performance.now();
    const result = await runCli(['check', '.', '--rubric', MINI_ARGS[1], '--format', 'json'], { cwd: dir });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(JSON.parse(result.stdout).sets[0].files.map((f: Row) => [f.path, f.error])).toEqual([[name, null]]);
  });
});

describe('globMatcher keeps the glob forms people write', () => {
  it.each<[string, string, boolean]>([
    ['*.md', 'a.md', true], ['*.md', 'x/a.md', false], ['**/*.md', 'x/y/a.md', true], ['**/*.md', 'a.md', true],
    ['drafts/**', 'drafts/', true], ['drafts/**', 'drafts/a/b.md', true], ['drafts/**', 'other/a.md', false],
    ['*.{md,txt}', 'a.txt', true], ['*.{md,txt}', 'a.pdf', false], ['x?.md', 'xa.md', true], ['[ab].md', 'b.md', true],
    ['[!a].md', 'a.md', false], ['[!a].md', 'c.md', true], ['a/**/b', 'a/b', true], ['a/**/b', 'a/x/y/b', true],
    ['!*.md', 'a.md', false], ['!*.md', 'a.txt', true], ['a\\*b.md', 'a*b.md', true], ['a\\*b.md', 'axb.md', false],
    ['+(a|b).md', 'a.md', false], ['+(a|b).md', '+(a|b).md', true],
  ])('%s on %s: %s', (glob, path, expected) => {
    expect(globMatcher([glob])(path)).toBe(expected);
  });
});
