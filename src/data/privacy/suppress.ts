import type { Withheld } from "./relations.ts";

/**
 * Small-cell suppression (diskretionering). Every count of citizens that reaches a page, a table,
 * an alt text or a download passes through here.
 *
 * Primary: a count from 1 up to (not including) the threshold is withheld and shown as "under N".
 * Zero is shown: it identifies nobody. Secondary suppression, for counts published together with
 * sums, is in protect.ts: it withholds further cells ("skjult") until the attacker's audit in
 * audit.ts, which solves every published relation together, cannot pin down any withheld cell.
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

/** The primary pattern: which counts are small. */
export function primaryPattern(cells: readonly number[], threshold: number): Withheld[] {
  return cells.map((value) => (needsPrimarySuppression(value, threshold) ? "small" : false));
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
