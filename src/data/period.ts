import { utcMonth } from "d3-time";
import { utcFormat, utcParse } from "d3-time-format";

/**
 * All period arithmetic, in one place. A period is a year ("2026"), a month ("2026-10") or an ISO
 * week ("2026-W07"); dates are UTC. ISO weeks come from d3-time-format (%G-W%V: ISO year and week),
 * months from d3-time, so no calendar rule is written by hand here or anywhere else.
 */
export type Frequency = "month" | "week" | "year";

const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const formatIsoWeek = utcFormat("%G-W%V");
const parseIsoWeek = utcParse("%G-W%V");
const formatMonthKey = utcFormat("%Y-%m");
const formatDay = utcFormat("%Y-%m-%d");
const DAY = 86_400_000;

export function frequencyOf(period: string): Frequency {
  if (WEEK.test(period)) return "week";
  if (MONTH.test(period)) return "month";
  return "year";
}

/** "2026-10" → 1 October 2026, "2026-W07" → its Monday, "2026" → 1 January (UTC). */
export function periodStart(period: string): Date {
  if (WEEK.test(period)) {
    const monday = parseIsoWeek(period);
    if (!monday) throw new Error(`Not an ISO week: "${period}"`);
    return monday;
  }
  if (MONTH.test(period)) return new Date(`${period}-01T00:00:00Z`);
  return new Date(Date.UTC(Number(period), 0, 1));
}

/** The ISO week a date falls in: 2026-01-01 → "2026-W01", 2027-01-01 → "2026-W53". */
export function isoWeekOf(date: Date): string {
  return formatIsoWeek(date);
}

/** The Sunday an ISO week ends on: 2026-W35 → "2026-08-30". */
export function isoWeekSunday(week: string): string {
  return formatDay(new Date(periodStart(week).getTime() + 6 * DAY));
}

/** The month an ISO week ends in (its Sunday): 2026-W35 → "2026-08". */
export function isoWeekMonth(week: string): string {
  return isoWeekSunday(week).slice(0, 7);
}

/** 52 or 53: the ISO week of 28 December is the year's last. */
export function isoWeeksInYear(year: number): number {
  return Number(isoWeekOf(new Date(Date.UTC(year, 11, 28))).slice(6));
}

/** The last ISO week that had ended (its Sunday passed) on an ISO date: 2026-10-31 → "2026-W43". */
export function lastIsoWeekBy(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  const week = isoWeekOf(day);
  return isoWeekSunday(week) <= isoDate ? week : isoWeekOf(new Date(day.getTime() - 7 * DAY));
}

/** A month moved by whole months: ("2026-11", 2) → "2027-01". */
export function addMonths(month: string, count: number): string {
  return formatMonthKey(utcMonth.offset(periodStart(month), count));
}

/** Whole months from one month to another: ("2025-11", "2026-02") → 3. */
export function monthsFromTo(from: string, to: string): number {
  return utcMonth.count(periodStart(from), periodStart(to));
}

/** Every month from first to last, both included. */
export function monthRange(first: string, last: string): string[] {
  return utcMonth.range(periodStart(first), utcMonth.offset(periodStart(last), 1)).map(formatMonthKey);
}

/** Every year from first to last, both included, as periods. */
export function yearRange(first: string, last: string): string[] {
  const years: string[] = [];
  for (let year = Number(first); year <= Number(last); year += 1) years.push(String(year));
  return years;
}

/** The period that follows a year, a month or an ISO week (2026-W53 → 2027-W01 where it exists). */
export function nextPeriod(period: string): string {
  const week = WEEK.exec(period);
  if (week) {
    const year = Number(week[1]);
    const number = Number(week[2]);
    return number >= isoWeeksInYear(year)
      ? `${year + 1}-W01`
      : `${year}-W${String(number + 1).padStart(2, "0")}`;
  }
  if (MONTH.test(period)) return addMonths(period, 1);
  return String(Number(period) + 1);
}

/** The period a year before: 2026-10 → 2025-10, 2026-W07 → 2025-W07, 2026 → 2025. */
export function samePeriodLastYear(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}

/** The last day of a month: 2026-08 → "2026-08-31". */
export function endOfMonth(month: string): string {
  return formatDay(new Date(utcMonth.offset(periodStart(month), 1).getTime() - DAY));
}

/**
 * Whether a period was complete at the end of `month`: a month up to and including it, an ISO week
 * that ended by then, a year that ended before it.
 */
export function periodKnownBy(period: string, month: string): boolean {
  const frequency = frequencyOf(period);
  if (frequency === "week") return isoWeekMonth(period) <= month;
  if (frequency === "year") return Number(period) < Number(month.slice(0, 4));
  return period <= month;
}

/** The ISO week number and year of a week period: "2026-W07" → { year: 2026, week: 7 }. */
export function weekParts(period: string): { year: number; week: number } | undefined {
  const week = WEEK.exec(period);
  return week ? { year: Number(week[1]), week: Number(week[2]) } : undefined;
}
