// Build step: bundles the CLI's own compiled modules (dist/**, ~55 files) into a few files in
// dist/bundle/, which bin/policy-gap.js runs. Node's ES module loader pays per file (resolve, stat,
// read, compile): one bundle instead of 55 modules saves ~20 ms of every cold start (BENCHMARKS.md).
// npm packages stay external (loaded from node_modules as usual), and every dynamic import stays
// a separate chunk, so formats and readers a run does not use are still never loaded.
// The bundle sits two folders deep like the modules it replaces, so their relative URLs (the
// rubric folder, the rubric cache, package.json) resolve the same; the worker entries keep their
// names because the modules that start them look for './worker.js' and './read-worker.js' next to
// themselves.
import { readdirSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { build } from 'esbuild';

const result = await build({
  entryPoints: {
    process: 'dist/cli/process.js',
    worker: 'dist/batch/worker.js',
    'read-worker': 'dist/documents/read-worker.js',
  },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
  metafile: true,
});

// markdown-it is loaded with require() when a Markdown file is read (src/documents/readers/markdown.ts).
// Its CommonJS build and its dependencies (entities, linkify-it, mdurl, uc.micro, punycode) are a
// dozen files; as one file it loads ~5 ms faster on every cold check. The bundle keeps their
// licence comments.
await build({
  stdin: { contents: "module.exports = require('markdown-it');", resolveDir: process.cwd(), loader: 'js' },
  outfile: 'dist/vendor/markdown-it.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});

// Chunk names carry a content hash: remove the chunks of earlier builds (after writing, so a run
// that starts meanwhile still finds every file it imports).
const written = new Set(Object.keys(result.metafile.outputs).map((path) => basename(path)));
for (const name of readdirSync('dist/bundle')) if (!written.has(name)) rmSync(`dist/bundle/${name}`);
