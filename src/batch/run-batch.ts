/** Many sets, checked in parallel on worker threads; results come back in input order. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkSet, type SetOptions, type SetSpec } from '../pipeline.js';
import type { SetInput } from '../report/build.js';
import type { WorkerInit } from './worker.js';

export type SetOutcome = SetInput & { documents: number };

export interface BatchOptions {
  jobs: number;
  rubricRef: string;
  cwd: string;
  setOptions: SetOptions;
  onProgress?: (done: number, total: number) => void;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function runBatch(specs: SetSpec[], options: BatchOptions): Promise<SetOutcome[]> {
  const results = new Array<SetOutcome>(specs.length);
  let done = 0;
  const finish = (index: number, outcome: SetOutcome) => {
    results[index] = outcome;
    options.onProgress?.(++done, specs.length);
  };
  // Threads cost ~50 ms each to start; a small batch or --jobs 1 runs in this thread.
  const jobs = Math.min(options.jobs, specs.length);
  if (jobs <= 1 || specs.length < 4) {
    for (const [index, spec] of specs.entries()) finish(index, await safeCheck(spec, options.setOptions));
    return results;
  }
  const { rubric: _rubric, ...rest } = options.setOptions;
  const init: WorkerInit = { rubric: options.rubricRef, cwd: options.cwd, options: rest };
  const workers = Array.from({ length: jobs }, () => new Worker(workerUrl(), { workerData: init }));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= specs.length) return resolve();
              const index = next++;
              worker.postMessage({ index, spec: specs[index] });
            };
            worker.on('message', (message: { index: number; result?: SetOutcome; error?: string }) => {
              finish(message.index, message.result ?? failedSet(specs[message.index], message.error ?? 'unknown error'));
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

// Workers run compiled JavaScript; when this module runs from TypeScript source (the test
// runner), the worker comes from dist/, which `npm test` builds first.
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/batch/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url);
}

async function safeCheck(spec: SetSpec, options: SetOptions): Promise<SetOutcome> {
  try {
    return await checkSet(spec, options);
  } catch (error) {
    return failedSet(spec, (error as Error)?.message ?? String(error));
  }
}

// A set that failed as a whole keeps its place in the report, with the error on its files.
function failedSet(spec: SetSpec, error: string): SetOutcome {
  return {
    id: spec.id,
    files: [...(spec.skipped ?? []), ...spec.files.map((f) => ({ path: f.display, format: null, error }))],
    results: [],
    problems: [`the set could not be checked: ${error}`],
    documents: 0,
  };
}
