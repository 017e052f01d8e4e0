import type { Random } from './random.js';

/**
 * Picks categories in fixed long-run shares with little clumping (each category earns credit at
 * its share and the richest one is picked), so a 120-row sample holds about 15% chains rather
 * than whatever a coin gave. The starting credits are random, so seeds differ.
 */
export class Quota<K extends string> {
  private readonly credits: number[];

  constructor(private readonly shares: readonly (readonly [K, number])[], rng: Random) {
    this.credits = shares.map(() => rng.next());
  }

  next(): K {
    let best = 0;
    for (let i = 0; i < this.shares.length; i++) {
      this.credits[i]! += this.shares[i]![1];
      if (this.credits[i]! > this.credits[best]!) best = i;
    }
    this.credits[best]! -= 1;
    return this.shares[best]![0];
  }
}
