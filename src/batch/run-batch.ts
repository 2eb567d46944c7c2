/**
 * Many sets, checked in parallel: `--jobs N` is this thread plus N - 1 worker threads. Each
 * member's result is handed to `onResult` in input order as soon as it and every member before it
 * are done (a small reorder buffer), so the caller can write it out and keep only what it needs:
 * memory stays flat in the batch size.
 *
 * A worker parses its documents itself and is the unit that gets stopped: it reports each file it
 * starts, and a file that runs past --timeout or makes the worker run out of memory gets that error
 * while the worker is terminated and replaced; its set is then checked again without that file.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { memoryMessage, timeoutMessage } from '../documents/read.js';
import { DEFAULT_MAX_MEMORY_MB, MAX_TIMER_MS, READER_MEMORY_EXIT } from '../documents/limits.js';
import { plansFor } from '../match/compile.js';
import { exportTerms } from '../match/terms.js';
import { checkSet, type SetOptions, type SetSpec } from '../pipeline.js';
import { memberResult, type MemberResult, type Needs, type ReportContext, type SetOutcome } from './member-result.js';
import type { WorkerInit, WorkerJob, WorkerMessage } from './worker.js';

export type { SetOutcome } from './member-result.js';

export interface BatchOptions {
  jobs: number;
  setOptions: SetOptions;
  needs: Needs;
  context: ReportContext;
  onProgress?: (done: number, total: number) => void;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Checks every set; `onResult` gets them in input order. */
