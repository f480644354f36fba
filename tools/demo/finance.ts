import type { Random } from "./random.ts";

/** One function's story for the demo year: its budget and how spending drifts from it. */
interface FunctionPlan {
  area: string;
  code: string;
  label: string;
  /** Original budget, mio. kr. */
  budget: number;
  /** Mid-year budget correction, mio. kr. (tillægsbevilling), applied from June. */
  correction: number;
  /** Where the year ends relative to the corrected budget (0.08 = 8 % over). */
  drift: number;
  /** Last year's accounts relative to this year's original budget. */
  lastYear: number;
}

const PLANS: FunctionPlan[] = [
  {
    area: "born-familie",
    code: "5.28.21",
    label: "Forebyggende foranstaltninger",
    budget: 112,
    correction: 0,
    drift: 0.035,
    lastYear: 0.97,
  },
  {
    area: "born-familie",
    code: "5.28.20",
    label: "Plejefamilier",
    budget: 86,
    correction: 2,
    drift: 0.06,
    lastYear: 0.94,
  },
  {
    area: "born-familie",
    code: "5.28.22",
    label: "Opholdssteder",
    budget: 68,
    correction: 0,
    drift: 0.14,
    lastYear: 0.99,
  },
  {
    area: "born-familie",
    code: "5.28.23",
    label: "Døgninstitutioner",
    budget: 57,
    correction: 0,
    drift: 0.02,
    lastYear: 1.03,
  },
  {
    area: "born-familie",
    code: "5.28.24",
    label: "Sikrede døgninstitutioner",
    budget: 11,
    correction: 0,
    drift: -0.1,
    lastYear: 1.08,
  },
  {
    area: "voksne-handicap",
    code: "5.38.45",
    label: "Socialpædagogisk støtte i eget hjem",
    budget: 74,
    correction: 0,
    drift: -0.04,
    lastYear: 0.93,
  },
  {
    area: "voksne-handicap",
    code: "5.38.52",
    label: "Midlertidige botilbud",
    budget: 96,
    correction: 3,
    drift: 0.05,
    lastYear: 0.96,
  },
  {
    area: "voksne-handicap",
    code: "5.38.50",
    label: "Længerevarende botilbud",
    budget: 183,
    correction: 0,
    drift: -0.015,
    lastYear: 1.01,
  },
  {
    area: "voksne-handicap",
    code: "5.38.59",
    label: "Aktivitets- og samværstilbud",
    budget: 41,
    correction: 0,
    drift: -0.06,
    lastYear: 0.98,
  },
  {
    area: "aeldre",
    code: "5.32.32",
    label: "Hjemmepleje",
    budget: 262,
    correction: 0,
    drift: 0.028,
    lastYear: 0.95,
  },
  {
    area: "aeldre",
    code: "5.32.30",
    label: "Plejeboliger og ældreboliger",
    budget: 148,
    correction: -2,
    drift: -0.012,
    lastYear: 0.99,
  },
  {
    area: "aeldre",
    code: "5.32.35",
    label: "Hjælpemidler",
    budget: 46,
    correction: 0,
    drift: 0.04,
    lastYear: 1.02,
  },
];

/** Share of a year's spend paid out in each month: low in July, invoices catching up in December. */
const MONTH_WEIGHTS = [0.081, 0.08, 0.085, 0.083, 0.084, 0.085, 0.066, 0.081, 0.085, 0.087, 0.085, 0.098];

const MIO = 1e6;
const roundToThousand = (kr: number): number => Math.round(kr / 1000) * 1000;

export function demoFinanceRows(
  fiscalYear: number,
  lastMonth: number,
  random: Random,
): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  for (const plan of PLANS) {
    const original = plan.budget * MIO;
    const lastYearAccounts = original * plan.lastYear * (1 + random.normal(0, 0.005));
    let spent = 0;
    let lastYearSpent = 0;
    for (let month = 1; month <= lastMonth; month += 1) {
      const corrected = original + (month >= 6 ? plan.correction * MIO : 0);
      // The drift shows up gradually: little in spring, fully visible by autumn.
      const driftSoFar = plan.drift * Math.min(1, month / 8);
      const weight = MONTH_WEIGHTS[month - 1] ?? 1 / 12;
      spent += corrected * (1 + driftSoFar) * weight * (1 + random.normal(0, 0.02));
      lastYearSpent += lastYearAccounts * weight;
      const shareOfYear = MONTH_WEIGHTS.slice(0, month).reduce((sum, w) => sum + w, 0);
      const forecastNoise = random.normal(0, 0.01) * (1 - month / 12);
      const expected = corrected * (1 + driftSoFar + forecastNoise);
      const committed = Math.max(
        0,
        (expected - spent) * (0.55 + 0.1 * random.next()) * (1 - shareOfYear / 2),
      );
      rows.push({
        area: plan.area,
        function_code: plan.code,
        function_label: plan.label,
        month: `${fiscalYear}-${String(month).padStart(2, "0")}`,
        original_budget: roundToThousand(original),
        corrected_budget: roundToThousand(corrected),
        committed: roundToThousand(committed),
        spent_to_date: roundToThousand(spent),
        expected_result: roundToThousand(expected),
        last_year_accounts: roundToThousand(lastYearAccounts),
        last_year_spent_to_date: roundToThousand(lastYearSpent),
      });
    }
  }
  return rows;
}

export const FINANCE_COLUMNS = [
  "area",
  "function_code",
  "function_label",
  "month",
  "original_budget",
  "corrected_budget",
  "committed",
  "spent_to_date",
  "expected_result",
  "last_year_accounts",
  "last_year_spent_to_date",
] as const;
