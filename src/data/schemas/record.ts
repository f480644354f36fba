import { z } from "zod";

/**
 * content/records/<briefing-id>/record.json: says which briefing and data month the record is of.
 * Beside it, finance.csv and activity.csv hold the rows the briefing was computed from, exactly as
 * they were delivered then (written by `npm run record`, committed). The briefing is computed from
 * these forever; a later delivery that changes one of the rows is a revision.
 */
export const BriefingRecord = z.object({
  /** The briefing's id (its file name without .mdx). */
  briefing: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "a briefing id (its file name without .mdx)" }),
  /** The data month the briefing was written against, YYYY-MM. */
  dataSnapshot: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "a month written YYYY-MM" }),
  /** When the record was made, YYYY-MM-DD. */
  recordedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "a date written YYYY-MM-DD" }),
});
export type BriefingRecord = z.output<typeof BriefingRecord>;

/** The tables a record holds; the others (yearly ladder and benchmarks, catalogue) come from data/. */
export const RECORDED_TABLES = ["finance.csv", "activity.csv"] as const;
