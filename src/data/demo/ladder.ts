import type { Random } from "./random.ts";

export const STEP_COLUMNS = ["area", "step_id", "order", "title", "description", "legal_basis"] as const;
export const STOCK_COLUMNS = [
  "area",
  "step_id",
  "period",
  "citizens",
  "spend",
  "avg_duration_months",
] as const;
export const FLOW_COLUMNS = ["area", "period", "from_step", "to_step", "citizens"] as const;

interface StepPlan {
  id: string;
  name: string;
  description: string;
  legalBasis: string;
  /** Citizens on the step at the end of the first year. */
  citizens: number;
  /** Average yearly cost per citizen, kr. (first year; rises 3 % a year). */
  cost: number;
  /** Average duration, months. */
  duration: number;
}

interface LadderPlan {
  area: string;
  steps: StepPlan[];
}

// Step definitions follow the mapping of Service Act paragraphs to ladder steps in OS2bos
// (../shared/data/public-dk/indsatstrappe_serviceloven_paragraffer.csv), with the children's
// paragraphs renumbered to Barnets Lov (2024).
const LADDERS: LadderPlan[] = [
  {
    area: "born-familie",
    steps: [
      {
        id: "almene",
        name: "Almene tilbud",
        description:
          "Barnet har en sag, men klarer sig med støtte i almene tilbud som dagtilbud, skole og sundhedspleje.",
        legalBasis: "Dagtilbudsloven, folkeskoleloven",
        citizens: 310,
        cost: 4_000,
        duration: 7,
      },
      {
        id: "forebyggende",
        name: "Forebyggende indsatser",
        description:
          "Rådgivning, familiegrupper og korte forløb uden bevilling af en egentlig foranstaltning.",
        legalBasis: "Barnets Lov § 30 (tidl. SEL § 11)",
        citizens: 520,
        cost: 72_000,
        duration: 8,
      },
      {
        id: "stoette-hjem",
        name: "Støtte i hjemmet",
        description:
          "Familiebehandling, praktisk-pædagogisk støtte, kontaktperson og aflastning, mens barnet bor hjemme.",
        legalBasis: "Barnets Lov § 32 (tidl. SEL § 52, stk. 3)",
        citizens: 385,
        cost: 135_000,
        duration: 14,
      },
      {
        id: "netvaerk",
        name: "Netværkspleje",
        description: "Anbringelse hos familie eller netværk.",
        legalBasis: "Barnets Lov § 43, stk. 1, nr. 1 (tidl. SEL § 66, stk. 1, nr. 1–2)",
        citizens: 36,
        cost: 240_000,
        duration: 30,
      },
      {
        id: "plejefamilie",
        name: "Plejefamilie",
        description: "Anbringelse i almen, forstærket eller specialiseret plejefamilie.",
        legalBasis: "Barnets Lov § 43, stk. 1, nr. 2 (tidl. SEL § 66, stk. 1, nr. 3–4)",
        citizens: 112,
        cost: 480_000,
        duration: 38,
      },
      {
        id: "opholdssted",
        name: "Opholdssted og døgninstitution",
        description: "Anbringelse på socialpædagogisk opholdssted eller døgninstitution.",
        legalBasis: "Barnets Lov § 43, stk. 1, nr. 4–5 (tidl. SEL § 66, stk. 1, nr. 5–6)",
        citizens: 50,
        cost: 1_250_000,
        duration: 26,
      },
      {
        id: "sikret",
        name: "Sikret døgninstitution",
        description: "Anbringelse på sikret afdeling, typisk efter dom eller varetægtssurrogat.",
        legalBasis: "Barnets Lov § 43, stk. 1, nr. 5 og § 58 (sikret afdeling)",
        citizens: 3,
        cost: 2_600_000,
        duration: 6,
      },
    ],
  },
  {
    area: "voksne-handicap",
    steps: [
      {
        id: "aabne-tilbud",
        name: "Åbne og frivillige tilbud",
        description: "Væresteder, samværstilbud og frivillige fællesskaber uden visitation.",
        legalBasis: "SEL § 79 og § 104 (uvisiterede tilbud)",
        citizens: 430,
        cost: 12_000,
        duration: 12,
      },
      {
        id: "tidlig-stoette",
        name: "Tidlig forebyggende støtte",
        description: "Gruppeforløb og kortvarig støtte, herunder straksindsatsen.",
        legalBasis: "SEL § 82 a og § 82 b",
        citizens: 265,
        cost: 48_000,
        duration: 5,
      },
      {
        id: "stoette-eget-hjem",
        name: "Socialpædagogisk støtte i eget hjem",
        description: "Bostøtte i borgerens egen bolig.",
        legalBasis: "SEL § 85",
        citizens: 540,
        cost: 128_000,
        duration: 30,
      },
      {
        id: "midlertidigt-botilbud",
        name: "Midlertidigt botilbud",
        description: "Ophold i midlertidigt botilbud med mål om at flytte i egen bolig.",
        legalBasis: "SEL § 107",
        citizens: 96,
        cost: 940_000,
        duration: 22,
      },
      {
        id: "laengerevarende-botilbud",
        name: "Længerevarende botilbud",
        description: "Varigt ophold i botilbud for borgere med betydelig og varig nedsat funktionsevne.",
        legalBasis: "SEL § 108",
        citizens: 182,
        cost: 1_020_000,
        duration: 96,
      },
    ],
  },
];

