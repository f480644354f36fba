import { z } from "zod";
import { decimal, period, slug } from "./fields.ts";

/** data/activity.csv: key figures over time, one row per area, measure and period. */
export const ActivityRow = z.object({
  area: slug(),
  /** A measure id from measures.csv. */
  measure_id: slug(),
  /** YYYY-MM for monthly measures, YYYY-Www for weekly ones, YYYY for yearly ones. */
  period: period(),
  value: decimal(),
  /** Must equal the measure's unit in measures.csv (a guard against mixed-up exports). */
  unit: z.enum(["count", "share", "hours", "kr", "ratio"], {
    error: "one of count, share, hours, kr, ratio",
  }),
});

export type ActivityRow = z.output<typeof ActivityRow>;