export async function runBatch(specs: SetSpec[], options: BatchOptions, onResult: (index: number, result: MemberResult) => void): Promise<void> {
  const waiting = new Map<number, MemberResult>();
  let nextOut = 0;
  let done = 0;
  const finish = (index: number, result: MemberResult) => {
    waiting.set(index, result);
    while (waiting.has(nextOut)) {
      const ready = waiting.get(nextOut)!;
      waiting.delete(nextOut);
      onResult(nextOut++, ready);
    }
    options.onProgress?.(++done, specs.length);
  };
  const { rubric } = options.setOptions;
  // Threads cost ~50 ms each to start; a small batch or --jobs 1 runs in this thread.
  const jobs = Math.min(options.jobs, specs.length);
  if (jobs <= 1 || specs.length < 4) {
    for (const [index, spec] of specs.entries()) finish(index, memberResult(await safeCheck(spec, options.setOptions), rubric, options.needs, options.context));
    return;
  }
  const { rubric: _rubric, ...rest } = options.setOptions;
  const plans = plansFor(rubric);
  const init: WorkerInit = {
    rubric,
    options: rest,
    needs: options.needs,
    context: options.context,
    terms: { en: exportTerms('en'), fr: exportTerms('fr') },
    ...(plans ? { plans } : {}),
  };
  let next = 0;
  const take = () => (next < specs.length ? next++ : undefined);
  // This thread is one of the lanes: it is warm already (rubric loaded, code compiled), where a
  // worker pays its start-up again, and it would otherwise sit idle waiting for results. It reads
  // as `--jobs 1` does (files that could run long go to the reader thread, see documents/read.ts).
  const local = async () => {
    for (let index = take(); index !== undefined; index = take()) {
      finish(index, memberResult(await safeCheck(specs[index], options.setOptions), rubric, options.needs, options.context));
      // Let the workers' results and requests for work in between two sets.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const lanes = Array.from({ length: jobs - 1 }, () => new Lane(init, options.setOptions.limits, specs, take, finish).run());
  await Promise.all([local(), ...lanes]);
}

/** Sets a worker holds at once: one it checks and one queued, so it never waits for this thread. */
const DEPTH = 2;

interface Pending {
  index: number;
  failed: Record<number, string>;
}

/**
 * One worker and the sets it checks, in order, DEPTH at a time. The worker is replaced whenever it
 * has to be stopped: the set it was on is sent again to the new one with the offending file marked
 * failed, and the sets queued behind it are sent again as they were.
 */
class Lane {
  private worker?: Worker;
  private readonly memoryMb: number;
  private readonly pending: Pending[] = [];
  /** The file the worker said it is reading, for the set at the head of `pending`. */
  private file = -1;
  private timer: NodeJS.Timeout | undefined;
  private done: () => void = () => undefined;

  constructor(
    private readonly init: WorkerInit,
    private readonly limits: SetOptions['limits'],
    private readonly specs: SetSpec[],
    private readonly take: () => number | undefined,
    private readonly finish: (index: number, result: MemberResult) => void,
  ) {
    this.memoryMb = Math.max(16, Math.round(limits.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB));
  }

  run(): Promise<void> {
    return new Promise((resolve) => {
      this.done = resolve;
      this.fill();
    });
  }

  /** Tops the worker up to DEPTH sets; ends the lane when nothing is left. */
  private fill(): void {
    while (this.pending.length < DEPTH) {
      const index = this.take();
      if (index === undefined) break;
      const job: Pending = { index, failed: {} };
      this.pending.push(job);
      this.send(job);
    }
    if (this.pending.length === 0) {
      const worker = this.worker;
      this.worker = undefined;
      void (worker ? worker.terminate().catch(() => undefined).then(this.done) : this.done());
    }
  }

  private send(job: Pending): void {
    const worker = (this.worker ??= this.spawn());
    const message: WorkerJob = { index: job.index, spec: this.specs[job.index], ...(Object.keys(job.failed).length > 0 ? { failed: job.failed } : {}) };
    worker.postMessage(message);
  }

  private spawn(): Worker {
    const worker = new Worker(workerUrl(), {
      workerData: this.init,
      // Room for the document being read (--max-memory-mb) on top of the rubric and its index.
      // A bigger stack than the default: parsers recurse per nesting level (as on the reader thread).
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb + 64, stackSizeMb: 64 },
    });
    worker.on('message', (message: WorkerMessage) => {
      if (worker === this.worker) this.onMessage(message);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (worker === this.worker) this.stop(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? memoryMessage(this.memoryMb) : `reader crashed: ${error.message}`);
    });
    worker.on('exit', (code: number) => {
      if (worker === this.worker) this.stop(code === READER_MEMORY_EXIT ? memoryMessage(this.memoryMb) : `reader crashed: it stopped with exit code ${code}`);
    });
    return worker;
  }

  // The worker checks its sets in the order sent, so every message is about the head of `pending`.
  private onMessage(message: WorkerMessage): void {
    const head = this.pending[0];
    if (!head || message.index !== head.index) return;
    clearTimeout(this.timer);
    if (message.type === 'file') {
      this.file = message.file;
      const { timeoutMs } = this.limits;
      if (this.file >= 0 && timeoutMs > 0 && timeoutMs < MAX_TIMER_MS) this.timer = setTimeout(() => this.stop(timeoutMessage(timeoutMs)), timeoutMs);
      return;
    }
    this.pending.shift();
    this.file = -1;
    this.finish(head.index, message.type === 'done' ? message.result : this.failedResult(head.index, message.error));
    this.fill();
  }

  private failedResult(index: number, error: string): MemberResult {
    return memberResult(failedSet(this.specs[index], error), this.init.rubric, this.init.needs, this.init.context);
  }

  /** The worker has to go (a file ran too long, memory ran out, it crashed): replace it, send its sets again. */
  private stop(error: string): void {
    clearTimeout(this.timer);
    const worker = this.worker;
    this.worker = undefined;
    worker?.terminate().catch(() => undefined);
    const head = this.pending[0];
    if (head) {
      // Stopped while reading a file: that file fails, the rest of the set is checked again.
      if (this.file >= 0 && head.failed[this.file] === undefined) {
        head.failed[this.file] = error;
      } else {
        this.pending.shift();
        this.finish(head.index, this.failedResult(head.index, error));
      }
    }
    this.file = -1;
    for (const job of this.pending) this.send(job);
    this.fill();
  }
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
