/** Worker thread: loads the rubric once, then checks each set it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkSet, type SetSpec, type SetOptions } from '../pipeline.js';
import { loadRubric } from '../rubric/load.js';

export interface WorkerInit {
  rubric: string;
  cwd: string;
  options: Omit<SetOptions, 'rubric'>;
}

const init = workerData as WorkerInit;
const rubric = loadRubric(init.rubric, init.cwd);

parentPort?.on('message', async (message: { index: number; spec: SetSpec }) => {
  try {
    const result = await checkSet(message.spec, { ...init.options, rubric });
    parentPort?.postMessage({ index: message.index, result });
  } catch (error) {
    parentPort?.postMessage({ index: message.index, error: (error as Error)?.message ?? String(error) });
  }
});
