import { z } from "zod";
import { decimal, slug, text } from "./fields.ts";

const yesNo = () =>
  z
    .enum(["yes", "no"], { error: 'either "yes" or "no"' })
    .transform((value) => value === "yes")
    .meta({ numeric: false });

/**
 * data/measures.csv: the measure catalogue. Every activity figure, benchmark and goal names one of
 * these ids; the label and definition are what readers see.
 */
export const MeasureRow = z.object({
  id: slug(),
  /** Short Danish label, e.g. "Underretninger". */
  label: text(),
  /** How the figure is counted, in a sentence a committee member understands. */
  definition: text(),
  /** count (antal), share (0–1), hours, kr or ratio (e.g. sager pr. rådgiver). */
  unit: z.enum(["count", "share", "hours", "kr", "ratio"], {
    error: "one of count, share, hours, kr, ratio",
  }),
  /** Which way is good: higher_better, lower_better or neutral (no direction, e.g. notifications). */
  direction: z.enum(["higher_better", "lower_better", "neutral"], {
    error: "one of higher_better, lower_better, neutral",
  }),
  source: text(),
  /** Area id the measure belongs to (empty for cross-cutting benchmark measures). */
  area: slug().optional(),
  /** How often it is reported: month, week or year. */
  frequency: z.enum(["month", "week", "year"], { error: "one of month, week, year" }),
  /** yes when the value counts citizens: small counts are then suppressed. */
  counts_people: yesNo(),
  /** For per-capita comparisons: the population group to divide by. */
  denominator: z
    .enum(["0-17", "18-64", "65+", "total"], { error: "one of 0-17, 18-64, 65+, total" })
    .optional(),
  /** Per how many of the denominator (1 or 1000). */
  per: decimal().optional(),
  /** A fixed standard to show next to the figure, e.g. the legal 100 % (1) for deadlines kept. */
  target: decimal().optional(),
  /** What the standard is, e.g. "Lovkrav" or "Måltal for sygefravær". */
  target_label: z.string().trim().optional(),
});

export type MeasureRow = z.output<typeof MeasureRow>;
