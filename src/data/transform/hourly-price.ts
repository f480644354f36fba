import type { FinanceRow } from "../schemas/finance.ts";
import { endOfMonth, isoWeekSunday } from "./as-of.ts";
import { unitCostMonths } from "./unit-cost.ts";

const DAY = 86_400_000;

/**
 * Hours per month from weekly hours, each week's hours spread evenly over its seven days (a week
 * across two months counts in both), with how many of the month's days the weeks cover.
 */
export function monthlyHours(
  weeks: readonly { period: string; value: number }[],
): Map<string, { hours: number; days: number }> {
  const months = new Map<string, { hours: number; days: number }>();
  for (const week of weeks) {
    const sunday = Date.parse(`${isoWeekSunday(week.period)}T00:00:00Z`);
    for (let day = 0; day < 7; day += 1) {
      const month = new Date(sunday - day * DAY).toISOString().slice(0, 7);
      const m = months.get(month) ?? { hours: 0, days: 0 };
      months.set(month, { hours: m.hours + week.value / 7, days: m.days + 1 });
    }
  }
  return months;
}

/** One month's price per hour: the month's spend less its share of the fixed costs, per hour. */
export interface HourlyPriceMonth {
  month: string;
  hours: number;
  spend: number;
  price: number;
}

/**
 * The price per granted hour in each month of the fiscal year that the weekly hours cover whole:
 * (spend − fixed costs ÷ 12) ÷ hours, as the budget's price per hour is (budget − fixed) ÷ hours.
 */
export function hourlyPrices(
  finance: readonly FinanceRow[],
  area: string,
  functions: readonly string[],
  weeks: readonly { period: string; value: number }[],
  fixedCostsPerYear: number,
  fiscalYear: number,
): HourlyPriceMonth[] {
  const hours = monthlyHours(weeks);
  return unitCostMonths(finance, area, functions, []).flatMap(({ month, spend }) => {
    const h = hours.get(month);
    const whole = h !== undefined && h.days === Number(endOfMonth(month).slice(8));
    if (!month.startsWith(`${fiscalYear}-`) || !whole || h.hours === 0) return [];
    return [{ month, hours: h.hours, spend, price: (spend - fixedCostsPerYear / 12) / h.hours }];
  });
}

/** The price per hour over the months together: total spend less fixed costs, per total hour. */
export function priceToDate(
  months: readonly HourlyPriceMonth[],
  fixedCostsPerYear: number,
): number | undefined {
  const hours = months.reduce((s, m) => s + m.hours, 0);
  if (hours === 0) return undefined;
  const spend = months.reduce((s, m) => s + m.spend, 0);
  return (spend - (fixedCostsPerYear * months.length) / 12) / hours;
}
