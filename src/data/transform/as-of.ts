import type { Dataset } from "../load/dataset.ts";

/** The last day of a month: 2026-08 → 2026-08-31. */
export function endOfMonth(month: string): string {
  const [year, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(year ?? 0, m ?? 1, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, "0")}`;
}

/** The Sunday an ISO week ends on: 2026-W35 → 2026-08-30. */
export function isoWeekSunday(week: string): string {
  const [year, w] = [Number(week.slice(0, 4)), Number(week.slice(6))];
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(monday.getTime() + ((w - 1) * 7 + 6) * 86_400_000).toISOString().slice(0, 10);
}

/** The month an ISO week ends in (its Sunday): 2026-W35 → 2026-08. */
export function isoWeekMonth(week: string): string {
  return isoWeekSunday(week).slice(0, 7);
}

/**
 * Whether a period was complete at the end of `month`: a month up to and including it, an ISO week
 * that ended by then, a year that ended before it.
 */
export function periodKnownBy(period: string, month: string): boolean {
  if (/^\d{4}-W\d{2}$/.test(period)) return isoWeekMonth(period) <= month;
  if (/^\d{4}$/.test(period)) return Number(period) < Number(month.slice(0, 4));
  return period <= month;
}

const cache = new WeakMap<Dataset, Map<string, Dataset>>();

/**
 * The dataset as it stood at the end of `month`: nothing from later periods, and "data pr." the
 * month's last day. A briefing is computed from this, so later deliveries never change it.
 * The same object is returned for the same month, so per-dataset caches keep working.
 */
export function datasetAsOf(data: Dataset, month: string): Dataset {
  const byMonth = cache.get(data) ?? new Map<string, Dataset>();
  cache.set(data, byMonth);
  const known = byMonth.get(month);
  if (known) return known;
  const year = (period: number) => periodKnownBy(String(period), month);
  const scoped: Dataset = {
    ...data,
    site: { ...data.site, dataAsOf: endOfMonth(month) },
    finance: data.finance.filter((row) => row.month <= month),
    activity: data.activity.filter((row) => periodKnownBy(row.period, month)),
    ladder: {
      steps: data.ladder.steps,
      stocks: data.ladder.stocks.filter((row) => year(row.period)),
      flows: data.ladder.flows.filter((row) => year(row.period)),
    },
    benchmarks: data.benchmarks.filter((row) => year(row.year)),
  };
  byMonth.set(month, scoped);
  return scoped;
}
