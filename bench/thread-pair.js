#!/usr/bin/env node
/**
 * What two threads buy on this machine for policy-gap's own work: read and match every Markdown
 * file under DIR (one set per file, the built dist/ modules), once in this thread alone, then in
 * this thread and a worker thread at the same time, each doing the whole corpus. Prints
 * {soloMs, pairMs: [main, worker], throughput} as JSON; throughput = 2 * solo / slower of the pair
 * (2.0 when two threads run as fast as one). A pure CPU loop runs at full speed in pairs here, so a
 * figure below 2 is the shared memory system, and it bounds what `batch --jobs 2` can gain.
 *
 *   node bench/thread-pair.js DIR
 */
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { markdownFiles } from './files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = (path) => new URL(`../dist/${path}`, import.meta.url).href;

/** Reads and matches every file, as the batch does per set; returns the milliseconds it took. */
async function pass(dir) {
  const { readDocumentFile, DEFAULT_LIMITS } = await import(dist('documents/read.js'));
  const { loadRubric } = await import(dist('rubric/load.js'));
  const { match } = await import(dist('match/match.js'));
  const rubric = loadRubric('ccr-ethical-principles', ROOT);
  const list = markdownFiles(dir);
  const started = performance.now();
  for (const file of list) {
    const outcome = await readDocumentFile(file, file, DEFAULT_LIMITS);
    if (outcome.document) match([outcome.document], rubric);
  }
  return performance.now() - started;
}

if (!isMainThread) {
  parentPort.postMessage(await pass(workerData.dir));
} else {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node bench/thread-pair.js DIR\n');
    process.exit(2);
  }
  // A warm-up pass in a worker, so the solo pass below does not pay for first reads of the files.
  const inWorker = () => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { dir } });
    return new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  };
  await inWorker();
  const soloMs = await inWorker();
  const [mainMs, workerMs] = await Promise.all([pass(dir), inWorker()]);
  const throughput = (2 * soloMs) / Math.max(mainMs, workerMs);
  process.stdout.write(`${JSON.stringify({ soloMs: Math.round(soloMs), pairMs: [Math.round(mainMs), Math.round(workerMs)], throughput: Math.round(throughput * 100) / 100 })}\n`);
  process.exit(0);
}
