import { z } from "astro/zod";
import { isCalendarDate, MAX_AMOUNT } from "./fields.ts";

const slug = z
  .string({ error: "an id of lowercase letters, digits and hyphens" })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: "an id of lowercase letters, digits and hyphens" });
const yearMonth = z
  .string({ error: "a month written YYYY-MM (e.g. 2026-10)" })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "a month written YYYY-MM (e.g. 2026-10)" });

/**
 * A date that exists, written YYYY-MM-DD. Astro's YAML reader hands over a Date (where 2026-02-31
 * has already become 3 March); the check at load reads the text, where it is refused.
 */
const calendarDate = z
  .union([
    z.date(),
    z
      .string()
      .trim()
      .refine(isCalendarDate, { error: "a date that exists, written YYYY-MM-DD (e.g. 2026-10-06)" }),
  ])
  .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));

/** A target in the measure's unit: finite and within the range any table can hold. */
const target = z
  .number({ error: "a number (a share as 0–1, e.g. 0.8)" })
  .refine((value) => Math.abs(value) <= MAX_AMOUNT, {
    error: `a number of at most ${MAX_AMOUNT} (a share as 0–1, e.g. 0.8)`,
  });

/** content/briefings/*.mdx: one briefing per committee meeting. */
export const BriefingFrontmatter = z.object({
  /** Committee id from data/site.json. */
  committee: slug,
  /** The meeting date, YYYY-MM-DD. */
  meetingDate: calendarDate,
  title: z.string().min(5),
  /** One or two sentences for the index and the search result (150–160 characters read best). */
  summary: z.string().min(20).max(300),
  /** public: published on the transparency site; committee: only in the committee build. */
  audience: z.enum(["public", "committee"]),
  status: z.enum(["draft", "published"]),
  /** The month of data the briefing was written against (YYYY-MM): "Siden sidst" compares snapshots. */
  dataSnapshot: yearMonth,
  /** Agenda item number on the meeting's agenda, shown on the cover. */
  agendaItem: z.string().min(1),
});

/** content/goals/*.mdx: a political goal with a measurable target. */
export const GoalFrontmatter = z.object({
  title: z.string().min(5),
  area: slug,
  /** A measure id from data/measures.csv. */
  measure: slug,
  /** The target value in the measure's unit (a share as 0–1). */
  target,
  /** "at-least": the value should reach the target or more; "at-most": stay at or below it. */
  direction: z.enum(["at-least", "at-most"]),
  /** The month by which the target should be met, YYYY-MM. */
  deadline: yearMonth,
  /** The policy document the goal comes from. */
  decidedIn: z.string().min(3),
});

/** content/service-levels/*.mdx: a decided service level (kvalitetsstandard). */
export const ServiceLevelFrontmatter = z.object({
  title: z.string().min(5),
  area: slug,
  /** What the citizen gets, in one plain sentence. */
  promise: z.string().min(10),
  /** The measure that shows compliance. */
  measure: slug,
  target,
  direction: z.enum(["at-least", "at-most"]),
  decidedIn: z.string().min(3),
});

export type BriefingFrontmatter = z.output<typeof BriefingFrontmatter>;
export type GoalFrontmatter = z.output<typeof GoalFrontmatter>;
export type ServiceLevelFrontmatter = z.output<typeof ServiceLevelFrontmatter>;