/** Preference for a move from step `from` to step `to` (order numbers): mostly to a neighbour, more often down. */
function preference(from: number, to: number): number {
  const distance = to - from;
  if (distance === -1) return 3;
  if (distance === -2) return 1;
  if (distance === 1) return 1.2;
  if (distance === 2) return 0.4;
  return 0.05;
}

/** Yearly change of each step's stock: the lower steps grow a little, the top ones shrink (the political goal). */
function drift(order: number, top: number): number {
  return 0.02 - (0.06 * order) / top;
}

export function demoLadder(firstYear: number, lastYear: number, random: Random) {
  const steps: Record<string, string | number>[] = [];
  const stocks: Record<string, string | number>[] = [];
  const flows: Record<string, string | number>[] = [];
  for (const ladder of LADDERS) {
    ladder.steps.forEach((step, order) => {
      steps.push({
        area: ladder.area,
        step_id: step.id,
        order,
        title: step.name,
        description: step.description,
        legal_basis: step.legalBasis,
      });
    });
    let current = ladder.steps.map((step) => step.citizens);
    for (let year = firstYear; year <= lastYear; year += 1) {
      if (year > firstYear) {
        const { next, movements } = advance(ladder, current, random);
        for (const [key, citizens] of movements) {
          const [from, to] = key.split(">");
          flows.push({ area: ladder.area, period: year, from_step: from ?? "", to_step: to ?? "", citizens });
        }
        current = next;
      }
      ladder.steps.forEach((step, order) => {
        const citizens = current[order] ?? 0;
        const inflation = 1.03 ** (year - firstYear);
        stocks.push({
          area: ladder.area,
          step_id: step.id,
          period: year,
          citizens,
          spend: Math.round((citizens * step.cost * inflation * (1 + random.normal(0, 0.03))) / 1000) * 1000,
          avg_duration_months: Math.round(step.duration * (1 + random.normal(0, 0.05)) * 10) / 10,
        });
      });
    }
  }
  return { steps, stocks, flows };
}

/**
 * One year of movement. Citizens leave a step at a rate set by its average duration; leavers pick a
 * destination weighted by preference and by how many places the destination still needs to reach
 * its planned stock; entries from outside fill what is left. So stock(t) + in − out = stock(t+1) holds.
 */
function advance(ladder: LadderPlan, current: number[], random: Random) {
  const top = ladder.steps.length - 1;
  const target = current.map((count, order) =>
    Math.max(0, Math.round(count * (1 + drift(order, top) + random.normal(0, 0.02)))),
  );
  const need = [...target];
  const movements = new Map<string, number>();
  const add = (from: string, to: string, n = 1) =>
    movements.set(`${from}>${to}`, (movements.get(`${from}>${to}`) ?? 0) + n);
  const leavers: number[] = [];
  ladder.steps.forEach((step, order) => {
    const count = current[order] ?? 0;
    const leaving = Math.min(
      count,
      Math.round(count * Math.min(0.85, 12 / step.duration) * (1 + random.normal(0, 0.05))),
    );
    const staying = Math.min(count - leaving, need[order] ?? 0);
    need[order] = (need[order] ?? 0) - staying;
    add(step.id, step.id, staying);
    for (let i = 0; i < count - staying; i += 1) leavers.push(order);
  });
  for (const from of leavers) {
    const weights = ladder.steps.map((_, to) => (to === from ? 0 : preference(from, to) * (need[to] ?? 0)));
    const exitWeight = (from <= 1 ? 3 : 1) * leavers.length;
    const total = weights.reduce((sum, w) => sum + w, 0) + exitWeight;
    let draw = random.next() * total;
    const to = weights.findIndex((w) => {
      draw -= w;
      return draw < 0;
    });
    const fromId = ladder.steps[from]?.id ?? "";
    if (to === -1) {
      add(fromId, "ud");
    } else {
      need[to] = (need[to] ?? 0) - 1;
      add(fromId, ladder.steps[to]?.id ?? "");
    }
  }
  need.forEach((remaining, order) => {
    if (remaining > 0) add("ind", ladder.steps[order]?.id ?? "", remaining);
  });
  const next = target;
  return { next, movements: [...movements].filter(([, n]) => n > 0) };
}
