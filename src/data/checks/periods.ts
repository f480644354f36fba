/** Period arithmetic for gap checks: the period that follows a year, a month or an ISO week. */
export function nextPeriod(period: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    const year = Number(week[1]);
    const number = Number(week[2]);
    return number >= isoWeeksInYear(year)
      ? `${year + 1}-W01`
      : `${year}-W${String(number + 1).padStart(2, "0")}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const year = Number(month[1]);
    const number = Number(month[2]);
    return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, "0")}`;
  }
  return String(Number(period) + 1);
}

/** 52 or 53: a year has 53 ISO weeks when 28 December falls in week 53. */
export function isoWeeksInYear(year: number): number {
  const dec28 = new Date(Date.UTC(year, 11, 28));
  const thursday = new Date(dec28);
  thursday.setUTCDate(dec28.getUTCDate() + 3 - ((dec28.getUTCDay() + 6) % 7));
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.ceil(((thursday.getTime() - jan1) / 86_400_000 + 1) / 7);
}

export type Frequency = "month" | "week" | "year";

export function frequencyOf(period: string): Frequency {
  if (/-W\d{2}$/.test(period)) return "week";
  if (/^\d{4}-\d{2}$/.test(period)) return "month";
  return "year";
}

/** Finds the first missing period in a sorted series, or undefined if it is complete. */
export function firstGap(sortedPeriods: readonly string[]): { after: string; missing: string } | undefined {
  for (let i = 1; i < sortedPeriods.length; i += 1) {
    const previous = sortedPeriods[i - 1] ?? "";
    const expected = nextPeriod(previous);
    if (sortedPeriods[i] !== expected && sortedPeriods[i] !== previous)
      return { after: previous, missing: expected };
  }
  return undefined;
}
