import type { Random } from './random.js';

/**
 * A bounded random sample of earlier matters, so later records can refer back to them (duplicates,
 * complaints about surveyed matters, chains) without holding a million-row run in memory.
 */
export class Reservoir<T> {
  private readonly items: T[] = [];
  private seen = 0;

  constructor(private readonly capacity: number, private readonly rng: Random) {}

  get size(): number {
    return this.items.length;
  }

  add(item: T): void {
    this.seen++;
    if (this.items.length < this.capacity) {
      this.items.push(item);
      return;
    }
    const j = Math.floor(this.rng.next() * this.seen);
    if (j < this.capacity) this.items[j] = item;
  }

  /** A random item, left in place (another record may refer to it again). */
  sample(): T | undefined {
    return this.items.length === 0 ? undefined : this.items[Math.floor(this.rng.next() * this.items.length)];
  }

  /** A random item, removed: for things that should happen once per matter. */
  take(): T | undefined {
    if (this.items.length === 0) return undefined;
    const i = Math.floor(this.rng.next() * this.items.length);
    const item = this.items[i]!;
    this.items[i] = this.items[this.items.length - 1]!;
    this.items.pop();
    return item;
  }
}
