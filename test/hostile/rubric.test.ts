/**
 * Hostile rubrics and configs: alias bombs, deep nesting, huge or special files, wrong types, code
 * tags, prototype keys, and patterns built to make a regex engine backtrack. Each is rejected with
 * file:line:column and a hint, or handled in linear time; none hangs, throws a stack or runs code.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';
import { COVERED_TEXT, MINI, STACK_LINE } from './helpers.js';

const mini = readFileSync(MINI, 'utf8');
const FREE_TERMS = '[[free of charge, free, no cost, "no fee", "no fees"]]';

/** The mini rubric with its first signal's terms replaced by `terms` (YAML flow text). */
const withTerms = (terms: string) => mini.replace(FREE_TERMS, `[[${terms}]]`);
// The line of the mini rubric that holds the replaced terms, for messages that cite it.
const TERMS_LINE = mini.slice(0, mini.indexOf(FREE_TERMS)).split('\n').length;

const LAUGHS = [
  'id: laughs',
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
  '',
].join('\n');

async function rejected(args: string[], cwd: string) {
  const started = performance.now();
  const result = await runCli(args, { cwd });
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(performance.now() - started).toBeLessThan(10_000);
  return result.stderr;
}

describe('hostile rubric files', () => {
  const dir = tempDir({
    'policy.md': COVERED_TEXT,
    'laughs.yaml': LAUGHS,
    'deep-flow.yaml': `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
    'deep-open.yaml': '{a: '.repeat(200_000),
    'deep-block.yaml': `${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`,
    'deep-compact.yaml': `${'- '.repeat(100_000)}x\n`,
    'alias-loop.yaml': 'a: &a [*a]\n',
    'wrong-types.yaml': mini.replace('version: 0.0.1', 'version: [1, 2]').replace(FREE_TERMS, '5'),
    'syntax.yaml': 'id: x\ntitle: [unclosed\n',
    'two-docs.yaml': `${mini}\n---\nid: second\n`,
    'proto.yaml': `__proto__: {polluted: true}\n${mini}`,
    'long-term.yaml': withTerms(`free, "${'a'.repeat(50_000)}"`),
    'long-term-newline.yaml': withTerms(`free, "${'a'.repeat(1_500_000)}\\n"`),
  });
  const fd = openSync(join(dir, 'huge.yaml'), 'w');
  ftruncateSync(fd, 3 * 1024 * 1024);
  closeSync(fd);
  mkdirSync(join(dir, 'folder.yaml'));
  execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
  const check = (rubric: string) => ['check', 'policy.md', '--no-config', '--rubric', rubric];

  it.each<[string, string, RegExp]>([
    ['a billion-laughs alias bomb', 'laughs.yaml', /^policy-gap: .*laughs\.yaml:3:\d+: Excessive alias count indicates a resource exhaustion attack\n  hint: YAML aliases \(\*name\) are limited to 100 expansions; write the values out\.\n$/],
    ['100,000 nested flow sequences', 'deep-flow.yaml', /^policy-gap: .*deep-flow\.yaml:1:65: nesting is deeper than 64 levels\n  hint: rubrics and configs nest a few levels; flatten the structure\n$/],
    ['200,000 unclosed flow maps', 'deep-open.yaml', /^policy-gap: .*deep-open\.yaml:1:\d+: nesting is deeper than 64 levels\n/],
    ['1,500 nested block maps', 'deep-block.yaml', /^policy-gap: .*deep-block\.yaml:65:65: nesting is deeper than 64 levels\n/],
    ['100,000 compact nested sequences', 'deep-compact.yaml', /^policy-gap: .*deep-compact\.yaml:1:129: nesting is deeper than 64 levels\n/],
    ['an alias that contains itself', 'alias-loop.yaml', /^policy-gap: .*alias-loop\.yaml:1:8: nesting is deeper than 64 levels \(through aliases\)\n  hint: an alias/],
    ['a 3 MB file', 'huge.yaml', /^policy-gap: .*huge\.yaml: file is 3072 KiB; the limit for rubric and config files is 2 MiB\n  hint: a rubric or config is a few hundred KiB at most; is this the right file\?\n$/],
    ['a folder', 'folder.yaml', /^policy-gap: cannot read rubric .*folder\.yaml: it is a folder\n  hint: give the path of a rubric \.yaml file\n$/],
    ['a named pipe', 'pipe.yaml', /^policy-gap: cannot read rubric .*pipe\.yaml: not a regular file\n/],
    ['/dev/zero', '/dev/zero', /^policy-gap: cannot read rubric \/dev\/zero: not a regular file\n/],
    ['wrong types', 'wrong-types.yaml', /^policy-gap: invalid rubric .*wrong-types\.yaml:\n {2}.*wrong-types\.yaml:3:1: "version" must be string\n {2}.*wrong-types\.yaml:\d+:\d+: "all" must be array\n {2}hint: rubric\/schema\.json .*`policy-gap rubric validate FILE`/],
    ['a syntax error', 'syntax.yaml', /^policy-gap: .*syntax\.yaml:\d+:\d+: invalid YAML: /],
    ['two documents in one file', 'two-docs.yaml', /^policy-gap: .*two-docs\.yaml:\d+:\d+: invalid YAML: Source contains multiple documents/],
    ['a __proto__ key', 'proto.yaml', /^policy-gap: invalid rubric .*proto\.yaml:\n {2}.*proto\.yaml:1:1: unknown field "__proto__"/],
    ['a 50,000-letter term', 'long-term.yaml', new RegExp(`^policy-gap: invalid rubric .*long-term\\.yaml:\\n {2}.*long-term\\.yaml:${TERMS_LINE}:\\d+: "1" must NOT have more than 200 characters\\n {2}hint`)],
  ])('rejects %s with file:line:column and a hint', async (_name, file, message) => {
    const stderr = await rejected(check(file), dir);
    expect(stderr).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('checks a 1.5 million character term against the schema in linear time (the pattern cannot backtrack)', async () => {
    // The old pattern ^[^\n]*[letter][^\n]*$ was quadratic on "aaa...a\n": hours for this file.
    const stderr = await rejected(check('long-term-newline.yaml'), dir);
    expect(stderr).toMatch(/"1" must NOT have more than 200 characters\n .*"1" does not have the expected form/);
  });
});

describe('terms that look like regular expressions are words, matched in linear time', () => {
  const longDoc = `${COVERED_TEXT} ${'a '.repeat(200_000)}${'(a+)+$ '.repeat(20_000)}!`;
  const dir = tempDir({
    'policy.md': longDoc,
    'regex.yaml': withTerms('free of charge, "(a+)+$", "^(a|a)*$", "(.*a){20}", "a{1000000}", "[[:alpha:]]*", "\\\\1\\\\1", "(?=a)", "a**"'),
    'many-words.yaml': withTerms(`free of charge, "${Array(99).fill('a').join(' ')}"`),
    'tagged.yaml': mini.replace('title: Mini', 'title: !!js/function "function () { globalThis.pwned = true }"'),
  });

  it.each(['regex.yaml', 'many-words.yaml'])('%s: no catastrophic backtracking on 200,000 "a"s', async (file) => {
    const started = performance.now();
    const result = await runCli(['check', 'policy.md', '--no-config', '--rubric', file, '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).sets[0].elements.map((e: { status: string }) => e.status)).toEqual(['covered', 'covered']);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('a !!js/function tag is only a string: nothing runs', async () => {
    const result = await runCli(['rubric', 'show', 'tagged.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('title: function () { globalThis.pwned = true }');
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });
});

describe('hostile config files (.policygap.yaml comes with the pull request)', () => {
  it.each<[string, string, RegExp]>([
    ['an alias bomb', LAUGHS, /^policy-gap: .*\.policygap\.yaml:3:\d+: Excessive alias count/],
    ['deep nesting', `notApplicable: ${'['.repeat(50_000)}\n`, /^policy-gap: .*\.policygap\.yaml:1:\d+: nesting is deeper than 64 levels\n/],
    ['a __proto__ key', '__proto__: {polluted: true}\n', /^policy-gap: invalid config .*\.policygap\.yaml:\n {2}.*\.policygap\.yaml:1:1: unknown field "__proto__"\n {2}hint: rubric\/config\.schema\.json/],
    ['a rubric path that is a device', 'rubric: /dev/zero\n', /^policy-gap: cannot read rubric \/dev\/zero: not a regular file\n/],
    ['wrong types', 'failOn: 3\nignore: {a: 1}\n', /^policy-gap: invalid config .*\n {2}.*\.policygap\.yaml:1:1: "failOn" must be/],
  ])('rejects %s', async (_name, config, message) => {
    const dir = tempDir({ '.policygap.yaml': config, 'policy.md': COVERED_TEXT });
    const stderr = await rejected(['check', 'policy.md'], dir);
    expect(stderr).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
