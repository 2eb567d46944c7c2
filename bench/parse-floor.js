#!/usr/bin/env node
/**
 * The parse floor: read every Markdown file under DIR and parse it with remark-parse into mdast,
 * single-threaded, nothing else. Prints {files, bytes, nodes, readMs, parseMs, totalMs} as JSON
 * (in-process timing; the benchmark also times the whole process from outside).
 *
 *   node bench/parse-floor.js DIR
 *   node bench/parse-floor.js DIR --parser markdown-it   (reference: markdown-it's token stream,
 *                                                          from bench/.tools, installed by run.js)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { markdownFiles } from './files.js';

const start = process.hrtime.bigint();
const root = process.argv[2];
const parser = process.argv.includes('--parser') ? process.argv[process.argv.indexOf('--parser') + 1] : 'remark-parse';
if (!root || root.startsWith('--')) {
  process.stderr.write('usage: node bench/parse-floor.js DIR [--parser remark-parse|markdown-it]\n');
  process.exit(2);
}

async function loadParser(name) {
  if (name === 'remark-parse') {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const processor = unified().use(remarkParse);
    return (text) => processor.parse(text);
  }
  if (name === 'markdown-it') {
    const tools = fileURLToPath(new URL('./.tools/', import.meta.url));
    const { default: MarkdownIt } = await import(pathToFileURL(createRequire(join(tools, 'x.js')).resolve('markdown-it')).href);
    const md = new MarkdownIt();
    // A token list, not a tree: wrap it so the node count below still walks something.
    return (text) => ({ children: md.parse(text, {}) });
  }
  throw new Error(`unknown parser ${name}`);
}
const parse = await loadParser(parser);

const files = markdownFiles(root);
let bytes = 0;
let nodes = 0;
let readNs = 0n;
let parseNs = 0n;
const count = (node) => {
  nodes++;
  if (node.children) for (const child of node.children) count(child);
};
for (const file of files) {
  const t0 = process.hrtime.bigint();
  const text = readFileSync(file, 'utf8');
  const t1 = process.hrtime.bigint();
  const tree = parse(text);
  const t2 = process.hrtime.bigint();
  count(tree); // keeps the tree live so the parse cannot be optimised away; not timed
  bytes += Buffer.byteLength(text);
  readNs += t1 - t0;
  parseNs += t2 - t1;
}
const ms = (ns) => Math.round(Number(ns) / 1e4) / 100;
process.stdout.write(
  `${JSON.stringify({ parser, files: files.length, bytes, nodes, readMs: ms(readNs), parseMs: ms(parseNs), totalMs: ms(process.hrtime.bigint() - start) })}\n`,
);
