/**
 * Output: never over an input (by any path that leads to it), never two formats into one file, and
 * the HTML report escapes every piece of document text, file name and rubric text.
 */
import { linkSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';
import { COVERED_TEXT, MINI, STACK_LINE } from './helpers.js';

const mini = readFileSync(MINI, 'utf8');

describe('never overwrites its own inputs', () => {
  const dir = tempDir({ 'policies/a.md': COVERED_TEXT, 'rubric.yaml': mini, '.policygap.yaml': 'rubric: rubric.yaml\n' });
  symlinkSync(join(dir, 'policies', 'a.md'), join(dir, 'link-to-a.json'));
  linkSync(join(dir, 'policies', 'a.md'), join(dir, 'hardlink-to-a.json'));
  linkSync(join(dir, 'rubric.yaml'), join(dir, 'hardlink-to-rubric.json'));

  const refused = async (args: string[], message: RegExp) => {
    const before = readdirSync(dir).sort();
    const result = await runCli(['check', 'policies', ...args], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(join(dir, 'policies', 'a.md'), 'utf8')).toBe(COVERED_TEXT);
    expect(readFileSync(join(dir, 'rubric.yaml'), 'utf8')).toBe(mini);
    expect(readdirSync(dir).sort()).toEqual(before);
  };

  it.each([
    ['a document, by its path', ['--output', 'policies/a.md']],
    ['a document, by another spelling of its path', ['--format', 'json=./policies/../policies/a.md']],
    ['a document, through a symbolic link', ['--format', 'json', '--output', 'link-to-a.json']],
    ['a document, through a hard link', ['--format', 'sarif=hardlink-to-a.json']],
    ['the rubric', ['--format', 'json=rubric.yaml']],
    ['the rubric, through a hard link', ['--format', 'json=hardlink-to-rubric.json']],
    ['the config', ['--format', 'json=.policygap.yaml']],
  ])('refuses to write over %s', async (_name, args) => {
    await refused(args, /^policy-gap: refusing to write \w+ output over an input file: .+\n {2}hint: write the report to a new file\n$/);
  });

  it('refuses to write over the baseline it compares with', async () => {
    const first = await runCli(['check', 'policies', '--format', 'json=baseline.json'], { cwd: dir });
    expect(first.stderr).toBe('');
    await refused(['--baseline', 'baseline.json', '--format', 'json=baseline.json'], /over an input file: .*baseline\.json/);
  });

  it('refuses two formats into one file', async () => {
    await refused(['--format', 'json=out.txt', '--format', 'csv=./out.txt'], /^policy-gap: the json and csv outputs would both be written to .*out\.txt\n {2}hint: give each format its own file\n$/);
  });
});

describe('the HTML report escapes all document text', () => {
  const NASTY = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(2)>',
    '"><svg onload=alert(3)>',
    "'><iframe src=javascript:alert(4)>",
    '</script><script>alert(5)</script>',
    '<!-- --><style>*{display:none}</style>',
    '\u2028\u2029 &amp; &lt;b&gt;',
  ].join(' ');
  const dir = tempDir({
    'policies/<img src=x onerror=alert(6)>.txt': `GIFTS <b onmouseover=alert(7)>

All services are free of charge ${NASTY} for everyone.

Staff must not accept gifts ${NASTY} from clients.
`,
    'rubric.yaml': mini.replace('title: Mini', 'title: "<script>alert(8)</script>"').replace('title: Gifts', 'title: "<img src=y onerror=alert(9)>"'),
  });

  it('as text: no element or attribute from the input survives', async () => {
    const result = await runCli(['check', 'policies', '--no-config', '--rubric', 'rubric.yaml', '--format', 'html', '--verbose'], { cwd: dir });
    expect(result.stderr).not.toMatch(STACK_LINE);
    const page = result.stdout;
    expect(page).toContain('Staff must not accept gifts');
    // The page's own two scripts: the data (JSON with < > & escaped) and the trusted code.
    const scripts = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(2);
    expect(scripts[0][1]).not.toMatch(/[<>]/);
    expect(scripts[0][1]).toContain('\\u003cscript\\u003ealert(1)');
    const markup = page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<style>[\s\S]*?<\/style>/, '');
    const tags = new Set([...markup.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase()));
    for (const tag of ['img', 'svg', 'iframe', 'b', 'script', 'style']) expect(tags.has(tag), `<${tag}> in the page`).toBe(false);
    expect(markup).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(markup).toContain('&lt;img src=x onerror=alert(6)&gt;.txt');
    expect(markup).toContain('&lt;script&gt;alert(8)&lt;/script&gt;');
    // The quotes are there, as text.
    expect(markup).toContain('&quot;&gt;&lt;svg onload=alert(3)&gt;');
  });

  it('in every other format the same text stays inert data (JSON parses, Markdown is escaped)', async () => {
    const json = await runCli(['check', 'policies', '--no-config', '--rubric', 'rubric.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout).sets[0].files[0].path).toBe('policies/<img src=x onerror=alert(6)>.txt');
    const markdown = await runCli(['check', 'policies', '--no-config', '--rubric', 'rubric.yaml', '--format', 'markdown', '--verbose'], { cwd: dir });
    expect(markdown.stdout).not.toMatch(/<(script|img|svg|iframe)\b/i);
    writeFileSync(join(dir, 'report.md'), markdown.stdout);
  });
});
