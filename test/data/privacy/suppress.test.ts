import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Count,
  isSuppressed,
  type SumGroup,
  suppressMatrix,
  suppressWithTotal,
} from "../../../src/data/privacy/suppress.ts";

const THRESHOLD = 5;
const show = (value: Count) => (isSuppressed(value) ? (value.reason === "small" ? "<5" : "x") : value);

/**
 * The reader's view, computed by brute force independently of the implementation: every way the
 * withheld parts of one sum could be filled in, given what "under 5" and "skjult" allow.
 */
function possibleValues(
  cells: readonly number[],
  shown: readonly Count[],
  group: SumGroup,
): Map<number, Set<number>> {
  const total = shown[group.total];
  const result = new Map<number, Set<number>>();
  if (isSuppressed(total) || total === undefined) return result;
  const hidden = group.parts.filter((index) => isSuppressed(shown[index]));
  const remainder =
    total - group.parts.filter((i) => !isSuppressed(shown[i])).reduce((s, i) => s + (cells[i] ?? 0), 0);
  const allowed = (index: number, value: number) => {
    const cell = shown[index];
    return isSuppressed(cell) && cell.reason === "small"
      ? value >= 1 && value < THRESHOLD
      : value === 0 || value >= THRESHOLD;
  };
  for (const index of hidden) result.set(index, new Set());
  const fill = (position: number, left: number, chosen: number[]) => {
    if (position === hidden.length) {
      if (left === 0) {
        for (const [i, value] of chosen.entries()) result.get(hidden[i] ?? -1)?.add(value);
      }
      return;
    }
    for (let value = 0; value <= left; value += 1) {
      if (allowed(hidden[position] ?? -1, value)) fill(position + 1, left - value, [...chosen, value]);
    }
  };
  fill(0, remainder, []);
  return result;
}

const smallTables = fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 25 })), {
  minLength: 1,
  maxLength: 5,
});

describe("suppressWithTotal", () => {
  it("shows counts under the threshold as small and keeps zero", () => {
    const { counts, total } = suppressWithTotal([0, 3, 40, 52], THRESHOLD);
    expect(counts.map(show)).toEqual([0, "<5", "x", 52]);
    expect(total).toBe(95);
  });

  it("withholds a partner when two small counts would add up to a known remainder", () => {
    // 1 + 1 = 2 is the only way two "under 5" can make 2, so one more cell must go.
    const { counts } = suppressWithTotal([1, 1, 10, 30], THRESHOLD);
    expect(counts.map(show)).toEqual(["<5", "<5", "x", 30]);
  });

  it("never shows a count from 1 up to the threshold (property)", () => {
    fc.assert(
      fc.property(smallTables, (values) => {
        const { counts, total } = suppressWithTotal(values, THRESHOLD);
        for (const value of [...counts, total]) {
          if (!isSuppressed(value)) expect(value === 0 || value >= THRESHOLD).toBe(true);
        }
      }),
    );
  });

  it("leaves no withheld count that subtraction from the total pins down (property)", () => {
    fc.assert(
      fc.property(smallTables, (values) => {
        const { counts, total } = suppressWithTotal(values, THRESHOLD);
        const cells = [...values, values.reduce((a, b) => a + b, 0)];
        const group = { parts: values.map((_, i) => i), total: values.length };
        for (const [index, options] of possibleValues(cells, [...counts, total], group)) {
          expect(options.size, `cell ${index} of ${JSON.stringify(values)}`).toBeGreaterThan(1);
          expect(options.has(cells[index] ?? -1)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("suppressMatrix", () => {
  const matrices = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
    .chain(([rows, cols]) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 14 }), { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
    );

  it("never shows a small count in cells or margins, and no margin reveals a withheld cell (property)", () => {
    fc.assert(
      fc.property(matrices, (matrix) => {
        const result = suppressMatrix(matrix, THRESHOLD);
        const shown = [...result.matrix.flat(), ...result.rowTotals, ...result.colTotals, result.grand];
        for (const value of shown) {
          if (!isSuppressed(value)) expect(value === 0 || value >= THRESHOLD).toBe(true);
        }
        for (const group of result.sums) {
          for (const [index, options] of possibleValues(result.cells, shown, group)) {
            expect(options.size, `cell ${index} of ${JSON.stringify(matrix)}`).toBeGreaterThan(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keeps a table without small counts as it is", () => {
    const result = suppressMatrix(
      [
        [10, 20],
        [30, 0],
      ],
      THRESHOLD,
    );
    expect(result.matrix).toEqual([
      [10, 20],
      [30, 0],
    ]);
    expect(result.grand).toBe(60);
  });
});
