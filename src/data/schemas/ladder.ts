import { z } from "zod";
import { count, decimal, nonNegativeKr, slug, text, year } from "./fields.ts";

/** data/ladder/steps.csv: the steps of each area's intervention ladder (indsatstrappe). */
export const LadderStepRow = z.object({
  area: slug(),
  step_id: slug(),
  /** 0 is the lightest step, at the bottom of the ladder. */
  order: count(),
  title: text(),
  description: text(),
  /** The legal basis as the municipality writes it, e.g. "Barnets Lov § 32". */
  legal_basis: text(),
});

/** data/ladder/stocks.csv: citizens on each step at the end of each year, with spend and duration. */
export const LadderStockRow = z.object({
  area: slug(),
  step_id: slug(),
  period: year(),
  /** Citizens on the step at year end; a person on several steps counts on the highest. */
  citizens: count(),
  /** Spend on the step during the year, kr. */
  spend: nonNegativeKr(),
  /** Average duration on the step, months (completed and ongoing episodes). */
  avg_duration_months: decimal(),
});

/** Entry into the ladder (from outside) and exit from it, in flows.csv. */
export const OUTSIDE = { entry: "ind", exit: "ud" } as const;

/** data/ladder/flows.csv: citizens moving between steps from the end of one year to the end of the next. */
export const LadderFlowRow = z.object({
  area: slug(),
  /** The year the movement ends in. */
  period: year(),
  /** step_id at the start, or "ind" for citizens entering the ladder. */
  from_step: slug(),
  /** step_id at the end, or "ud" for citizens leaving the ladder. */
  to_step: slug(),
  citizens: count(),
});

export type LadderStepRow = z.output<typeof LadderStepRow>;
export type LadderStockRow = z.output<typeof LadderStockRow>;
export type LadderFlowRow = z.output<typeof LadderFlowRow>;
