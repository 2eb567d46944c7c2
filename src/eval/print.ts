/** Plain-text tables for `rubric test`: confusion matrix, per-status scores, worst elements. */
import type { CaseResult } from './cases.js';
import type { ExampleOutcome } from './examples.js';
import { computeMetrics, LABELS, worstElements, type Metrics } from './metrics.js';

const pct = (n: number) => n.toFixed(2);

export function formatMetrics(rubricId: string, groups: { all: CaseResult[]; english: CaseResult[]; french: CaseResult[] }): string {
  const all = computeMetrics(groups.all.flatMap((c) => c.pairs));
  const lines = [`rubric ${rubricId}: ${groups.all.length} cases, ${all.pairs} labeled elements`, '', ...matrix(all), '', ...perStatus(all), ''];
  lines.push('By area (English and French cases together):', ...byArea(groups.all), '');
  lines.push('Worst elements (disagreements / cases):');
  for (const w of worstElements(groups.all.flatMap((c) => c.pairs))) lines.push(`  ${w.element.padEnd(28)} ${w.wrong}/${w.total}`);
  lines.push('');
  lines.push(summaryLine('all', groups.all.length, all));
  for (const [name, cases] of [['english', groups.english], ['french', groups.french]] as const) {
    if (cases.length > 0) lines.push(summaryLine(name, cases.length, computeMetrics(cases.flatMap((c) => c.pairs))));
  }
  return `${lines.join('\n')}\n`;
}

function byArea(cases: CaseResult[]): string[] {
  const areas = new Map<string, CaseResult['pairs']>();
  for (const pair of cases.flatMap((c) => c.pairs)) {
    const area = pair.element.split('.')[0];
    areas.set(area, [...(areas.get(area) ?? []), pair]);
  }
  return [...areas.entries()].map(([area, pairs]) => {
    const m = computeMetrics(pairs);
    return `  ${area.padEnd(12)} macro-F1 ${pct(m.macroF1)}  accuracy ${pct(m.accuracy)}  (${pairs.length} labels)`;
  });
}

function summaryLine(name: string, cases: number, m: Metrics): string {
  return `${name} (${cases} cases): macro-F1 ${pct(m.macroF1)}  covered precision ${pct(m.perStatus.covered.precision)}  missing recall ${pct(m.perStatus.missing.recall)}  accuracy ${pct(m.accuracy)}`;
}

function matrix(m: Metrics): string[] {
  const header = `${'gold \\ predicted'.padEnd(18)}${LABELS.map((l) => l.padStart(9)).join('')}`;
  return [header, ...LABELS.map((g) => `${g.padEnd(18)}${LABELS.map((p) => String(m.confusion[g][p]).padStart(9)).join('')}`)];
}

function perStatus(m: Metrics): string[] {
  return [
    `${'status'.padEnd(10)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(7)}${'support'.padStart(9)}`,
    ...LABELS.map((l) => {
      const s = m.perStatus[l];
      return `${l.padEnd(10)}${pct(s.precision).padStart(10)}${pct(s.recall).padStart(8)}${pct(s.f1).padStart(7)}${String(s.support).padStart(9)}`;
    }),
    `macro-F1 ${pct(m.macroF1)}`,
  ];
}

export function formatDisagreements(cases: CaseResult[]): string {
  const lines: string[] = [];
  for (const c of cases) {
    for (const pair of c.pairs) {
      if (pair.gold === pair.predicted) continue;
      const result = c.results.find((r) => r.id === pair.element);
      const evidence = result?.evidence[0];
      const where = evidence ? ` at ${evidence.file}:${evidence.line}: "${evidence.quote.slice(0, 160)}"` : '';
      lines.push(`${c.id} ${pair.element}: gold ${pair.gold}, got ${pair.predicted}${where}`);
      if (result?.reasons[0]) lines.push(`    ${result.reasons[0]}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n\n` : '';
}

export function formatExampleFailures(failures: ExampleOutcome[], total: number): string {
  const lines = failures.map((f) => `✖ ${f.element}${f.language ? ` (${f.language})` : ''}: expected ${f.expected}, got ${f.got}: "${f.text.slice(0, 120)}"\n    ${f.reasons[0] ?? ''}`);
  lines.push(`${total - failures.length} passed, ${failures.length} failed`);
  return `${lines.join('\n')}\n`;
}
