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
  /** SHA-256 of the briefing's MDX text when it was recorded: the build stops if the text changes. */
  sourceSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: "a SHA-256 written as 64 lowercase hex digits" })
    .optional(),
});
export type BriefingRecord = z.output<typeof BriefingRecord>;

/**
 * The tables a record holds; the others (yearly ladder and benchmarks, catalogue) come from data/.
 * budget-assumptions.csv is optional: a record without it has no assumptions (no bridge).
 */
export const RECORDED_TABLES = ["finance.csv", "activity.csv", "budget-assumptions.csv"] as const;
