import type { Suppressed } from "../data/privacy/suppress.ts";
import { NBSP } from "./format.ts";

/**
 * How a withheld count reads, everywhere (pages, tables, alt texts, downloads): the one wording.
 * `space` is a no-break space on pages (so "under 5" never wraps apart) and a plain one in files.
 */
export function withheldText(value: Suppressed, space: string = NBSP): string {
  return value.reason === "small" ? underThreshold(value.threshold, space) : WITHHELD_HIDDEN;
}

/** "under 5": what a small count reads as, from the configured threshold. */
export function underThreshold(threshold: number, space: string = NBSP): string {
  return `under${space}${threshold}`;
}

/** A count withheld so that a small one cannot be worked out. */
export const WITHHELD_HIDDEN = "skjult";

/** The rule in one sentence, for captions and definitions. */
export function suppressionRule(threshold: number, noun = "personer"): string {
  return `Antal ${noun} fra 0 til ${threshold - 1} vises som "${underThreshold(threshold, " ")}", og enkelte andre tal er skjult, så de små tal ikke kan regnes ud af summer, andele eller andre tabeller.`;
}
