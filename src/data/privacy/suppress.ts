/**
 * Small-cell suppression (diskretionering). Every count of citizens that reaches a page, a table,
 * an alt text or a download passes through here.
 *
 * Primary: a count from 1 up to (not including) the threshold is withheld and shown as "under N".
 * Zero is shown: it identifies nobody.
 * Secondary: a table publishes sums (a row's total, a column's total). Whenever a withheld count
 * could be worked out from a sum and the visible members (by subtraction, or because only one
 * value fits what "under N" allows), another member is withheld as well, shown as "skjult". This
 * repeats until no withheld count can be pinned down from any single sum.
 */

/** A withheld count. Never zero, never the number. */
export interface Suppressed {
  suppressed: true;
  /** "small": the count is under the threshold. "complementary": withheld so a small one can't be recomputed. */
  reason: "small" | "complementary";
  /** The threshold in force: a small count is shown as "under {threshold}". */
  threshold: number;
}

export type Count = number | Suppressed;

export function isSuppressed(value: unknown): value is Suppressed {
  return typeof value === "object" && value !== null && (value as Suppressed).suppressed === true;
}

export function needsPrimarySuppression(value: number, threshold: number): boolean {
  return value > 0 && value < threshold;
}

/** Cells that add up: `parts` sum to `total` (all indices into the cell list). */
export interface SumGroup {
  parts: readonly number[];
  total: number;
}

export type Withheld = false | "small" | "complementary";

/**
 * Decides which cells to withhold. `cells` holds every published number, totals included;
 * `sums` says which cells add up to which. Returns, per cell, false or why it is withheld.
 */
export function suppressionPattern(
  cells: readonly number[],
  sums: readonly SumGroup[],
  threshold: number,
): Withheld[] {
  const withheld: Withheld[] = cells.map((value) =>
    needsPrimarySuppression(value, threshold) ? "small" : false,
  );
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of sums) {
      if (!disclosesAny(group, cells, withheld, threshold)) continue;
      const partner = smallestVisible([...group.parts, group.total], cells, withheld);
      if (partner === undefined) continue;
      withheld[partner] = "complementary";
      changed = true;
    }
  }
  return withheld;
}

/** Prefers the smallest non-zero visible member (least information lost), then any zero. */
function smallestVisible(
  members: readonly number[],
  cells: readonly number[],
  withheld: readonly Withheld[],
) {
  const visible = members.filter((index) => !withheld[index]);
  const byValue = (a: number, b: number) => (cells[a] ?? 0) - (cells[b] ?? 0) || a - b;
  const nonZero = visible.filter((index) => (cells[index] ?? 0) > 0).sort(byValue);
  return nonZero[0] ?? visible.sort(byValue)[0];
}

/**
 * True if a reader could pin down a withheld part of this sum: from the visible total and parts
 * they know what the withheld parts add up to, that a small part lies in 1..threshold−1 and that a
 * complementary part is 0 or at least the threshold. A hidden total protects the whole group.
 */
export function disclosesAny(
  group: SumGroup,
  cells: readonly number[],
  withheld: readonly Withheld[],
  threshold: number,
): boolean {
  if (withheld[group.total]) return false;
  const hidden = group.parts.filter((index) => withheld[index]);
  if (hidden.length === 0) return false;
  const visibleSum = group.parts
    .filter((index) => !withheld[index])
    .reduce((sum, index) => sum + (cells[index] ?? 0), 0);
  const remainder = (cells[group.total] ?? 0) - visibleSum;
  if (remainder < 0) return false;
  const domains = hidden.map((index) => domainOf(withheld[index] as "small" | "complementary", threshold));
  return domains.some((domain, i) => {
    const others = reachableSums(
      domains.filter((_, j) => j !== i),
      remainder,
    );
    let feasible = 0;
    for (let value = 0; value <= remainder && feasible < 2; value += 1) {
      if (inDomain(domain, value) && others[remainder - value]) feasible += 1;
    }
    return feasible < 2;
  });
}

/** The values a withheld cell may have, as inclusive intervals (the last may be open-ended). */
type Domain = readonly (readonly [number, number])[];

