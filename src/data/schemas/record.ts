import { z } from "zod";

/**
 * content/records/<briefing-id>.json: what a published briefing said, value by value, written by
 * `npm run record` from the built page and committed. A later data delivery that changes one of
 * these numbers is a revision: the briefing keeps its number, newer pages say it was revised.
 */
export const BriefingRecord = z.object({
  /** The briefing's id (its file name without .mdx). */
  briefing: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "a briefing id (its file name without .mdx)" }),
  /** The data month the briefing was written against, YYYY-MM. */
  dataSnapshot: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "a month written YYYY-MM" }),
  /** When the record was made, YYYY-MM-DD. */
  recordedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "a date written YYYY-MM-DD" }),
  values: z.array(
    z.object({
      /** "area/measure", as on the page's <data data-quantity>. */
      quantity: z.string().min(3),
      period: z.string().min(4),
      value: z.number(),
    }),
  ),
});
export type BriefingRecord = z.output<typeof BriefingRecord>;
