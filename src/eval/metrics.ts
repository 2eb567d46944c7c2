/** Gold vs predicted statuses -> confusion matrix, per-status precision/recall/F1, macro-F1. */

export const LABELS = ['covered', 'weak', 'missing'] as const;
export type Label = (typeof LABELS)[number];

export interface Pair {
  case: string;
  element: string;
  gold: Label;
  predicted: Label;
}

export interface StatusScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Metrics {
  pairs: number;
  /** confusion[gold][predicted] */
  confusion: Record<Label, Record<Label, number>>;
  perStatus: Record<Label, StatusScore>;
  macroF1: number;
  accuracy: number;
}

export function computeMetrics(pairs: Pair[]): Metrics {
  const confusion = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as Metrics['confusion'];
  for (const pair of pairs) confusion[pair.gold][pair.predicted]++;
  const perStatus = Object.fromEntries(
    LABELS.map((label) => {
      const tp = confusion[label][label];
      const predicted = LABELS.reduce((sum, g) => sum + confusion[g][label], 0);
      const support = LABELS.reduce((sum, p) => sum + confusion[label][p], 0);
      const precision = predicted === 0 ? (support === 0 ? 1 : 0) : tp / predicted;
      const recall = support === 0 ? 1 : tp / support;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [label, { precision, recall, f1, support }];
    }),
  ) as Metrics['perStatus'];
  const macroF1 = LABELS.reduce((sum, l) => sum + perStatus[l].f1, 0) / LABELS.length;
  const correct = pairs.filter((p) => p.gold === p.predicted).length;
  return { pairs: pairs.length, confusion, perStatus, macroF1, accuracy: pairs.length === 0 ? 0 : correct / pairs.length };
}

/** Elements ranked by disagreements (worst first), ties by id. */
export function worstElements(pairs: Pair[], limit = 10): { element: string; wrong: number; total: number }[] {
  const byElement = new Map<string, { wrong: number; total: number }>();
  for (const pair of pairs) {
    const entry = byElement.get(pair.element) ?? { wrong: 0, total: 0 };
    entry.total++;
    if (pair.gold !== pair.predicted) entry.wrong++;
    byElement.set(pair.element, entry);
  }
  return [...byElement.entries()]
    .map(([element, v]) => ({ element, ...v }))
    .filter((e) => e.wrong > 0)
    .sort((a, b) => b.wrong - a.wrong || (a.element < b.element ? -1 : 1))
    .slice(0, limit);
}
