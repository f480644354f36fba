import type { Random } from "./random.ts";

export const BENCHMARK_COLUMNS = ["year", "municipality_code", "measure_id", "value"] as const;

export interface Population {
  code: number;
  total: number;
  age0to17: number;
  age18to64: number;
  age65plus: number;
}

/** A benchmark measure: a national rate per person in the denominator group, with a spread between municipalities. */
interface BenchmarkPlan {
  id: string;
  group: "age0to17" | "age18to64" | "age65plus";
  /** National average per person in the group. */
  rate: number;
  /** Standard deviation of the municipality effect, relative. */
  spread: number;
  /** Yearly relative growth. */
  growth: number;
  /** The home municipality's effect (relative), so the demo tells a story. */
  home: number;
  whole: boolean;
}

const PLANS: BenchmarkPlan[] = [
  {
    id: "bm-udgift-born-familie",
    group: "age0to17",
    rate: 16_500,
    spread: 0.2,
    growth: 0.04,
    home: 0.09,
    whole: false,
  },
  {
    id: "bm-anbringelser",
    group: "age0to17",
    rate: 0.0082,
    spread: 0.25,
    growth: -0.01,
    home: 0.04,
    whole: true,
  },
  {
    id: "bm-udgift-anbringelser",
    group: "age0to17",
    rate: 8_900,
    spread: 0.25,
    growth: 0.05,
    home: 0.16,
    whole: false,
  },
  {
    id: "bm-udgift-voksne-handicap",
    group: "age18to64",
    rate: 6_900,
    spread: 0.18,
    growth: 0.03,
    home: -0.05,
    whole: false,
  },
  {
    id: "bm-hjemmepleje-timer",
    group: "age65plus",
    rate: 21,
    spread: 0.22,
    growth: 0.01,
    home: 0.06,
    whole: false,
  },
  {
    id: "bm-udgift-hjemmepleje",
    group: "age65plus",
    rate: 13_800,
    spread: 0.2,
    growth: 0.035,
    home: 0.03,
    whole: false,
  },
];

/**
 * Yearly values for every municipality. A municipality's level depends on its own (persistent)
 * effect, a little on its size (larger towns place more children), and on noise from year to year.
 */
export function demoBenchmarkRows(
  populations: readonly Population[],
  homeCode: number,
  years: readonly number[],
  random: Random,
): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  for (const plan of PLANS) {
    const effects = new Map(
      populations.map((p) => [p.code, p.code === homeCode ? plan.home : random.normal(0, plan.spread)]),
    );
    years.forEach((year, index) => {
      for (const population of populations) {
        const base = population[plan.group] * plan.rate * (1 + plan.growth) ** index;
        const sizeEffect = 0.04 * Math.log10(population.total / 50_000);
        const value =
          base * (1 + (effects.get(population.code) ?? 0) + sizeEffect) * (1 + random.normal(0, 0.03));
        rows.push({
          year,
          municipality_code: population.code,
          measure_id: plan.id,
          value: plan.whole ? Math.max(0, Math.round(value)) : Math.round(value),
        });
      }
    });
  }
  return rows;
}
