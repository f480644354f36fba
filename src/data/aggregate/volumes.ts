import { dayNumber, type EpisodeTable } from "./episodes.ts";
import type { YearRange } from "./ladder.ts";
import type { LadderLayout } from "./layout.ts";

/**
 * One step's actual volume and price in one month, for comparing with the budget's assumptions:
 * - volume: the average number of episodes running in the month (episode-days ÷ the month's days),
 *   i.e. placements or citizens at a time, as a budget counts them;
 * - spend: each episode's yearly price for the days it ran in the month (as the ladder's spend);
 * - unit_price: kr. per unit per year, the unit price of budget-assumptions.csv: spend ÷ (volume ×
 *   the month's share of the year).
 */
export interface VolumeRow {
  area: string;
  step_id: string;
  month: string;
  volume: number;
  spend: number;
  unit_price: number | "";
}

export const VOLUME_COLUMNS = ["area", "step_id", "month", "volume", "spend", "unit_price"] as const;

/** Aggregates the episodes to actual volume, spend and unit price per step and month. */
export function monthlyVolumes(table: EpisodeTable, layout: LadderLayout, years: YearRange): VolumeRow[] {
  const months = monthBounds(years);
  const volume = new Float64Array(layout.steps.length * months.length);
  const spend = new Float64Array(layout.steps.length * months.length);
  for (let i = 0; i < table.size; i += 1) {
    const start = table.start[i] ?? 0;
    const end = table.end[i] ?? 0;
    const row = (table.step[i] ?? 0) * months.length;
    months.forEach((m, index) => {
      if (start > m.last || end < m.first) return;
      const ran = Math.min(end, m.last) - Math.max(start, m.first) + 1;
      volume[row + index] = (volume[row + index] ?? 0) + ran / (m.last - m.first + 1);
      spend[row + index] = (spend[row + index] ?? 0) + ((table.price[i] ?? 0) * ran) / m.daysInYear;
    });
  }
  return layout.steps.flatMap((step, s) =>
    months.map((m, index) => {
      const v = volume[s * months.length + index] ?? 0;
      const kr = spend[s * months.length + index] ?? 0;
      return {
        area: step.area,
        step_id: step.step_id,
        month: m.month,
        volume: Math.round(v * 100) / 100,
        spend: Math.round(kr),
        unit_price: v === 0 ? "" : Math.round(kr / ((v * (m.last - m.first + 1)) / m.daysInYear)),
      };
    }),
  );
}

/** First and last day (days since 1970) of each month of the years, with its year's length. */
function monthBounds(years: YearRange): { month: string; first: number; last: number; daysInYear: number }[] {
  const bounds = [];
  for (let year = years.first; year <= years.last; year += 1) {
    const daysInYear = dayNumber(`${year + 1}-01-01`) - dayNumber(`${year}-01-01`);
    for (let m = 1; m <= 12; m += 1) {
      const month = `${year}-${String(m).padStart(2, "0")}`;
      const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, "0")}-01`;
      bounds.push({ month, first: dayNumber(`${month}-01`), last: dayNumber(next) - 1, daysInYear });
    }
  }
  return bounds;
}
