import { z } from "zod";
import { amountKr, slug, text, yearMonth } from "./fields.ts";

/**
 * data/finance.csv: monthly budget follow-up (budgetopfølgning). One row per area, function and
 * month. All amounts in whole kr.; `spent_to_date` and `last_year_spent_to_date` are cumulative
 * from 1 January to the end of `month`.
 */
export const FinanceRow = z.object({
  /** Area id from data/site.json (e.g. born-familie). */
  area: slug(),
  /** Function number in the municipal chart of accounts (e.g. 5.28.21). */
  function_code: text(),
  /** Danish name of the function (e.g. Plejefamilier). */
  function_label: text(),
  /** Month of the follow-up, YYYY-MM. */
  month: yearMonth(),
  original_budget: amountKr(),
  corrected_budget: amountKr(),
  /** Disponeret: obligations entered into, not yet paid. */
  committed: amountKr(),
  spent_to_date: amountKr(),
  /** Forventet regnskab: the year-end forecast made in this month. */
  expected_result: amountKr(),
  /** Regnskab for last year, full year. */
  last_year_accounts: amountKr(),
  /** Last year's spend from 1 January to the same month, for the spend-through-the-year chart. */
  last_year_spent_to_date: amountKr(),
});

export type FinanceRow = z.output<typeof FinanceRow>;
