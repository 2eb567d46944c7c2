/**
 * Many sets, checked in parallel on worker threads. Each member's result is handed to `onResult`
 * in input order as soon as it and every member before it are done (a small reorder buffer), so
 * the caller can write it out and keep only what it needs: memory stays flat in the batch size.
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
  await Promise.all(Array.from({ length: jobs }, () => new Lane(init, options.setOptions.limits).run(specs, () => (next < specs.length ? next++ : undefined), finish)));
}

/**
 * One worker and the sets it checks, one at a time. The worker is replaced whenever it has to be
 * stopped; the set it was on is sent again to the new one, with the offending file marked failed.
 */
class Lane {
  private worker?: Worker;
  private readonly memoryMb: number;

  constructor(
    private readonly init: WorkerInit,
    private readonly limits: SetOptions['limits'],
  ) {
    this.memoryMb = Math.max(16, Math.round(limits.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB));
  }

  async run(specs: SetSpec[], take: () => number | undefined, finish: (index: number, result: MemberResult) => void): Promise<void> {
    try {
      for (let index = take(); index !== undefined; index = take()) finish(index, await this.check(index, specs[index]));
    } finally {
      await this.worker?.terminate();
    }
  }

  private spawn(): Worker {
    const worker = new Worker(workerUrl(), {
      workerData: this.init,
      // Room for the document being read (--max-memory-mb) on top of the rubric and its index.
      // A bigger stack than the default: parsers recurse per nesting level (as on the reader thread).
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb + 64, stackSizeMb: 64 },
    });
    // Between sets nobody else listens: a worker that dies then is replaced at the next set.
    worker.on('error', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    return worker;
  }

  private async check(index: number, spec: SetSpec): Promise<MemberResult> {
    const failed: Record<number, string> = {};
    for (;;) {
      const attempt = await this.attempt({ index, spec, ...(Object.keys(failed).length > 0 ? { failed } : {}) });
      if ('result' in attempt) return attempt.result;
      // Stopped while reading a file: that file fails, the rest of the set is checked again.
      if (attempt.file >= 0 && failed[attempt.file] === undefined) {
        failed[attempt.file] = attempt.error;
        continue;
      }
      return memberResult(failedSet(spec, attempt.error), this.init.rubric, this.init.needs, this.init.context);
    }
  }

  private attempt(job: WorkerJob): Promise<{ result: MemberResult } | { file: number; error: string }> {
    const worker = (this.worker ??= this.spawn());
    const { timeoutMs } = this.limits;
    const limited = timeoutMs > 0 && timeoutMs < MAX_TIMER_MS;
    return new Promise((resolve) => {
      let file = -1;
      let timer: NodeJS.Timeout | undefined;
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      // Terminating stops even a parser stuck in synchronous code; the next attempt gets a fresh worker.
      const stop = (error: string) => {
        cleanup();
        if (this.worker === worker) this.worker = undefined;
        worker.terminate().catch(() => undefined);
        resolve({ file, error });
      };
      const onMessage = (message: WorkerMessage) => {
        if (message.index !== job.index) return;
        if (message.type === 'file') {
          clearTimeout(timer);
          file = message.file;
          if (file >= 0 && limited) timer = setTimeout(() => stop(timeoutMessage(timeoutMs)), timeoutMs);
          return;
        }
        cleanup();
        resolve(message.type === 'done' ? { result: message.result } : { result: memberResult(failedSet(job.spec, message.error), this.init.rubric, this.init.needs, this.init.context) });
      };
      const onError = (error: Error & { code?: string }) => stop(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? memoryMessage(this.memoryMb) : `reader crashed: ${error.message}`);
      const onExit = (code: number) => stop(code === READER_MEMORY_EXIT ? memoryMessage(this.memoryMb) : `reader crashed: it stopped with exit code ${code}`);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
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
