/**
 * The built binary (`node bin/policy-gap.js`), run as a process: hard per-file timeouts and memory
 * limits on the reader thread, Ctrl-C leaving no half-written report, no network access, nothing
 * written outside stdout/stderr and --output, no stack traces unless --debug.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';
import { COVERED_TEXT, ensureBuilt, handDocx, MINI_ARGS, pagesPdf, pdfFlateBomb, ROOT, runBin, STACK_LINE } from './helpers.js';

beforeAll(() => ensureBuilt(), 120_000);

const errors = (stdout: string) =>
  Object.fromEntries((JSON.parse(stdout).sets as { files: { path: string; error: string | null }[] }[]).flatMap((s) => s.files.map((f) => [f.path, f.error])));

describe('the reader thread stops what a timer in the same thread could not', () => {
  it('a document that makes the Markdown parser spin is stopped at --timeout; the others are read', async () => {
    // 3,000 list levels: micromark needs minutes, all synchronous.
    const nested = `- a\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 * i + 2)}- a`).join('\n')}\n`;
    const dir = tempDir({ 'a-good.md': COVERED_TEXT, 'nested.md': nested, 'z-good.txt': COVERED_TEXT });
    const result = await runBin(['check', '.', ...MINI_ARGS, '--format', 'json', '--timeout', '2'], { cwd: dir, killAfterMs: 30_000 });
    expect(errors(result.stdout)).toEqual({ 'a-good.md': null, 'nested.md': 'timeout: took longer than 2 s to read (raise it with --timeout)', 'z-good.txt': null });
    expect(result.code).toBe(0);
    expect(result.ms).toBeLessThan(12_000);
    expect(result.stderr).toBe('');
  }, 40_000);

  it('a 900 KB Markdown file whose parse needs gigabytes is stopped at --max-memory-mb, not the process', async () => {
    const dir = tempDir({ 'a-good.md': COVERED_TEXT, 'swell.md': 'a\n\n'.repeat(300_000), 'z-good.md': COVERED_TEXT });
    const result = await runBin(['check', '.', ...MINI_ARGS, '--format', 'json', '--max-memory-mb', '256'], { cwd: dir, killAfterMs: 60_000 });
    expect(errors(result.stdout)).toEqual({ 'a-good.md': null, 'swell.md': 'out of memory: reading it needed more than 256 MB (raise it with --max-memory-mb)', 'z-good.md': null });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/FATAL|heap/i);
  }, 70_000);

  it('a PDF whose content stream inflates to 600 MB is stopped by the buffer watchdog', async () => {
    const bomb = await pdfFlateBomb(600);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const dir = tempDir({ 'a-good.md': COVERED_TEXT, 'bomb.pdf': bomb });
    const result = await runBin(['check', '.', ...MINI_ARGS, '--format', 'json', '--max-memory-mb', '128'], { cwd: dir, killAfterMs: 60_000 });
    expect(errors(result.stdout)).toEqual({ 'a-good.md': null, 'bomb.pdf': 'out of memory: reading it needed more than 128 MB (raise it with --max-memory-mb)' });
    expect(result.code).toBe(0);
  }, 70_000);
});

describe('Ctrl-C', () => {
  it('interrupting a long batch that writes --output leaves no report and no temporary file', async () => {
    const dir = tempDir();
    const paragraph = 'Staff should avoid conflicts of interest where possible, and we try to keep personal information confidential. ';
    for (let m = 0; m < 30; m++) {
      mkdirSync(join(dir, 'members', `member-${m}`), { recursive: true });
      writeFileSync(join(dir, 'members', `member-${m}`, 'policy.md'), `# Policy ${m}\n\n${paragraph.repeat(4000)}\n`);
    }
    const result = await runBin(['batch', 'members', '--no-config', '--format', 'json', '--output', 'out/report.json', '--jobs', '2'], {
      cwd: dir,
      killAfterMs: 60_000,
      onSpawn: (child) => setTimeout(() => child.kill('SIGINT'), 2500),
    });
    expect(String(result.signal ?? result.code)).toMatch(/^(SIGINT|130)$/);
    const left = existsUnder(dir).filter((path) => !path.startsWith('members/'));
    expect(left).toEqual([]);
  }, 70_000);

  it('a run that is not interrupted writes the whole report', async () => {
    const dir = tempDir({ 'p.md': COVERED_TEXT });
    const result = await runBin(['check', 'p.md', ...MINI_ARGS, '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).schemaVersion).toBe(1);
    expect(existsUnder(dir).sort()).toEqual(['p.md', 'report.json']);
  });
});

function existsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

describe('no network access, no writes outside the outputs', () => {
  it('no module in dist/ imports a network module or calls fetch', () => {
    const offenders: string[] = [];
    const scan = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) scan(path);
        else if (entry.name.endsWith('.js')) {
          const code = readFileSync(path, 'utf8');
          const network = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"](?:node:)?(?:http|https|http2|net|tls|dns|dgram|undici)(?:\/[^'"]*)?['"]|\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b/;
          if (network.test(code)) offenders.push(relative(ROOT, path));
        }
      }
    };
    scan(join(ROOT, 'dist'));
    expect(statSync(join(ROOT, 'dist', 'cli', 'main.js')).isFile()).toBe(true);
    expect(offenders).toEqual([]);
  });

  it('reading HTML, Markdown, DOCX and PDF full of external references attempts no connection and writes nothing', async () => {
    const url = 'http://127.0.0.1:9';
    const home = tempDir();
    const tmp = tempDir();
    const dir = tempDir({
      'page.html': `<!DOCTYPE html><html><head><base href="${url}/"><link rel="stylesheet" href="${url}/a.css"><script src="${url}/a.js"></script>
<meta http-equiv="refresh" content="0;url=${url}/r"><style>@import url(${url}/b.css); body { background: url(${url}/bg.png) }</style></head>
<body><main><p>${COVERED_TEXT}</p><img src="${url}/i.png" srcset="${url}/i2.png 2x"><iframe src="${url}/f"></iframe><object data="${url}/o"></object>
<video poster="${url}/v.png" src="${url}/v.mp4"></video><svg><image href="${url}/s.png"/></svg><a href="${url}/l">link</a></main></body></html>`,
      'notes.md': `${COVERED_TEXT}\n\n![x](${url}/m.png)\n\n<img src="${url}/raw.png">\n\n[ref]: ${url}/ref\n`,
      'xxe.docx': handDocx([COVERED_TEXT], {
        xmlPrefix: `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY ext SYSTEM "${url}/entity"><!ENTITY passwd SYSTEM "file:///etc/passwd">]>`,
        bodyExtra: '<w:p><w:r><w:t>&ext;&passwd;</w:t></w:r></w:p>',
      }),
      'linked.docx': handDocx([COVERED_TEXT], {
        bodyExtra: '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:link="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r><w:hyperlink r:id="rIdLink"><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>',
        relationships: `<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${url}/d.png" TargetMode="External"/><Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${url}/h" TargetMode="External"/><Relationship Id="rIdFile" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/>`,
      }),
      'plain.docx': handDocx([COVERED_TEXT], {
        bodyExtra: '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:link="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>',
        relationships: `<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${url}/d.png" TargetMode="External"/>`,
      }),
      'actions.pdf': pagesPdf(1, 'All services are free of charge. Staff must not accept gifts from clients.',
        `/OpenAction << /S /JavaScript /JS (app.launchURL\\("${url}/js"\\); this.submitForm\\("${url}/s"\\)) >> /URI << /Base (${url}/) >> /AA << /WC << /S /Launch /F (/bin/sh) >> >> /Names << /JavaScript << /Names [(x) << /S /JavaScript /JS (require\\("child_process"\\)) >>] >> >>`),
    });
    const log = join(tmp, 'network.log');
    const preload = join(tmp, 'no-network.cjs');
    writeFileSync(preload, NO_NETWORK);
    const before = snapshot(dir);
    const result = await runBin(['check', '.', ...MINI_ARGS, '--format', 'json'], {
      cwd: dir,
      env: { NODE_OPTIONS: `--require ${preload}`, POLICY_GAP_NET_LOG: log, HOME: home, TMPDIR: tmp, TMP: tmp, TEMP: tmp },
    });
    // The trap was armed in the main thread and in the reader thread, and nothing tripped it.
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toContain('trap armed (main)');
    expect(lines).toContain('trap armed (worker)');
    expect(lines.filter((line) => !line.startsWith('trap armed'))).toEqual([]);
    expect(result.stderr).toBe('');
    const files = errors(result.stdout);
    expect(files).toMatchObject({ 'page.html': null, 'notes.md': null, 'linked.docx': null, 'plain.docx': null, 'actions.pdf': null });
    // External entities are neither fetched nor read from disk: the XML parser refuses the document.
    expect(files['xxe.docx']).toMatch(/^not a valid DOCX file: .*entity not found/);
    expect(result.stdout).not.toContain('root:');
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(home)).toEqual([]);
    expect(readdirSync(tmp).sort()).toEqual(['network.log', 'no-network.cjs']);
  }, 60_000);

  it('the trap itself works: a fetch under it is logged', async () => {
    const tmp = tempDir();
    const log = join(tmp, 'network.log');
    writeFileSync(join(tmp, 'no-network.cjs'), NO_NETWORK);
    const { spawnSync } = await import('node:child_process');
    spawnSync(process.execPath, ['-e', 'fetch("http://127.0.0.1:9").catch(() => {})'], { env: { NODE_OPTIONS: `--require ${join(tmp, 'no-network.cjs')}`, POLICY_GAP_NET_LOG: log } });
    expect(readFileSync(log, 'utf8')).toContain('NETWORK ATTEMPT: fetch');
  });
});

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(existsUnder(dir).map((path) => [path, readFileSync(join(dir, path)).toString('base64')]));
}

// Loaded into every thread with NODE_OPTIONS=--require: any connection attempt is logged and fails.
const NO_NETWORK = `
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const log = (line) => appendFileSync(process.env.POLICY_GAP_NET_LOG, line + '\\n');
const trap = (what) => function () { log('NETWORK ATTEMPT: ' + what); throw new Error('network access is forbidden: ' + what); };
const modules = { net: ['connect', 'createConnection'], tls: ['connect'], http: ['request', 'get'], https: ['request', 'get'], http2: ['connect'], dgram: ['createSocket'], dns: ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'] };
for (const [name, fns] of Object.entries(modules)) {
  const mod = require('node:' + name);
  for (const fn of fns) mod[fn] = trap(name + '.' + fn);
}
require('node:net').Socket.prototype.connect = trap('net.Socket.prototype.connect');
require('node:dns').promises.lookup = trap('dns.promises.lookup');
globalThis.fetch = trap('fetch');
globalThis.WebSocket = trap('WebSocket');
require('node:module').syncBuiltinESMExports();
log('trap armed (' + (isMainThread ? 'main' : 'worker') + ')');
`;

describe('messages, not stack traces', () => {
  it.each([
    ['a missing path', ['check', 'no/such/file.md', '--no-config']],
    ['an unknown rubric', ['check', '.', '--rubric', 'nope', '--no-config']],
    ['a bad option value', ['check', '.', '--max-pages', 'many', '--no-config']],
    ['an output under a file', ['check', 'package.json', '--no-config', '--output', 'package.json/report.json']],
    ['empty standard input', ['check', '-', '--no-config']],
  ])('%s: one message, exit 2, no stack; --debug shows the cause', async (_name, args) => {
    const plain = await runBin(args);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/^policy-gap: /);
    expect(plain.stderr).not.toMatch(STACK_LINE);
    const debug = await runBin([...args, '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr.split('\n')[0]).toBe(plain.stderr.split('\n')[0]);
  });

  it('--debug prints the stack of the cause behind a user error (the failed write)', async () => {
    const debug = await runBin(['check', 'package.json', '--no-config', '--output', 'package.json/report.json', '--debug']);
    expect(debug.stderr).toMatch(/^policy-gap: cannot write .*report\.json: (ENOTDIR|EEXIST)\n/);
    expect(debug.stderr).toMatch(STACK_LINE);
  });

  it('a closed output pipe (`| head`) ends the run quietly', async () => {
    const result = await runBin(['check', 'fixtures/sample', '--no-config', '--format', 'json', '--fail-on', 'never'], { onSpawn: (child) => child.stdout?.destroy() });
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toMatch(/EPIPE/);
    expect(result.code).toBe(0);
  });

  it('an internal error (standard input failing with EIO) says so, and --debug shows its stack', async () => {
    const eio = () => Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', errno: -5, syscall: 'read' }));
    const plain = await runCli(['check', '-', '--no-config'], { readStdin: eio });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe('policy-gap: internal error: EIO: i/o error, read\n  (run again with --debug for the stack trace, and please report it)\n');
    const debug = await runCli(['check', '-', '--no-config', '--debug'], { readStdin: eio });
    expect(debug.stderr).toMatch(/^policy-gap: internal error: EIO: i\/o error, read\nError: EIO: i\/o error, read\n\s+at /);
  });
});
