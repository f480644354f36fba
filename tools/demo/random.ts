/** A small seeded random source, so the demo data is the same byte for byte on every run. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Normally distributed with the given mean and standard deviation. */
  normal(mean?: number, sd?: number): number;
  /** Whole number in [min, max]. */
  int(min: number, max: number): number;
  /** Poisson-distributed count with the given mean (Knuth for small means, normal approximation above). */
  poisson(mean: number): number;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (mean = 0, sd = 1): number => {
    const u = Math.max(next(), 1e-12);
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    normal,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    poisson: (mean) => {
      if (mean > 40) return Math.max(0, Math.round(normal(mean, Math.sqrt(mean))));
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k += 1;
        p *= next();
      }
      return k;
    },
  };
}
