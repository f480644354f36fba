import { isoWeeksIn } from "../transform/budget-bridge.ts";

/** The columns of data/budget-assumptions.csv, in order. */
export const ASSUMPTION_COLUMNS = [
  "area",
  "line",
  "label",
  "functions",
  "period",
  "unit",
  "volume",
  "unit_price",
  "fixed_costs",
  "fixed_costs_note",
  "budget",
  "measure",
] as const;

type AssumptionRecord = Record<(typeof ASSUMPTION_COLUMNS)[number], string | number>;

/** The demo finance rows the assumptions are priced against, as the finance generator writes them. */
type BudgetRow = Record<string, string | number>;

/**
 * The demo municipality's activity-based budgets, priced so each line adds up to its corrected
 * budget: placements budgeted above what came (the overspend is the price), long-term residential
 * care phased by month, and home care as hours (the weekly chart's budgeted hours) plus fixed costs.
 * No randomness: the numbers follow from the finance table and the calendar.
 */
export function demoBudgetAssumptions(finance: readonly BudgetRow[], fiscalYear: number): AssumptionRecord[] {
  const month =
    finance
      .map((r) => r.month)
      .sort()
      .at(-1) ?? "";
  const budgetOf = (area: string, codes: readonly string[]) =>
    finance
      .filter((r) => r.area === area && r.month === month && codes.includes(String(r.function_code)))
      .reduce((s, r) => s + Number(r.corrected_budget), 0);
  const placements = ["5.28.20", "5.28.22", "5.28.23", "5.28.24"];
  const placementBudget = budgetOf("born-familie", placements);
  const placementPrice = Math.round(placementBudget / 164 / 1000) * 1000;
  const residential = budgetOf("voksne-handicap", ["5.38.50"]);
  const residentialPrice = Math.round(residential / 175 / 100) * 100;
  const homeCare = budgetOf("aeldre", ["5.32.32"]);
  const hours = 5200 * isoWeeksIn(fiscalYear);
  const fixed = 12_000_000;
  return [
    {
      area: "born-familie",
      line: "anbringelser",
      label: "anbringelser",
      functions: placements.join(" "),
      period: String(fiscalYear),
      unit: "placements",
      volume: 164,
      unit_price: placementPrice,
      fixed_costs: 0,
      fixed_costs_note: "",
      budget: placementBudget,
      measure: "anbringelser",
    },
    ...Array.from({ length: 12 }, (_, index) => {
      const volume = index < 6 ? 176 : 174;
      return {
        area: "voksne-handicap",
        line: "laengerevarende-botilbud",
        label: "længerevarende botilbud",
        functions: "5.38.50",
        period: `${fiscalYear}-${String(index + 1).padStart(2, "0")}`,
        unit: "citizens",
        volume,
        unit_price: residentialPrice,
        fixed_costs: 0,
        fixed_costs_note: "",
        budget: Math.round((volume * residentialPrice) / 12),
        measure: "borgere-laengerevarende-botilbud",
      };
    }),
    {
      area: "aeldre",
      line: "hjemmepleje",
      label: "hjemmepleje",
      functions: "5.32.32",
      period: String(fiscalYear),
      unit: "hours",
      volume: hours,
      unit_price: Math.round((homeCare - fixed) / hours),
      fixed_costs: fixed,
      fixed_costs_note: "Biler, nøglesystem og planlægning, som ikke følger timetallet",
      budget: homeCare,
      measure: "hjemmepleje-visiterede-timer",
    },
  ];
}
