import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decomposeGap } from "../../../src/data/transform/benchmarks.ts";
import { splitVolumePrice, type VolumePrice } from "../../../src/data/transform/decompose.ts";

const volume = fc.integer({ min: 0, max: 5000 });
const price = fc.integer({ min: 0, max: 3_000_000 });
const fixed = fc.integer({ min: -50_000_000, max: 50_000_000 });
const side = (v: number, p: number, f = 0): VolumePrice => ({ amount: v * p + f, volume: v, price: p });

describe("splitVolumePrice", () => {
  it("adds up to the difference exactly, in whole kr., with fixed costs on either side", () => {
    fc.assert(
      fc.property(volume, price, fixed, volume, price, fixed, (v0, p0, f0, v1, p1, f1) => {
        const s = splitVolumePrice(side(v0, p0, f0), side(v1, p1, f1), "base", { whole: true });
        expect(s.volumeEffect + s.priceEffect + s.remainder).toBe(s.total);
        expect(s.total).toBe(v1 * p1 + f1 - (v0 * p0 + f0));
        expect(Number.isInteger(s.volumeEffect) && Number.isInteger(s.priceEffect)).toBe(true);
      }),
    );
  });

  it("leaves no remainder when both amounts are volume × price, in either weighting", () => {
    fc.assert(
      fc.property(
        volume,
        price,
        volume,
        price,
        fc.constantFrom("base", "symmetric" as const),
        (v0, p0, v1, p1, w) => {
          const s = splitVolumePrice(side(v0, p0), side(v1, p1), w);
          expect(Math.abs(s.remainder)).toBeLessThanOrEqual(1e-6 * Math.max(1, v0 * p0, v1 * p1));
        },
      ),
    );
  });

  it("shows more citizens at the budgeted price only as a volume effect", () => {
    fc.assert(
      fc.property(volume, fc.integer({ min: 1, max: 500 }), price, (v0, more, p) => {
        const s = splitVolumePrice(side(v0, p), side(v0 + more, p), "base", { whole: true });
        expect(s.priceEffect).toBe(0);
        expect(s.volumeEffect).toBe(more * p);
        expect(s.remainder).toBe(0);
      }),
    );
  });

  it("shows a higher price for the budgeted citizens only as a price effect", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        price,
        fc.integer({ min: 1, max: 100_000 }),
        (v, p0, rise) => {
          const s = splitVolumePrice(side(v, p0), side(v, p0 + rise), "base", { whole: true });
          expect(s.volumeEffect).toBe(0);
          expect(s.priceEffect).toBe(v * rise);
          expect(s.priceEffect).toBeGreaterThan(0);
        },
      ),
    );
  });

  it("gives each effect the sign of its own difference", () => {
    fc.assert(
      fc.property(volume, price, volume, price, (v0, p0, v1, p1) => {
        const s = splitVolumePrice(side(v0, p0), side(v1, p1), "base");
        expect(Math.sign(s.volumeEffect)).toBe(p0 === 0 ? 0 : Math.sign(v1 - v0));
        expect(Math.sign(s.priceEffect)).toBe(v1 === 0 ? 0 : Math.sign(p1 - p0));
      }),
    );
  });

  it("gives zero effects for zero deviation", () => {
    fc.assert(
      fc.property(volume, price, fixed, (v, p, f) => {
        for (const w of ["base", "symmetric"] as const) {
          const s = splitVolumePrice(side(v, p, f), side(v, p, f), w, { whole: true });
          expect(s).toEqual({ total: 0, volumeEffect: 0, priceEffect: 0, remainder: 0 });
        }
      }),
    );
  });

  it("weights by the budgeted price and the expected volume, or by the means", () => {
    const base = side(164, 1_366_000);
    const actual = { amount: 238_778_000, volume: 150.2, price: 238_778_000 / 150.2 };
    const b = splitVolumePrice(base, actual, "base", { whole: true });
    expect(b.volumeEffect).toBe(Math.round(-13.8 * 1_366_000));
    expect(b.priceEffect).toBe(Math.round((actual.price - 1_366_000) * 150.2));
    expect(b.remainder).toBe(238_778_000 - 224_024_000 - b.volumeEffect - b.priceEffect);
    const s = splitVolumePrice(side(10, 100), side(20, 150), "symmetric");
    expect(s).toEqual({ total: 2000, volumeEffect: 1250, priceEffect: 750, remainder: 0 });
  });
});

describe("decomposeGap uses the same split, symmetrically", () => {
  it("is splitVolumePrice with symmetric weights, and adds up to the gap", () => {
    fc.assert(
      fc.property(volume, price, volume, price, (v0, p0, v1, p1) => {
        const d = decomposeGap({ spend: v1 * p1, volume: v1 }, { spend: v0 * p0, volume: v0 });
        const s = splitVolumePrice(
          { amount: v0 * p0, volume: v0, price: v0 === 0 ? 0 : p0 },
          { amount: v1 * p1, volume: v1, price: v1 === 0 ? 0 : p1 },
          "symmetric",
        );
        expect(d.volumeEffect).toBeCloseTo(s.volumeEffect, 6);
        expect(d.priceEffect).toBeCloseTo(s.priceEffect, 6);
        expect(d.volumeEffect + d.priceEffect + d.remainder).toBeCloseTo(d.gap, 6);
      }),
    );
  });

  it("names spend without volume as remainder, not as price", () => {
    const d = decomposeGap({ spend: 500, volume: 0 }, { spend: 0, volume: 0 });
    expect(d).toMatchObject({ gap: 500, volumeEffect: 0, priceEffect: 0, remainder: 500 });
  });
});
