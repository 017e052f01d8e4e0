/** Pairwise precision/recall/F1 of a predicted clustering against truth, over the same items. */
export interface PairwiseScore {
  readonly items: number;
  readonly truePairs: number;
  readonly predictedPairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

function countPairs(keys: Iterable<string>): number {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let total = 0;
  for (const n of counts.values()) total += pairs(n);
  return total;
}

/** Items are [truth key, predicted key]; two items are a pair when they share a key. */
export function pairwiseF1(items: readonly (readonly [string, string])[]): PairwiseScore {
  const truePairs = countPairs(items.map(([t]) => t));
  const predictedPairs = countPairs(items.map(([, p]) => p));
  const both = countPairs(items.map(([t, p]) => `${t}\u0000${p}`));
  const precision = predictedPairs === 0 ? 1 : both / predictedPairs;
  const recall = truePairs === 0 ? 1 : both / truePairs;
  return { items: items.length, truePairs, predictedPairs, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
