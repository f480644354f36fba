import type { Dataset } from "../load/dataset.ts";
import { endOfMonth, periodKnownBy } from "../period.ts";

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