function domainOf(reason: "small" | "complementary", threshold: number): Domain {
  return reason === "small"
    ? [[1, threshold - 1]]
    : [
        [0, 0],
        [threshold, Number.POSITIVE_INFINITY],
      ];
}

function inDomain(domain: Domain, value: number): boolean {
  return domain.some(([low, high]) => value >= low && value <= high);
}

/**
 * Which totals 0..limit the given cells can add up to: a subset-sum over interval domains, one
 * pass per cell with prefix counts, so it stays linear in the limit.
 */
function reachableSums(domains: readonly Domain[], limit: number): boolean[] {
  let reach = Array.from({ length: limit + 1 }, (_, sum) => sum === 0);
  for (const domain of domains) {
    const prefix = new Array<number>(limit + 2).fill(0);
    for (let sum = 0; sum <= limit; sum += 1) prefix[sum + 1] = (prefix[sum] ?? 0) + (reach[sum] ? 1 : 0);
    const anyIn = (from: number, to: number) => {
      const a = Math.max(0, from);
      const b = Math.min(limit, to);
      return b >= a && (prefix[b + 1] ?? 0) - (prefix[a] ?? 0) > 0;
    };
    reach = Array.from({ length: limit + 1 }, (_, sum) =>
      domain.some(([low, high]) => anyIn(sum - high, sum - low)),
    );
  }
  return reach;
}

/** Applies a pattern: withheld cells become Suppressed, the rest stay numbers. */
export function applySuppression(
  cells: readonly number[],
  withheld: readonly Withheld[],
  threshold: number,
): Count[] {
  return cells.map((value, index) => {
    const reason = withheld[index];
    return reason ? { suppressed: true, reason, threshold } : value;
  });
}

/**
 * The common case: a list of counts and their published total (e.g. citizens per step and all
 * citizens). Returns the counts and the total, suppressed.
 */
export function suppressWithTotal(
  counts: readonly number[],
  threshold: number,
): { counts: Count[]; total: Count } {
  const total = counts.reduce((sum, value) => sum + value, 0);
  const cells = [...counts, total];
  const withheld = suppressionPattern(
    cells,
    [{ parts: counts.map((_, index) => index), total: counts.length }],
    threshold,
  );
  const applied = applySuppression(cells, withheld, threshold);
  return { counts: applied.slice(0, -1), total: applied.at(-1) ?? total };
}

/**
 * A matrix with row totals, column totals and a grand total (e.g. flows between ladder steps).
 * Returns the suppressed matrix, row totals, column totals and grand total.
 */
export function suppressMatrix(matrix: readonly (readonly number[])[], threshold: number) {
  const rows = matrix.length;
  const cols = matrix[0]?.length ?? 0;
  const rowTotals = matrix.map((row) => row.reduce((sum, value) => sum + value, 0));
  const colTotals = Array.from({ length: cols }, (_, c) =>
    matrix.reduce((sum, row) => sum + (row[c] ?? 0), 0),
  );
  const grand = rowTotals.reduce((sum, value) => sum + value, 0);
  // Layout: the rows×cols cells, then row totals, then column totals, then the grand total.
  const cells = [...matrix.flat(), ...rowTotals, ...colTotals, grand];
  const cell = (r: number, c: number) => r * cols + c;
  const rowTotal = (r: number) => rows * cols + r;
  const colTotal = (c: number) => rows * cols + rows + c;
  const grandIndex = cells.length - 1;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const sums: SumGroup[] = [
    ...range(rows).map((r) => ({ parts: range(cols).map((c) => cell(r, c)), total: rowTotal(r) })),
    ...range(cols).map((c) => ({ parts: range(rows).map((r) => cell(r, c)), total: colTotal(c) })),
    { parts: range(rows).map(rowTotal), total: grandIndex },
    { parts: range(cols).map(colTotal), total: grandIndex },
  ];
  const applied = applySuppression(cells, suppressionPattern(cells, sums, threshold), threshold);
  return {
    matrix: Array.from({ length: rows }, (_, r) => applied.slice(r * cols, (r + 1) * cols)),
    rowTotals: applied.slice(rows * cols, rows * cols + rows),
    colTotals: applied.slice(rows * cols + rows, rows * cols + rows + cols),
    grand: applied[grandIndex] ?? grand,
    sums,
    cells,
  };
}
