import { functionCodes } from "../checks/budget-assumptions.ts";
import type { ActivityRow } from "../schemas/activity.ts";
import {
  type AssumptionUnit,
  type BudgetAssumptionRow,
  countsPeople,
  variableAmount,
} from "../schemas/budget-assumptions.ts";
import type { FinanceRow } from "../schemas/finance.ts";
import type { MeasureRow } from "../schemas/measures.ts";
import { isoWeekMonth } from "./as-of.ts";
import { splitVolumePrice, type VolumePriceSplit } from "./decompose.ts";
import { lineFollowUp } from "./finance.ts";

/** A budget line's assumptions for the whole year, from its yearly row or its twelve monthly rows. */
export interface LineAssumption {
  area: string;
  line: string;
  label: string;
  functions: string[];
  unit: AssumptionUnit;
  measure: string;
  /** Budgeted volume for the year: average citizens/placements, or hours in the year. */
  volume: number;
  /** Budgeted price: kr. per citizen/placement per year, or per hour (volume-weighted over months). */
  price: number;
  fixedCosts: number;
  fixedCostsNotes: string[];
  /** The monthly phasing, when the budget is phased; else empty. */
  months: { month: string; volume: number; price: number }[];
}

/** Groups the assumption rows by line, in file order. */
export function lineAssumptions(rows: readonly BudgetAssumptionRow[]): LineAssumption[] {
  const groups = new Map<string, BudgetAssumptionRow[]>();
  for (const row of rows) {
    const key = `${row.area}/${row.line}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].flatMap((group) => {
    const first = group[0];
    return first ? [assumptionOf(first, group)] : [];
  });
}

function assumptionOf(first: BudgetAssumptionRow, group: readonly BudgetAssumptionRow[]): LineAssumption {
  const monthly = first.period.length === 7;
  const totalVolume = group.reduce((s, r) => s + r.volume, 0);
  // Twelve months of citizens average to the year's citizens; hours add up.
  const volume = monthly && countsPeople(first.unit) ? totalVolume / 12 : totalVolume;
  const variable = group.reduce((s, r) => s + variableAmount(r), 0);
  return {
    area: first.area,
    line: first.line,
    label: first.label,
    functions: functionCodes(first),
    unit: first.unit,
    measure: first.measure,
    volume,
    price: volume === 0 ? first.unit_price : variable / volume,
    fixedCosts: group.reduce((s, r) => s + r.fixed_costs, 0),
    fixedCostsNotes: [...new Set(group.flatMap((r) => (r.fixed_costs_note ? [r.fixed_costs_note] : [])))],
    months: monthly
      ? group
          .map((r) => ({ month: r.period, volume: r.volume, price: r.unit_price }))
          .sort((a, b) => a.month.localeCompare(b.month))
      : [],
  };
}

/** ISO weeks in a year: 53 when 1 January or 31 December is a Thursday. */
export function isoWeeksIn(year: number): number {
  const thursday = (date: Date) => date.getUTCDay() === 4;
  return thursday(new Date(Date.UTC(year, 0, 1))) || thursday(new Date(Date.UTC(year, 11, 31))) ? 53 : 52;
}

/**
 * The expected volume for the year: the measure's average so far in the fiscal year (periods known
 * by the follow-up month), held for the rest of the year. Counts stay an average number; hours are
 * scaled to the year's weeks or months.
 */
export function expectedVolume(
  activity: readonly ActivityRow[],
  assumption: Pick<LineAssumption, "area" | "measure" | "unit">,
  measure: Pick<MeasureRow, "frequency">,
  fiscalYear: number,
  month: string,
): { volume: number; periods: number } | undefined {
  const values = activity
    .filter(
      (r) =>
        r.area === assumption.area &&
        r.measure_id === assumption.measure &&
        r.period.startsWith(`${fiscalYear}`) &&
        (r.period.includes("W") ? isoWeekMonth(r.period) : r.period) <= month,
    )
    .map((r) => r.value);
  if (values.length === 0) return undefined;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const perYear = { week: isoWeeksIn(fiscalYear), month: 12, year: 1 }[measure.frequency];
  return { volume: countsPeople(assumption.unit) ? mean : mean * perYear, periods: values.length };
}

/** From a line's budget to its expected result: volume effect, price effect and the rest. */
export interface LineBridge {
  assumption: LineAssumption;
  month: string;
  fiscalYear: number;
  /** Corrected budget and expected result, as the line's follow-up (lineFollowUp) states them. */
  budget: number;
  expected: number;
  expectedVolume: number;
  /** (expected result − fixed costs) ÷ expected volume. */
  expectedPrice: number;
  /** How many periods (months, weeks) the expected volume averages. */
  periods: number;
  split: VolumePriceSplit;
}

/**
 * Splits a line's expected deviation (expected result − corrected budget) into volume × budgeted
 * price, price difference × expected volume, and what the assumptions do not cover. The expected
 * price is implied: what the expected result pays per unit of the expected volume after the fixed
 * costs. The parts are whole kr. and add up to the deviation exactly.
 */
export function lineBridge(
  assumption: LineAssumption,
  finance: readonly FinanceRow[],
  activity: readonly ActivityRow[],
  measure: Pick<MeasureRow, "frequency">,
  fiscalYear: number,
): LineBridge | undefined {
  const followUp = lineFollowUp(finance, assumption.area, assumption.functions);
  if (!followUp) return undefined;
  const actual = expectedVolume(activity, assumption, measure, fiscalYear, followUp.month);
  if (!actual) return undefined;
  const expectedPrice =
    actual.volume === 0 ? assumption.price : (followUp.expected - assumption.fixedCosts) / actual.volume;
  return {
    assumption,
    month: followUp.month,
    fiscalYear,
    budget: followUp.budget,
    expected: followUp.expected,
    expectedVolume: actual.volume,
    expectedPrice,
    periods: actual.periods,
    split: splitVolumePrice(
      { amount: followUp.budget, volume: assumption.volume, price: assumption.price },
      { amount: followUp.expected, volume: actual.volume, price: expectedPrice },
      "base",
      { whole: true },
    ),
  };
}

/** Which effect carries the deviation: the larger of the two, by size. */
export function mainDriver(split: VolumePriceSplit): "volume" | "price" {
  return Math.abs(split.volumeEffect) >= Math.abs(split.priceEffect) ? "volume" : "price";
}
