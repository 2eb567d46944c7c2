/**
 * Reader thread: parses one document at a time for read.ts. Its heap is capped by the thread's
 * resourceLimits; buffers (pdf.js inflates streams into typed arrays) are outside that cap, so a
 * watchdog stops the thread when they pass the same limit. read.ts terminates the thread on timeout.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseDocument, type ReaderOptions } from './load.js';
import { READER_MEMORY_EXIT } from './limits.js';
import type { DocumentFormat } from './types.js';

interface Job {
  id: number;
  path: string;
  format: DocumentFormat;
  bytes: Uint8Array;
  options: ReaderOptions;
}

// A parser that prints must not corrupt a report on standard output: whatever it writes is dropped.
process.stdout.write = () => true;
process.stderr.write = () => true;

// pdf.js leaves stray rejected promises on some malformed files; the job itself already failed.
process.on('unhandledRejection', () => undefined);

const { memoryMb } = workerData as { memoryMb: number };
const limit = memoryMb * 1024 * 1024;

parentPort?.on('message', async (job: Job) => {
  const watchdog = setInterval(() => {
    if (process.memoryUsage().arrayBuffers > limit) process.exit(READER_MEMORY_EXIT);
  }, 50);
  try {
    const document = await parseDocument({ path: job.path, bytes: job.bytes }, job.format, job.options);
    parentPort?.postMessage({ id: job.id, document });
  } catch (error) {
    const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
    parentPort?.postMessage({ id: job.id, error: { name: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? message : String(error) } });
  } finally {
    clearInterval(watchdog);
  }
});
