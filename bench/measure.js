/**
 * Measuring one process for the benchmark: whole-process wall time (hrtime from spawn to exit),
 * peak RSS and CPU seconds (GNU time when present, else the bench/rss-hook.js preload), with a
 * timeout that kills the whole process group. Used by run.js and compare.js.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const OUT = join(BENCH, '.out');
const NODE = process.execPath;

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const fixed = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
/** KB (as GNU time and maxRSS report them, 1024 bytes) -> MB (10^6 bytes). */
export const mb = (kb) => (kb * 1024) / 1e6;

/** GNU time if it works here, else undefined (then the rss-hook preload measures). */
export const TIME = (() => {
  if (process.argv.includes('--rss-hook') || !existsSync('/usr/bin/time')) return undefined;
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr) ? '/usr/bin/time' : undefined;
})();
const RSS_HOOK = join(BENCH, 'rss-hook.js');

let statCount = 0;
// Children run in their own process groups (so a hung one can be killed whole); on Ctrl-C, take
// them down too.
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const pid of running) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    process.exit(130);
  });
}

/**
 * Runs `node ...args` once: whole-process wall time (hrtime from spawn to exit), peak RSS and CPU
 * seconds (GNU time, else the rss-hook preload). stdout is kept only when asked for. The child
 * runs in its own process group, so a run that does not exit in `timeoutS` is killed whole
 * (GNU time and the node under it), never left behind.
 */
export function measure(args, { cwd = process.cwd(), keepStdout = false, okCodes = [0], env = process.env, timeoutS = 900 } = {}) {
  mkdirSync(OUT, { recursive: true });
  const statFile = join(OUT, `.stat-${process.pid}-${++statCount}`);
  rmSync(statFile, { force: true });
  let command = NODE;
  let full = args;
  let childEnv = env;
  if (TIME) {
    command = TIME;
    full = ['-f', '%M %U %S', '-o', statFile, NODE, ...args];
  } else {
    full = ['--import', RSS_HOOK, ...args];
    childEnv = { ...env, BENCH_RSS_FILE: statFile };
  }
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(command, full, { cwd, env: childEnv, stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'], detached: true });
    running.add(child.pid);
    const stdout = [];
    let stderr = '';
    child.stdout?.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutS * 1000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      running.delete(child.pid);
      const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
      if (timedOut) return reject(new Error(`did not exit within ${timeoutS} s, killed (a hang at exit?): node ${args.join(' ')}`));
      if (!okCodes.includes(status)) return reject(new Error(`exit ${status}${signal ? ` (${signal})` : ''}: node ${args.join(' ')}\n${stderr.slice(-2000)}`));
      let stat = { maxRssKb: NaN, userS: NaN, sysS: NaN };
      if (existsSync(statFile)) {
        const text = readFileSync(statFile, 'utf8');
        if (TIME) {
          const line = text.trim().split('\n').pop() ?? '';
          const [rss, user, sys] = line.trim().split(/\s+/).map(Number);
          stat = { maxRssKb: rss, userS: user, sysS: sys };
        } else stat = JSON.parse(text);
        rmSync(statFile, { force: true });
      }
      resolve({ wallS, rssKb: stat.maxRssKb, cpuS: stat.userS + stat.sysS, status, stdout: keepStdout ? Buffer.concat(stdout).toString('utf8') : undefined });
    });
  });
}

/** Two processes at once: how much more than one core's work does this machine do in parallel? */
export function concurrently(args, copies = 2, cwd = process.cwd()) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    let left = copies;
    for (let i = 0; i < copies; i++) {
      const child = spawn(NODE, args, { cwd, stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code !== 0) reject(new Error(`exit ${code}: node ${args.join(' ')}`));
        else if (--left === 0) resolve(Number(process.hrtime.bigint() - t0) / 1e9);
      });
    }
  });
}
