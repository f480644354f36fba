import type { Random } from "./random.ts";

export const ACTIVITY_COLUMNS = ["area", "measure_id", "period", "value", "unit"] as const;
type ActivityRecord = Record<(typeof ACTIVITY_COLUMNS)[number], string | number>;

/** Months from January of `firstYear` to `lastMonth` of `lastYear`, as YYYY-MM. */
export function monthRange(firstYear: number, lastYear: number, lastMonth: number): string[] {
  const months: string[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    const end = year === lastYear ? lastMonth : 12;
    for (let month = 1; month <= end; month += 1) months.push(`${year}-${String(month).padStart(2, "0")}`);
  }
  return months;
}

/** A monthly series: level × (1 + yearly trend)^t × season, with noise; counts come out whole. */
interface MonthlySeries {
  area: string;
  id: string;
  unit: "count" | "share" | "ratio";
  start: number;
  /** Yearly relative change (0.05 = +5 % a year). */
  trend: number;
  /** Relative dip in July (holidays) or peak in winter for sick leave. */
  season: "summer-dip" | "winter-peak" | "none";
  noise: number;
}

const SERIES: MonthlySeries[] = [
  {
    area: "born-familie",
    id: "underretninger",
    unit: "count",
    start: 128,
    trend: 0.07,
    season: "summer-dip",
    noise: 0.08,
  },
  {
    area: "born-familie",
    id: "nye-sager",
    unit: "count",
    start: 44,
    trend: 0.04,
    season: "summer-dip",
    noise: 0.1,
  },
  {
    area: "born-familie",
    id: "undersoegelser-startet",
    unit: "count",
    start: 36,
    trend: 0.05,
    season: "summer-dip",
    noise: 0.12,
  },
  {
    area: "born-familie",
    id: "undersoegelser-rettidige",
    unit: "share",
    start: 0.74,
    trend: 0.05,
    season: "none",
    noise: 0.04,
  },
  {
    area: "born-familie",
    id: "anbringelser",
    unit: "count",
    start: 162,
    trend: -0.03,
    season: "none",
    noise: 0.01,
  },
  {
    area: "born-familie",
    id: "sager-pr-raadgiver",
    unit: "ratio",
    start: 23.5,
    trend: 0.06,
    season: "none",
    noise: 0.02,
  },
  {
    area: "born-familie",
    id: "sygefravaer-born-familie",
    unit: "share",
    start: 0.058,
    trend: 0.04,
    season: "winter-peak",
    noise: 0.06,
  },
  {
    area: "voksne-handicap",
    id: "straksindsats-12-uger",
    unit: "share",
    start: 0.64,
    trend: 0.06,
    season: "none",
    noise: 0.05,
  },
  {
    area: "voksne-handicap",
    id: "borgere-laengerevarende-botilbud",
    unit: "count",
    start: 182,
    trend: -0.025,
    season: "none",
    noise: 0.008,
  },
  {
    area: "voksne-handicap",
    id: "sygefravaer-voksne-handicap",
    unit: "share",
    start: 0.067,
    trend: -0.03,
    season: "winter-peak",
    noise: 0.06,
  },
  {
    area: "aeldre",
    id: "hjemmepleje-modtagere",
    unit: "count",
    start: 1760,
    trend: 0.025,
    season: "none",
    noise: 0.01,
  },
  {
    area: "aeldre",
    id: "sygefravaer-aeldre",
    unit: "share",
    start: 0.079,
    trend: 0.01,
    season: "winter-peak",
    noise: 0.05,
  },
];

function seasonFactor(season: MonthlySeries["season"], month: number): number {
  if (season === "summer-dip") return month === 7 ? 0.7 : month === 8 ? 0.9 : 1;
  if (season === "winter-peak") return 1 + 0.18 * Math.cos(((month - 1) / 12) * 2 * Math.PI);
  return 1;
}

function monthlyRows(series: MonthlySeries, months: readonly string[], random: Random): ActivityRecord[] {
  return months.map((period, index) => {
    const month = Number(period.slice(5));
    const level = series.start * (1 + series.trend) ** (index / 12) * seasonFactor(series.season, month);
    const noisy = level * (1 + random.normal(0, series.noise));
    const value =
      series.unit === "count"
        ? Math.max(0, Math.round(noisy))
        : series.unit === "share"
          ? Math.min(1, Math.max(0, Math.round(noisy * 1000) / 1000))
          : Math.round(noisy * 10) / 10;
    return { area: series.area, measure_id: series.id, period, value, unit: series.unit };
  });
}

/**
 * Assens' story: granted home-care hours ran above the activity-based budget for most of the year;
 * once the weekly chart made it visible (summer), the curve turned and crossed below in week 39.
 */
function homeCareWeeks(fiscalYear: number, lastWeek: number, random: Random): ActivityRecord[] {
  const rows: ActivityRecord[] = [];
  const budget = 5200;
  for (let week = 1; week <= lastWeek; week += 1) {
    const period = `${fiscalYear}-W${String(week).padStart(2, "0")}`;
    const rising = 5330 + week * 5.5;
    const turning = 5330 + 28 * 5.5 - (week - 28) * 26;
    const granted = (week <= 28 ? rising : turning) + random.normal(0, 8);
    rows.push({
      area: "aeldre",
      measure_id: "hjemmepleje-visiterede-timer",
      period,
      value: Math.round(granted),
      unit: "hours",
    });
    rows.push({
      area: "aeldre",
      measure_id: "hjemmepleje-budgetterede-timer",
      period,
      value: budget,
      unit: "hours",
    });
  }
  return rows;
}

export function demoActivityRows(
  fiscalYear: number,
  lastMonth: number,
  lastWeek: number,
  random: Random,
): ActivityRecord[] {
  const months = monthRange(fiscalYear - 2, fiscalYear, lastMonth);
  return [
    ...SERIES.flatMap((series) => monthlyRows(series, months, random)),
    ...homeCareWeeks(fiscalYear, lastWeek, random),
  ];
}
