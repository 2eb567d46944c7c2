// `npm run build`, and what the tests run when dist/ is older than src/: compile the TypeScript,
// cache the shipped rubrics (scripts/cache-rubrics.js), bundle what bin/ runs (scripts/bundle.js).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const steps = [
  ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'],
  ['scripts/cache-rubrics.js'],
  ['scripts/bundle.js'],
];
for (const step of steps) {
  const result = spawnSync(process.execPath, step, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${step[0]} failed`);
    process.exit(result.status ?? 1);
  }
}
