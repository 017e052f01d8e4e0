import type { Random } from './random.js';

/**
 * Decides which rows carry a planted error: evenly spread at `rate` (from a random phase), kinds in
 * rotation, so even a small sample shows every kind and the counts are predictable.
 */
export class BadRowPlan<K extends string> {
  private credit: number;
  private fired = 0;

  constructor(private readonly rate: number, private readonly kinds: readonly K[], rng: Random) {
    this.credit = rng.next();
  }

  /** Call once per row. An ineligible row (a duplicate) passes its turn to the next eligible one. */
  next(eligible = true): K | null {
    this.credit += this.rate;
    if (!eligible || this.credit < 1) return null;
    this.credit -= 1;
    return this.kinds[this.fired++ % this.kinds.length]!;
  }
}
