// Preloaded with `node --import ./bench/rss-hook.js` when /usr/bin/time is missing: on exit, writes
// this process's peak RSS (KB) and CPU time to $BENCH_RSS_FILE. resourceUsage() is getrusage(SELF),
// so worker threads count (they share the process); child processes do not.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, userS: u.userCPUTime / 1e6, sysS: u.systemCPUTime / 1e6 }));
  });
}
