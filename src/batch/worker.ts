/**
 * Batch worker thread: checks each set it is sent, parsing every document itself. It is the unit
 * the batch stops: before each file it says which one it is reading, and the main thread terminates
 * it when that file runs past --timeout or the worker runs out of memory, then starts a new one
 * (run-batch.ts). So no reader thread is nested in it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { setReaderPlacement } from '../documents/read.js';
import { READER_MEMORY_EXIT } from '../documents/limits.js';
import { checkSet, type SetOptions, type SetSpec } from '../pipeline.js';
import { usePlans, type RubricPlan } from '../match/compile.js';
import type { Language } from '../match/stem.js';
import { seedTerms, type CompiledTerms } from '../match/terms.js';
import type { Rubric } from '../rubric/types.js';
import { memberResult, type Needs, type ReportContext } from './member-result.js';

export interface WorkerInit {
  /** The resolved rubric, as the main thread loaded it. */
  rubric: Rubric;
  options: Omit<SetOptions, 'rubric'>;
  needs: Needs;
  context: ReportContext;
  /** The terms the main thread has compiled (the shipped rubrics' come with the build), so each worker does not stem them again. */
  terms: { en: CompiledTerms; fr: CompiledTerms };
  /** The rubric's compiled phrase index, when the build made one: the worker rebuilds it without compiling terms. */
  plans?: Partial<Record<Language, RubricPlan>>;
}

/** Main -> worker: check this set; files already known to stop a worker get their error instead. */
export interface WorkerJob {
  index: number;
  spec: SetSpec;
  failed?: Record<number, string>;
}

/** Worker -> main. */
export type WorkerMessage =
  | { type: 'file'; index: number; file: number }
  | { type: 'done'; index: number; result: import('./member-result.js').MemberResult }
  | { type: 'error'; index: number; error: string };

// A parser that prints must not corrupt a report on standard output: whatever it writes is dropped.
process.stdout.write = () => true;
process.stderr.write = () => true;
// pdf.js leaves stray rejected promises on some malformed files; the read itself already failed.
process.on('unhandledRejection', () => undefined);

const init = workerData as WorkerInit;
const rubric = init.rubric;
seedTerms('en', init.terms.en);
seedTerms('fr', init.terms.fr);
if (init.plans) usePlans(rubric, init.plans);
setReaderPlacement('here');

// Buffers (pdf.js inflates streams into typed arrays) are outside the heap limit: stop the thread
// when they pass the same limit, as the reader thread does.
const memoryLimit = (init.options.limits.maxMemoryMb ?? 1024) * 1024 * 1024;
let reading = false;
setInterval(() => {
  if (reading && process.memoryUsage().arrayBuffers > memoryLimit) process.exit(READER_MEMORY_EXIT);
}, 50).unref();

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

// Sets arrive ahead of time (the main thread keeps this worker topped up) and are checked one
// after the other, in the order sent: the main thread reads every message as about the oldest.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (job: WorkerJob) => {
  queue = queue.then(() => check(job));
});

async function check(job: WorkerJob): Promise<void> {
  try {
    reading = true;
    const outcome = await checkSet(job.spec, {
      ...init.options,
      rubric,
      ...(job.failed ? { failed: job.failed } : {}),
      onFile: (file) => {
        reading = file >= 0;
        post({ type: 'file', index: job.index, file });
      },
    });
    reading = false;
    post({ type: 'done', index: job.index, result: memberResult(outcome, rubric, init.needs, init.context) });
  } catch (error) {
    reading = false;
    post({ type: 'error', index: job.index, error: (error as Error)?.message ?? String(error) });
  }
}
