/**
 * What a reader can know about published counts: every cell's true value (for the pipeline only),
 * and every linear relation the site publishes between them. The disclosure audit and the
 * secondary suppression both work on this one description, so a new published sum or share only
 * has to be added here to be protected.
 */

/** lower ≤ Σ coefficient × cell ≤ upper. A published sum is Σ parts − total = 0. */
export interface LinearRelation {
  cells: readonly number[];
  coefficients: readonly number[];
  lower: number;
  upper: number;
}

/** How a cell is withheld: false (published), "small" (1…threshold−1) or "complementary" ("skjult"). */
export type Withheld = false | "small" | "complementary";

/** Parts that add up to a total, all indices into the cell list. */
export function sumRelation(parts: readonly number[], total: number): LinearRelation {
  return {
    cells: [...parts, total],
    coefficients: [...parts.map(() => 1), -1],
    lower: 0,
    upper: 0,
  };
}

/**
 * A share printed as `shown` (e.g. 0.87 for "87 %") with `decimals` decimals on the percentage:
 * the reader knows numerator ÷ denominator lies within half a unit of the last printed digit.
 * Written without division: (shown − h) × denominator ≤ numerator ≤ (shown + h) × denominator.
 */
export function shareRelations(
  numerator: readonly number[],
  denominator: readonly number[],
  shown: number,
  decimals: number,
): LinearRelation[] {
  const half = 0.5 / 10 ** (decimals + 2);
  const weighted = (factor: number) => {
    const weights = new Map<number, number>();
    for (const cell of numerator) weights.set(cell, (weights.get(cell) ?? 0) + 1);
    for (const cell of denominator) weights.set(cell, (weights.get(cell) ?? 0) - factor);
    return { cells: [...weights.keys()], coefficients: [...weights.values()] };
  };
  return [
    { ...weighted(shown - half), lower: 0, upper: Number.POSITIVE_INFINITY },
    { ...weighted(shown + half), lower: Number.NEGATIVE_INFINITY, upper: 0 },
  ];
}

/** True if the relation holds for the given values (used to check a model against its data). */
export function holds(relation: LinearRelation, values: readonly number[]): boolean {
  const sum = relation.cells.reduce(
    (total, cell, i) => total + (relation.coefficients[i] ?? 0) * (values[cell] ?? 0),
    0,
  );
  return sum >= relation.lower - 1e-9 && sum <= relation.upper + 1e-9;
}
