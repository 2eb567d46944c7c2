/** A one-line progress bar for terminals: sets done / total, rate, ETA. Silent elsewhere. */

export function progressBar(write: (text: string) => void, now: () => number = Date.now): (done: number, total: number) => void {
  const started = now();
  let lastDraw = 0;
  return (done, total) => {
    const t = now();
    if (done < total && t - lastDraw < 100) return;
    lastDraw = t;
    const seconds = Math.max((t - started) / 1000, 0.001);
    const rate = done / seconds;
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    const width = 24;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    write(`\r${bar} ${done}/${total} sets  ${rate.toFixed(1)}/s  ETA ${eta}s ${done === total ? '\n' : ''}`);
  };
}
