import { z } from "zod";
import { amountKr, decimal, slug, text } from "./fields.ts";

/** What a line's budget counts: citizens or placements (priced per year) or hours (priced per hour). */
export const ASSUMPTION_UNITS = ["citizens", "placements", "hours"] as const;
export type AssumptionUnit = (typeof ASSUMPTION_UNITS)[number];

/** True for units that count people: their volumes are suppressed when small. */
export function countsPeople(unit: AssumptionUnit): boolean {
  return unit !== "hours";
}

/**
 * How far volume × unit price + fixed costs may lie from the stated budget: 1.000 kr. or 0,1 % of
 * the budget, whichever is larger (unit prices are written rounded).
 */
export const ASSUMPTION_TOLERANCE = { kr: 1000, share: 0.001 } as const;

export function assumptionTolerance(budget: number): number {
  return Math.max(ASSUMPTION_TOLERANCE.kr, Math.abs(budget) * ASSUMPTION_TOLERANCE.share);
}

/**
 * The kr. a row's volume costs at its unit price. Citizens and placements are priced per year, so a
 * month's row costs a twelfth of a year; hours are priced per hour in any period.
 */
export function variableAmount(row: {
  unit: AssumptionUnit;
  period: string;
  volume: number;
  unit_price: number;
}): number {
  const monthly = row.period.length === 7;
  return row.volume * row.unit_price * (monthly && countsPeople(row.unit) ? 1 / 12 : 1);
}

/**
 * data/budget-assumptions.csv: what each budget line was built on (aktivitetsbaseret budget).
 * One row per area, line and period: the whole fiscal year (YYYY) or, for a seasonally phased
 * budget, each of its twelve months (YYYY-MM).
 */
export const BudgetAssumptionRow = z
  .object({
    /** Area id from data/site.json. */
    area: slug(),
    /** The line's id, unique within the area (e.g. anbringelser). */
    line: slug(),
    /** The line's name in Danish, lower case, as it reads in a sentence (e.g. anbringelser). */
    label: text(),
    /** The finance.csv function codes whose budget the line covers, separated by spaces. */
    functions: text(),
    /** YYYY for the whole fiscal year, or YYYY-MM for one month of a phased budget. */
    period: z
      .string({ error: "a year YYYY or a month YYYY-MM (e.g. 2026 or 2026-03)" })
      .trim()
      .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, {
        error: "a year YYYY or a month YYYY-MM (e.g. 2026 or 2026-03)",
      }),
    /** citizens, placements or hours. */
    unit: z.enum(ASSUMPTION_UNITS, { error: `one of ${ASSUMPTION_UNITS.join(", ")}` }),
    /** Budgeted volume: the average number of citizens/placements in the period, or the hours in it. */
    volume: decimal().refine((v) => v >= 0, { error: "a volume of 0 or more" }),
    /** Budgeted unit price in kr.: per citizen/placement per year, or per hour. */
    unit_price: decimal().refine((v) => v >= 0, { error: "a unit price in kr. of 0 or more" }),
    /** The part of the budget that does not move with volume (rent, a fixed contract), whole kr. */
    fixed_costs: amountKr(),
    /** What the fixed costs are; required when fixed_costs is not 0. */
    fixed_costs_note: z.string().trim().optional(),
    /** The period's budget these assumptions give, whole kr. */
    budget: amountKr(),
    /** The measure in measures.csv that counts the actual volume (a count for citizens/placements, hours for hours). */
    measure: slug(),
  })
  .refine((row) => row.fixed_costs === 0 || (row.fixed_costs_note ?? "") !== "", {
    path: ["fixed_costs_note"],
    error: "a note saying what the fixed costs are (fixed_costs is not 0)",
  })
  .superRefine((row, ctx) => {
    const computed = variableAmount(row) + row.fixed_costs;
    const tolerance = assumptionTolerance(row.budget);
    if (Math.abs(computed - row.budget) <= tolerance) return;
    const per = countsPeople(row.unit) && row.period.length === 7 ? " ÷ 12" : "";
    ctx.addIssue({
      code: "custom",
      path: ["budget"],
      message: `volume × unit_price${per} + fixed_costs = ${Math.round(computed)} kr. (within ${Math.round(tolerance)} kr.); or state the difference as fixed_costs with a note`,
    });
  });

export type BudgetAssumptionRow = z.output<typeof BudgetAssumptionRow>;
