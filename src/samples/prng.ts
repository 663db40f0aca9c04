/** A small seeded generator (mulberry32): the same seed gives the same sample on every machine, unlike Math.random. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The next unsigned 32-bit integer. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    if (hi < lo) throw new Error(`empty range ${lo}..${hi}`);
    return lo + (this.next() % (hi - lo + 1));
  }

  /** True with probability `percent` / 100. */
  chance(percent: number): boolean {
    return this.next() % 100 < percent;
  }

  /** One element of a non-empty list. */
  pick<T>(xs: readonly T[]): T {
    const x = xs[this.next() % xs.length];
    if (x === undefined) throw new Error('pick from an empty list');
    return x;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.next() % (i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}
